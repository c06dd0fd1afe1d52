import Testing
import HelpKitExchange

@Suite("Inline codes of exchanged units")
struct InlineContentTests {
    private func pieces(_ raw: String) -> [InlineContent.Piece] { InlineContent(raw: Array(raw.utf8)).pieces }

    @Test("emphasis, code spans, escapes and HTML tags are codes; the words between them are text")
    func markup() {
        #expect(pieces("Select **Start** and `git log --oneline`, then *Save*.") == [
            .text("Select "), .code("**"), .text("Start"), .code("**"), .text(" and "), .code("`git log --oneline`"),
            .text(", then "), .code("*"), .text("Save"), .code("*"), .text("."),
        ])
        #expect(pieces(#"**Billing** \> **Products**<br>Next</br>"#) == [
            .code("**"), .text("Billing"), .code("**"), .text(" "), .code(#"\>"#), .text(" "), .code("**"), .text("Products"),
            .code("**"), .code("<br>"), .text("Next"), .code("</br>"),
        ])
        #expect(pieces("_Note_ about file_name") == [.code("_"), .text("Note"), .code("_"), .text(" about file_name")])
    }

    @Test("a link's text is translatable and its URL protected, also as machine translation broke it")
    func links() {
        #expect(pieces("See [Change plans](https://docs.microsoft.com/ja-jp/x?a=1&amp;b=2).") == [
            .text("See "), .code("["), .text("Change plans"), .code("](https://docs.microsoft.com/ja-jp/x?a=1&amp;b=2)"), .text("."),
        ])
        #expect(pieces("[[製品]](url)") == [.code("["), .code("["), .text("製品"), .code("]"), .code("](url)")])
        #expect(pieces("[Plans] (https://example.com/(x))") == [.code("["), .text("Plans"), .code("] (https://example.com/(x))")])
        #expect(pieces("Go to https://aka.ms/x.") == [.text("Go to "), .code("https://aka.ms/x"), .text(".")])
    }

    @Test("placeholders are codes; a stray < and a percentage are text; entities are decoded in text only")
    func placeholders() {
        #expect(pieces("Add <Group Name> to {0} in %APPDATA% as %s") == [
            .text("Add "), .code("<Group Name>"), .text(" to "), .code("{0}"), .text(" in "), .code("%APPDATA%"), .text(" as "), .code("%s"),
        ])
        #expect(pieces("back button <-- 50% R&amp;D&nbsp;team") == [.text("back button <-- 50% R&D\u{A0}team")])
    }

    @Test("a character XML cannot hold is a code, as written, so no byte is lost")
    func controlCharacters() {
        let content = InlineContent(raw: Array("a\u{1}b&#2;c".utf8))
        #expect(content.pieces == [.text("a"), .code("\u{1}"), .text("b"), .code("&#2;"), .text("c")])
    }

    private func roles(_ raw: String) -> [String] {
        let content = InlineContent(raw: Array(raw.utf8))
        return zip(content.codes, content.codeRoles).map { code, role in
            switch role {
            case .standalone: "ph \(code)"
            case let .opening(closer): "open \(code) to \(content.codes[closer])"
            case .closing: "close \(code)"
            case .isolatedOpening: "isolated open \(code)"
            case .isolatedClosing: "isolated close \(code)"
            }
        }
    }

    @Test("bold, italic, links and HTML tag pairs pair up when both ends are in the unit and nest")
    func pairs() {
        #expect(roles("Select **Start**, then *Save* in [the **Settings** page](https://x/y) and <b>OK</b>.") == [
            "open ** to **", "close **", "open * to *", "close *", "open [ to ](https://x/y)", "open ** to **", "close **",
            "close ](https://x/y)", "open <b> to </b>", "close </b>",
        ])
        #expect(roles("[[製品]](url) ![alt](img.png)") == [
            "open [ to ](url)", "open [ to ]", "close ]", "close ](url)", "open ![ to ](img.png)", "close ](img.png)",
        ])
        #expect(roles(#"<span class="x">a</span> <a href="u">b</a>"#) == [
            #"open <span class="x"> to </span>"#, "close </span>", #"open <a href="u"> to </a>"#, "close </a>",
        ])
    }

    @Test("placeholders, line breaks and code spans stand alone; so does a pseudo-tag that names an element")
    func standalone() {
        #expect(roles("Add <Group Name> to <b Name> in {0}<br>`code` <br/> <img src=\"a\"> <a/>") == [
            "ph <Group Name>", "ph <b Name>", "ph {0}", "ph <br>", "ph `code`", "ph <br/>", #"ph <img src="a">"#, "ph <a/>",
        ])
        #expect(roles("a * b") == ["ph *"])
    }

    @Test("an end whose partner is in another unit is isolated; crossing spans and unequal emphasis runs stand alone")
    func unbalanced() {
        // Unit boundaries cut through links and emphasis in the corpus.
        #expect(roles("See [the first part.") == ["isolated open ["])
        #expect(roles("second part](https://x) and **more") == ["isolated close ](https://x)", "isolated open **"])
        #expect(roles("done.** Next") == ["isolated close **"])
        // `**` opened inside the link closes outside it: not nested, not paired.
        #expect(roles("[a **b](u) c**") == ["open [ to ](u)", "ph **", "close ](u)", "isolated close **"])
        // `***` closes both `**` and `*` in markdown; one code cannot close two.
        #expect(roles("a **400 with *x*** error") == ["ph **", "ph *", "ph ***"])
        #expect(roles("</b> then <i>") == ["isolated close </b>", "isolated open <i>"])
    }
}
