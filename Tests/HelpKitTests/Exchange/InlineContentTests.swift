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

    @Test("a character XML cannot hold is a code, so no byte is lost")
    func controlCharacters() {
        let content = InlineContent(raw: Array("a\u{1}b&#2;c".utf8))
        #expect(content.pieces == [.text("a"), .code("\u{1}"), .text("b"), .code("\u{2}"), .text("c")])
    }
}
