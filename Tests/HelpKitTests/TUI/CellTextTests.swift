import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Text fitted to terminal cells")
struct CellTextTests {
    @Test("clipping never cuts a wide character or a letter with its marks")
    func clipping() {
        let (text, columns) = CellText.clipped("日本語のテキスト", to: 5)
        #expect(text == "日本")
        #expect(columns == 4)
        #expect(CellText.clipped("ab日本", to: 3) == ("ab", 2))
        #expect(CellText.clipped("Ame\u{301}lie", to: 3).text == "Ame\u{301}")
    }

    @Test("review text wraps like rendered paragraphs: at spaces, and between Japanese characters without losing any")
    func wrapping() {
        let english = "Only specific operating system types and work profile types support this action."
        let lines = CellText.wrapped(english, to: 17)
        #expect(lines.allSatisfy { CellText.columns(of: $0) <= 17 })
        #expect(lines.joined(separator: " ") == english)
        let japanese = "このアクションをサポートするのは、特定のオペレーティング システムの種類と仕事用プロファイルの種類のみです。"
        for width in [8, 19, 20, 33] {
            let lines = CellText.wrapped(japanese, to: width)
            #expect(lines.allSatisfy { CellText.columns(of: $0) <= width }, "width \(width)")
            #expect(lines.joined().filter { $0 != " " } == japanese.filter { $0 != " " }, "width \(width)")
            #expect(lines.dropFirst().allSatisfy { !"、。ー".contains($0.first ?? "x") }, "width \(width)")
        }
    }

    @Test("content text on one line: escape sequences, controls, newlines and bidi overrides go; right-to-left text stays as written")
    func safe() {
        #expect(CellText.safe("red \u{1B}[31mtext\u{1B}[0m\nnext\u{202E}") == "red text next")
        #expect(CellText.safe("إعادة تعيين رمز المرور") == "إعادة تعيين رمز المرور")
    }
}
