@testable import HelpKitTerminal
import Testing

@Suite("Text measured in terminal cells")
struct CellTextTests {
    init() { GridCanvas.measureLikeTheTerminal() }

    @Test("Japanese and Chinese characters take two columns, combining marks none")
    func widths() {
        #expect(CellText.columns(of: "PIN") == 3)
        #expect(CellText.columns(of: "パスワード") == 10)
        #expect(CellText.columns(of: "重設密碼") == 8)
        #expect(CellText.columns(of: "e\u{301}") == 1)
        #expect(CellText.columns(of: "שלום") == 4)
    }

    @Test("clipping never cuts a wide character in half")
    func clipping() {
        let (text, columns) = CellText.clipped("日本語のテキスト", to: 5)
        #expect(text == "日本")
        #expect(columns == 4)
        #expect(CellText.clipped("ab日本", to: 3) == ("ab", 2))
        #expect(CellText.clipped("Ame\u{301}lie", to: 3).text == "Ame\u{301}")
    }

    @Test("wrapping breaks at spaces in spaced languages", arguments: [10, 17, 30])
    func spacedWrapping(width: Int) {
        let text = "Only specific operating system types and work profile types support this action."
        let lines = CellText.wrapped(text, to: width)
        #expect(lines.allSatisfy { CellText.columns(of: $0) <= width })
        #expect(lines.joined(separator: " ") == text)
        #expect(lines.allSatisfy { !$0.hasPrefix(" ") && !$0.hasSuffix(" ") })
    }

    @Test("Japanese wraps between characters, never before closing punctuation, and loses nothing")
    func japaneseWrapping() {
        let text = "このアクションをサポートするのは、特定のオペレーティング システムの種類と仕事用プロファイルの種類のみです。"
        for width in 8...40 {
            let lines = CellText.wrapped(text, to: width)
            #expect(lines.allSatisfy { CellText.columns(of: $0) <= width }, "width \(width)")
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "width \(width)")
            #expect(lines.dropFirst().allSatisfy { !"、。".contains($0.first ?? "x") }, "width \(width)")
        }
        // Ten wide characters fill 20 columns, but "ー" may not start a line:
        // the break moves one character back, not to the distant space.
        #expect(CellText.wrapped(text, to: 20).first == "このアクションをサ")
    }

    @Test("a word longer than the width is cut between characters")
    func longWord() {
        let lines = CellText.wrapped("https://docs.microsoft.com/intune/device-passcode-reset", to: 20)
        #expect(lines.joined() == "https://docs.microsoft.com/intune/device-passcode-reset")
        #expect(lines.allSatisfy { CellText.columns(of: $0) <= 20 })
    }
}
