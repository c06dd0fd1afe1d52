import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// One small fixture for each hazard FORMAT.md measured on the real corpus.
@Suite("Format hazards")
struct FormatHazardTests {
    static func parse(_ body: String, frontMatter: String = "") -> Article {
        let bytes = Array(sxsArticle(extraFrontMatter: frontMatter, body: body).utf8)
        let article = ArticleParser.parse(bytes, path: "content/ja-JP/hazard.md")
        #expect(article.printed() == bytes)
        return article
    }

    @Test("pseudo-tags such as <Group Name> stay in the text")
    func pseudoTags() {
        let article = Self.parse(sxsUnit("abcde-102", target: "<Group Name> を選ぶ", source: "Select <Group Name> in <app>."))
        #expect(article.units.first?.source == "Select <Group Name> in <app>.")
        #expect(article.units.first?.target == "<Group Name> を選ぶ")
        #expect(article.diagnostics.isEmpty)
    }

    @Test("entities are decoded through libxml2's table; a bare & stays")
    func entities() {
        let article = Self.parse(sxsUnit("abcde-102", target: "R&D&nbsp;l&apos;outil &#x2019; &#39;", source: "R&D &amp; Co &unknown; &lt;b&gt;"))
        #expect(article.units.first?.target == "R&D\u{A0}l'outil \u{2019} '")
        #expect(article.units.first?.source == "R&D & Co &unknown; <b>")
        #expect(article.units.first?.rawSourceText == "R&D &amp; Co &unknown; &lt;b&gt;")
    }

    @Test("> as a UI path separator, an escaped \\> and a stray < are text")
    func angleBrackets() {
        let article = Self.parse(sxsUnit("abcde-102", target: "**請求** > **製品** \\> 戻る <--", source: "**Billing** > **Products** \\> back button <--"))
        #expect(article.units.first?.source == "**Billing** > **Products** \\> back button <--")
        #expect(article.diagnostics.isEmpty)
    }

    @Test("a literal <span> inside a unit is balanced and kept")
    func innerSpan() {
        let article = Self.parse(sxsUnit("abcde-102", target: "<span>https:</span>//例", source: "see <span>https:</span>"))
        #expect(article.units.first?.source == "see <span>https:</span>")
        #expect(article.units.first?.target == "<span>https:</span>//例")
        #expect(article.diagnostics.isEmpty)
    }

    @Test("stray </span> in target and source are warnings; the unit is still read whole")
    func straySpans() {
        let body = #"- <span data-ttu-id="abcde-112">手順 </span> に従います。</span><span class="sxs-lookup"><span data-stu-id="abcde-112">follow the instructions</span> found here.</span></span>"#
        let article = Self.parse(body)
        #expect(article.units.count == 1)
        #expect(article.units.first?.target == "手順 </span> に従います。")
        #expect(article.units.first?.source == "follow the instructions</span> found here.")
        #expect(article.diagnostics.map(\.code.rawValue) == ["unpaired-span", "unpaired-span"])
        #expect(article.diagnostics.map(\.severity) == [.warning, .warning])
        #expect(article.diagnostics.first?.location.column == 36)
    }

    @Test("an unclosed inner <span> is reported and the unit still ends at its own closing tags")
    func unclosedInnerSpan() {
        let article = Self.parse(sxsUnit("abcde-102", target: "a <span>b", source: "a <span>b"))
        #expect(article.units.first?.target == "a <span>b")
        #expect(article.diagnostics.map(\.code.rawValue) == ["unpaired-span", "unpaired-span"])
    }

    @Test("units that cross line breaks, without a blank line")
    func multiLineUnits() {
        let body = sxsUnit("abcde-102", target: "[リンク](https://example.com/\npath)", source: "A ```code\n    more``` line")
            + " " + sxsUnit("abcde-103", target: "次", source: "Next")
        let article = Self.parse(body)
        #expect(article.units.map(\.source) == ["A ```code\n    more``` line", "Next"])
        #expect(article.units.map(\.location.line) == [7, 9])
    }

    @Test("a blank line ends a unit that was never closed")
    func blankLineBounds() {
        let body = #"<span data-ttu-id="abcde-102">open"# + "\n\n" + sxsUnit("abcde-103", target: "次", source: "Next")
        let article = Self.parse(body)
        #expect(article.units.map(\.id.number) == [103])
        #expect(article.diagnostics.map(\.code.rawValue) == ["unclosed-unit"])
    }

    @Test("a unit boundary cutting through a link keeps both halves")
    func linkCutByBoundary() {
        let body = "[" + sxsUnit("abcde-102", target: "**設定**", source: "**Settings**") + " "
            + sxsUnit("abcde-103", target: "**ストレージ**", source: "> **Storage**") + "](https://example.com)"
        let article = Self.parse(body)
        #expect(article.units.map(\.source) == ["**Settings**", "> **Storage**"])
    }

    @Test("ttu and stu ids that differ are an error; duplicate ids too")
    func idProblems() {
        let body = #"<span data-ttu-id="abcde-102">x</span><span class="sxs-lookup"><span data-stu-id="abcde-103">y</span></span>"#
            + "\n\n" + sxsUnit("abcde-104", target: "a", source: "b") + "\n\n" + sxsUnit("abcde-104", target: "c", source: "d")
        let article = Self.parse(body)
        #expect(article.units.count == 3)
        #expect(article.units.first?.sourceID?.number == 103)
        #expect(article.diagnostics.map(\.code.rawValue) == ["id-mismatch", "duplicate-id"])
        #expect(article.diagnostics.last?.location.line == 11)
    }

