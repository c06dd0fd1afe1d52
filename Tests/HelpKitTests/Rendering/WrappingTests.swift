import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Display width and wrapping")
struct WrappingTests {
    @Test("columns count wide characters as two and combining marks as none", arguments: [
        ("PIN", 3),
        ("パスワード", 10),
        ("ＰＩＮ", 6),
        ("e\u{301}", 1),
        ("😀", 2),
        ("a\u{200B}b", 2),
        ("Intune からデバイスの PIN", 25),
        ("中文字", 6),
        ("", 0),
    ])
    func columns(text: String, expected: Int) {
        #expect(DisplayWidth.columns(of: text) == expected)
    }

    static let japanese = """
    パスコードを削除する、または [パスコードの削除] アクションを使って iOS または Android を実行しているデバイスの\
    Intune で新しいパスコードを作成するようにユーザーに強制させることができます。このアクションをサポートするのは、\
    特定のオペレーティング システムの種類と仕事用プロファイルの種類のみです。「設定」を選び、（重要）と書かれた項目を確認してください。
    """

    @Test("Japanese wraps within the width, by DisplayWidth and by an independent count", arguments: [40, 33, 20, 11])
    func japaneseWithinWidth(width: Int) throws {
        let lines = outputLines(rendered(Self.japanese, width: width))
        #expect(lines.count > Self.japanese.count * 2 / width / 2)
        for line in lines {
            #expect(DisplayWidth.columns(of: line) <= width, "\(line)")
            let independent = try #require(independentColumns(line), "unexpected character in \(line)")
            #expect(independent <= width, "\(line)")
        }
        // Nothing lost or added but the spaces at the ends of lines.
        #expect(lines.joined().filter { $0 != " " } == Self.japanese.filter { $0 != " " })
    }

    @Test("wrapped Japanese fills its lines instead of breaking only at spaces")
    func japaneseFillsLines() {
        let lines = outputLines(rendered(Self.japanese, width: 40))
        let fullish = lines.dropLast().filter { DisplayWidth.columns(of: $0) >= 36 }
        #expect(fullish.count >= lines.count - 3)
    }

    @Test("no line starts with closing punctuation or ends with an opening bracket", arguments: Array(14...40))
    func kinsoku(width: Int) {
        for line in outputLines(rendered(Self.japanese, width: width)) {
            #expect(!"。、」）".contains(line.first ?? "x"), "\(width): \(line)")
            #expect(!"「（".contains(line.last ?? "x"), "\(width): \(line)")
        }
    }

    @Test("a newline inside a Japanese paragraph joins the lines without a space")
    func softBreakBetweenWideCharacters() {
        #expect(rendered("これは一行目\nそして二行目\nand English") == "これは一行目そして二行目 and English\n")
    }

    @Test("English wraps at spaces and keeps every word whole")
    func englishAtSpaces() {
        let text = "You can reset an existing pin to a new value using the Pin Reset action on devices running Windows."
        let lines = outputLines(rendered(text, width: 30))
        #expect(lines == [
            "You can reset an existing pin",
            "to a new value using the Pin",
            "Reset action on devices",
            "running Windows.",
        ])
    }

    @Test("a word longer than the line is cut at the width, not before closing punctuation")
    func longWordIsCut() {
        let lines = outputLines(rendered("see https://example.com/a/very/long/path/that/does/not/fit.", width: 20))
        #expect(lines.allSatisfy { DisplayWidth.columns(of: $0) <= 20 })
        #expect(lines.joined() == "seehttps://example.com/a/very/long/path/that/does/not/fit.")
        #expect(lines.last?.first != ".")
    }
}
