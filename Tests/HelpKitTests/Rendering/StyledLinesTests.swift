import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Styled lines for screens that draw styles themselves")
struct StyledLinesTests {
    static let options = RenderOptions(width: 40, alertLabels: [.tip: "ヒント"])

    @Test("runs carry heading, emphasis, code, link and alert styles")
    func styles() throws {
        let markdown = "## Reset\n\nUse **bold**, *italic*, `code` and [docs](https://example.com).\n\n> [!TIP]\n> 試してください。"
        let lines = TerminalRenderer.lines(markdown: markdown, options: Self.options)
        #expect(lines.map(\.text) == ["Reset", "─────", "",
                                       "Use bold, italic, code and docs", "(https://example.com).", "",
                                       "┃ ヒント", "┃ 試してください。"])
        #expect(lines[0].runs == [StyledRun("Reset", Style(bold: true, heading: 2))])
        let body = lines[3].runs
        #expect(body.first { $0.text == "bold" }?.style == Style(bold: true))
        #expect(body.first { $0.text == "italic" }?.style == Style(italic: true))
        #expect(body.first { $0.text == "code" }?.style == Style(code: true))
        #expect(body.first { $0.text == "docs" }?.style == Style(link: "https://example.com"))
        #expect(lines[4].runs.first?.style == Style(dim: true, link: "https://example.com"))
        #expect(lines[6].runs.map(\.style.alert) == [.tip, .tip])
        #expect(lines[6].runs.last?.style.bold == true)
        #expect(lines.allSatisfy { $0.columns <= 40 })
    }

    @Test("the plain back end is the text of the lines; the ANSI back end adds only styling")
    func backEnds() {
        let markdown = "# 見出し\n\n本文と **強調**。"
        let lines = TerminalRenderer.lines(markdown: markdown, options: Self.options)
        #expect(TerminalRenderer.string(from: lines, options: Self.options) == lines.map { $0.text + "\n" }.joined())
        var colored = Self.options
        colored.color = true
        let ansi = TerminalRenderer.string(from: lines, options: colored)
        let scan = EscapeSequenceScan(ansi)
        #expect(scan.unexpected == nil)
        #expect(String(decoding: scan.visibleText, as: UTF8.self) == "見出し\n══════\n\n本文と 強調。\n")
        #expect(ansi.contains("\u{1B}[1m強調\u{1B}[0m"))
    }
}