    @Test("merged p-units and gaps in numbering")
    func mergedUnits() {
        let article = Self.parse(sxsUnit("abcde-p104", target: "一。二。", source: "One. Two.") + " " + sxsUnit("abcde-107", target: "三", source: "Three"))
        #expect(article.units.map(\.id.isMerged) == [true, false])
        #expect(article.units.map(\.id.number) == [104, 107])
        #expect(article.units.first?.id.description == "abcde-p104")
    }

    @Test("blocks: headings, nested lists, alerts, blockquotes, tables, continuation lines")
    func blocks() {
        let body = """
        # <a name="title"></a>\(sxsUnit("abcde-102", target: "題", source: "Title"))

        ## \(sxsUnit("abcde-103", target: "節", source: "Section"))

        1. \(sxsUnit("abcde-104", target: "一", source: "One"))
            - \(sxsUnit("abcde-105", target: "二", source: "Two"))
                - \(sxsUnit("abcde-106", target: "三", source: "Three"))
            \(sxsUnit("abcde-107", target: "続", source: "Continued"))

            > [!NOTE]
            > \(sxsUnit("abcde-108", target: "注", source: "Note"))

        >[!Important]
        > \(sxsUnit("abcde-109", target: "重要", source: "Important"))

        > \(sxsUnit("abcde-110", target: "引用", source: "Quote"))

        |\(sxsUnit("abcde-111", target: "鍵", source: "Key"))|\(sxsUnit("abcde-112", target: "型 | 種類", source: "Type | kind"))|
        |:-----|:-----|
        |\(sxsUnit("abcde-113", target: "値", source: "Value"))|\(sxsUnit("abcde-114", target: "文字列", source: "String"))|

        \(sxsUnit("abcde-115", target: "段落", source: "Paragraph"))
        \(sxsUnit("abcde-116", target: "怠惰", source: "Lazy line"))
        """
        let article = Self.parse(body)
        #expect(article.units.map(\.block) == [
            .heading(level: 1), .heading(level: 2),
            .listItem(depth: 1, ordered: true), .listItem(depth: 2, ordered: false), .listItem(depth: 3, ordered: false),
            .listItem(depth: 1, ordered: true),
            .alert(.note), .alert(.important), .blockquote,
            .tableCell(row: 0, column: 0), .tableCell(row: 0, column: 1),
            .tableCell(row: 1, column: 0), .tableCell(row: 1, column: 1),
            .paragraph, .paragraph,
        ])
    }

    @Test("ms.custom as a list, an integer, an empty string or absent; typo keys are kept")
    func contextIDForms() throws {
        func ids(_ frontMatter: String) -> [String]? { Self.parse("", frontMatter: frontMatter).frontMatter?.contextIDs }
        #expect(ids("ms.custom:\n- \"1278\"\n- \"6700008\"\n") == ["1278", "6700008"])
        #expect(ids("ms.custom: 665\n") == ["665"])
        #expect(ids("ms.custom: ''\n") == [])
        #expect(ids("") == [])
        let typo = try #require(Self.parse("", frontMatter: "ms-custom: 1278\n").frontMatter)
        #expect(typo.contextIDs == [])
        #expect(typo.entries.map(\.key).contains("ms-custom"))
        #expect(typo.entries.first { $0.key == "ms-custom" }?.location.line == 6)
    }

    @Test("a YAML front matter segmented into spans fails to parse, and its units are still read")
    func segmentedFrontMatter() {
        let text = "---\n" + sxsUnit("abcde-101", target: "titel: Närvaro", source: "title: Presence") + "\n---\n"
            + sxsUnit("abcde-102", target: "Hej", source: "Hello")
        let article = ArticleParser.parse(Array(text.utf8), path: "sv-SE/presence.md")
        #expect(article.units.map(\.block) == [.frontMatter, .paragraph])
        #expect(article.diagnostics.map(\.code.rawValue) == ["invalid-front-matter"])
        #expect(article.locale?.identifier == "sv-SE")
    }

    @Test("a file without a final newline prints back the same")
    func noFinalNewline() {
        let text = sxsArticle(body: sxsUnit("abcde-102", target: "x", source: "y"))
        #expect(!text.hasSuffix("\n"))
        #expect(ArticleParser.parse(Array(text.utf8), path: "a.md").printed() == Array(text.utf8))
    }

    @Test("front matter written on Windows, with CRLF line ends or after a byte order mark, is front matter")
    func windowsFrontMatter() {
        let article = sxsArticle(extraFrontMatter: "ms.custom:\n- \"1278\"\n", body: sxsUnit("abcde-102", target: "開く", source: "Open"))
        let crlf = article.replacingOccurrences(of: "\n", with: "\r\n")
        for text in [crlf, "\u{FEFF}" + article, "\u{FEFF}" + crlf] {
            let bytes = Array(text.utf8)
            let parsed = ArticleParser.parse(bytes, path: "content/ja-JP/windows.md")
            #expect(parsed.printed() == bytes)
            #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
            #expect(parsed.frontMatter?.contentLocale == "ja-JP")
            #expect(parsed.frontMatter?.contextIDs == ["1278"])
            #expect(parsed.units.map(\.target) == ["開く"])
        }
    }
}
