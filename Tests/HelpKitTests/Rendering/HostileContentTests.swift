import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Hostile content never reaches the terminal")
struct HostileContentTests {
    static let escape = "\u{1B}"

    /// Every way in the issue, in every kind of block, as text, URL, entity,
    /// alt text, code and table cell.
    static let hostile = """
    # Title \(escape)[2J\(escape)[H

    Text \(escape)]0;pwned\u{07} and \(escape)]8;;https://evil.example\(escape)\\fake\(escape)]8;;\(escape)\\ link, \
    NUL \u{0} here, C1 \u{9B}31mred\u{9B}0m, bell \u{07}, backspace \u{08}, bidi \u{202E}exe.txt\u{202C} and \u{2066}isolate\u{2069}.

    [link](https://example.com/\(escape)[31m/path) and [osc](https://example.com/\(escape)]0;pwned\u{07}x) \
    and [c1](https://example.com/\u{9B}2J) and [bidi](https://example.com/\u{202E}moc.evil).

    Entities: &#27;[2J &#x9b;31m &#x202E;rtl &#0; &#x85; &#x7f;.

    ![alt \(escape)[5m](image.png) <img src="x.png" alt="img \(escape)[5m"> `code \(escape)[5m \u{9B}1m`

    > [!NOTE]
    > Quote \(escape)[7m reversed \(escape)P1$r\(escape)\\ \(escape)_apc\u{07}

    | head \(escape)[1m | \u{202E}cell |
    |---|---|
    | \(escape)]0;pwned\u{07} | \u{0}\u{9B}K |

    ```
    code block \(escape)[2J \u{9B}2J \u{0} \u{202E}
    ```
    """

    static let labels: [AlertKind: String] = [.note: "Note \(escape)[31m\u{202E}"]

    @Test("no control character, C1, bidi control or foreign escape in the bytes", arguments: [false, true])
    func noInjection(color: Bool) {
        for hyperlinks in [false, true] {
            let output = rendered(Self.hostile, width: 60, color: color, hyperlinks: hyperlinks, labels: Self.labels)
            let bytes = Array(output.utf8)
            let scan = EscapeSequenceScan(output)
            #expect(scan.unexpected == nil, "an escape sequence the renderer did not write: \(scan.unexpected ?? "")")
            if !color { #expect(!bytes.contains(0x1B)) }
            // Outside the renderer's own sequences: no C0 but newline, no DEL.
            #expect(scan.visibleText.allSatisfy { $0 >= 0x20 && $0 != 0x7F || $0 == 0x0A })
            let scalars = String(decoding: scan.visibleText, as: UTF8.self).unicodeScalars
            #expect(!scalars.contains { (0x80...0x9F).contains($0.value) }, "C1 control")
            #expect(!scalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) },
                    "bidi control")
            #expect(!output.contains("pwned"), "the payload of an OSC string is dropped with it")
            #expect(scan.hyperlinks.allSatisfy { $0.isEmpty || $0.hasPrefix("https://example.com/") },
                    "only the document's own links are hyperlinks: \(scan.hyperlinks)")
            let visible = String(decoding: scan.visibleText, as: UTF8.self)
            for kept in ["Title", "fake link", "exe.txt", "isolate", "Quote", "reversed", "head", "cell", "code block"] {
                #expect(visible.contains(kept), "\(kept) is shown")
            }
        }
    }

    @Test("with colour on, the only sequences are SGR and OSC 8, and they are balanced on every line")
    func onlyOwnSequences() {
        let output = rendered(Self.hostile, width: 60, color: true, hyperlinks: true, labels: Self.labels)
        let scan = EscapeSequenceScan(output)
        #expect(scan.unexpected == nil)
        #expect(!scan.sgrParameters.isEmpty)
        #expect(scan.hyperlinks.filter { !$0.isEmpty } == [
            "https://example.com//path", "https://example.com/x", "https://example.com/", "https://example.com/moc.evil",
        ])
        for line in outputLines(output) where line.contains(Self.escape) {
            let lineScan = EscapeSequenceScan(line)
            // Links alternate open (a URL) and close (empty), and all close on their line.
            #expect(lineScan.hyperlinks.count % 2 == 0)
            #expect(lineScan.hyperlinks.enumerated().allSatisfy { $0.offset % 2 == 1 ? $0.element.isEmpty : !$0.element.isEmpty })
            #expect(lineScan.sgrParameters.last == "0", "every line ends with the styles reset: \(line)")
        }
    }

    @Test("non-ASCII in a hyperlink's URL is percent-encoded")
    func hyperlinkURLIsASCII() {
        let scan = EscapeSequenceScan(rendered("[設定](<https://example.com/設定 x>)", color: true, hyperlinks: true))
        #expect(scan.unexpected == nil)
        #expect(scan.hyperlinks == ["https://example.com/%E8%A8%AD%E5%AE%9A%20x", ""])
    }
}
