import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Rendering markdown blocks")
struct BlockRenderingTests {
    static let japaneseLabels: [AlertKind: String] = [.note: "メモ", .important: "重要", .tip: "ヒント"]

    @Test("a DocFX alert shows its localized label and a bar, without the marker", arguments: [
        ("> [!NOTE]\n> 既定で有効になっています。", "メモ"),
        (">[!Note]\n>既定で有効になっています。", "メモ"),
        ("> [!important]\n> 既定で有効になっています。", "重要"),
        ("> [!TIP] 既定で有効になっています。", "ヒント"),
    ])
    func alertWithLabel(markdown: String, label: String) {
        #expect(outputLines(rendered(markdown, labels: Self.japaneseLabels)) == ["┃ \(label)", "┃ 既定で有効になっています。"])
    }

    @Test("an alert kind without a label shows its English word")
    func alertFallsBackToEnglish() {
        #expect(outputLines(rendered("> [!WARNING]\n> Back up first.", labels: Self.japaneseLabels))
                == ["┃ Warning", "┃ Back up first."])
        #expect(outputLines(rendered("> [!CAUTION]\n> Back up first.")).first == "┃ Caution")
    }

    @Test("a plain quote keeps its text and gets a bar")
    func plainQuote() {
        #expect(outputLines(rendered("> Quoted *text*.\n>\n> Second.")) == ["│ Quoted text.", "│", "│ Second."])
    }

    @Test("an alert inside a list item with a list inside it indents both")
    func alertInListItem() {
        let markdown = """
        1. Open the portal.
            > [!NOTE]
            > Only one H1:
            > - first
            > - second
        2. Done.
        """
        #expect(outputLines(rendered(markdown)) == [
            "1. Open the portal.",
            "",
            "   ┃ Note",
            "   ┃ Only one H1:",
            "   ┃",
            "   ┃ ◦ first",
            "   ┃ ◦ second",
            "2. Done.",
        ])
    }

    @Test("nested lists indent under their item's text, wrapped lines hang")
    func nestedLists() {
        let markdown = """
        - Top level item that is long enough to wrap onto a second line here
            1. First nested
            2. Second nested
                - Third level
        - Back at the top
        """
        #expect(outputLines(rendered(markdown, width: 40)) == [
            "• Top level item that is long enough to",
            "  wrap onto a second line here",
            "  1. First nested",
            "  2. Second nested",
            "     ▪ Third level",
            "• Back at the top",
        ])
    }

    @Test("ordered lists keep their start number and right-align the numbers")
    func orderedNumbers() {
        let items = (7...11).map { "\($0). item \($0)" }.joined(separator: "\n")
        #expect(outputLines(rendered(items)) == [" 7. item 7", " 8. item 8", " 9. item 9", "10. item 10", "11. item 11"])
    }

    @Test("a table is aligned by display width, with wide characters in it")
    func alignedTable() throws {
        let markdown = """
        |**レジストリ キー**|**型**|**値**|
        |:-----|:----:|-----:|
        |EnableADAL  <br/> |REG_DWORD  <br/> |1  <br/> |
        |短い|文字列|12345|
        """
        let lines = outputLines(rendered(markdown))
        #expect(lines.count == 6)
        // Every row, border or not, is as wide, and the column bars line up.
        let widths = Set(lines.map { DisplayWidth.columns(of: $0) })
        #expect(widths.count == 1)
        let barColumns = lines.map { line in
            var column = 0
            var bars: [Int] = []
            for character in line {
                if "│┌┬┐├┼┤└┴┘".contains(character) { bars.append(column) }
                column += DisplayWidth.columns(of: String(character))
            }
            return bars
        }
        #expect(Set(barColumns).count == 1)
        #expect(lines[1] == "│ レジストリ キー │    型     │    値 │")
        #expect(lines[3] == "│ EnableADAL      │ REG_DWORD │     1 │")
        #expect(lines[4] == "│ 短い            │  文字列   │ 12345 │")
    }

    @Test("a table wider than the terminal wraps its cells and stays within the width")
    func narrowTable() {
        let markdown = """
        | Setting | Description |
        |---|---|
        | HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\15.0\\Common\\Identity\\EnableADAL | Turns on modern authentication for Office 2013 on this device |
        """
        let lines = outputLines(rendered(markdown, width: 50))
        #expect(lines.allSatisfy { DisplayWidth.columns(of: $0) == 50 })
        #expect(lines.joined().contains("Turns on"))
        #expect(lines.count > 5)
    }

    @Test("headings stand out; level 1 is underlined with a double rule")
    func headings() {
        #expect(outputLines(rendered("# Title\n\n## Section\n\n### Sub\n\nText")) == [
            "Title", "═════", "", "Section", "───────", "", "Sub", "", "Text",
        ])
    }

    @Test("code blocks are indented and never wrapped; inline code keeps its text")
    func code() {
        let long = "Set-UnifiedGroup <Group Name> -PrimarySmtpAddress <new SMTP Address> -Verbose"
        let lines = outputLines(rendered("Run `Get-Mailbox`:\n\n```powershell\n\(long)\n\tindented\n```", width: 30))
        #expect(lines == ["Run Get-Mailbox:", "", "    \(long)", "        indented"])
    }

    @Test("anchors are dropped, br breaks the line, placeholders stay visible")
    func inlineHTML() {
        #expect(rendered("# <a name=\"device-pin\"></a>Device pin") == "Device pin\n══════════\n")
        #expect(outputLines(rendered("one<br>two</br>three<br/>four")) == ["one", "two", "three", "four"])
        #expect(rendered("Run Set-UnifiedGroup <Group Name> in <app> as <your email address>.")
                == "Run Set-UnifiedGroup <Group Name> in <app> as <your email address>.\n")
        #expect(rendered("a <span>https:</span> b <!-- hidden --> c") == "a https: b  c\n")
    }

    @Test("images show their alt text")
    func images() {
        #expect(rendered("Select ![the calendar icon](cal.png) or <img src='data:image/png;base64,AAAA' alt=\"gear\" />.")
                == "Select [image: the calendar icon] or [image: gear].\n")
        #expect(rendered("Select <img src='data:image/png;base64,AAAA' /> now.") == "Select [image] now.\n")
    }

    @Test("links print their URL once, or become OSC 8 hyperlinks")
    func links() {
        let markdown = "See [the docs](https://example.com/docs), <https://example.com> and www.example.org."
        #expect(rendered(markdown, width: 100) == "See the docs (https://example.com/docs), https://example.com and www.example.org.\n")
        let linked = EscapeSequenceScan(rendered(markdown, color: true, hyperlinks: true))
        #expect(linked.unexpected == nil)
        #expect(linked.hyperlinks.filter { !$0.isEmpty } == ["https://example.com/docs", "https://example.com", "http://www.example.org"])
        #expect(String(decoding: linked.visibleText, as: UTF8.self)
                == "See the docs, https://example.com and www.example.org.\n")
    }

    @Test("a thematic break spans the width; front matter is not shown")
    func ruleAndFrontMatter() {
        #expect(rendered("---\ntitle: Hidden\nms.custom:\n- \"1\"\n---\nAbove\n\n***\n\nBelow", width: 10)
                == "Above\n\n──────────\n\nBelow\n")
    }
}

extension BlockRenderingTests {
    @Test("an HTML block shows its text, one element per line, without its tags")
    func htmlBlock() {
        let html = "<div>\n<p>First <b>bold</b></p><p>Second</p>\n<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>\n</div>"
        #expect(outputLines(rendered(html)) == ["First bold", "Second", "a b", "c"])
    }
}

extension BlockRenderingTests {
    @Test("a relative link stays text and URL even where hyperlinks are on: a terminal cannot open it")
    func relativeLink() {
        let output = rendered("See [baseline](/mem/intune/edge?pivots=2020) or [docs](https://example.com).", color: true, hyperlinks: true)
        let scan = EscapeSequenceScan(output)
        #expect(scan.hyperlinks == ["https://example.com", ""])
        #expect(String(decoding: scan.visibleText, as: UTF8.self) == "See baseline (/mem/intune/edge?pivots=2020) or docs.\n")
    }
}
