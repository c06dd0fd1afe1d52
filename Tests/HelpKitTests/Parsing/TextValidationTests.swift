import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Binary and text detection")
struct TextValidationTests {
    /// An article whose 8,192nd byte starts a three-byte character.
    static func articleWithCharacterAtSampleEnd() -> [UInt8] {
        let head = Array(sxsArticle(body: "").utf8)
        let padding = [UInt8](repeating: UInt8(ascii: "x"), count: 8191 - head.count)
        let unit = sxsUnit("abcde-102", target: "日本語", source: "Japanese")
        return head + padding + Array("語\n\(unit)\n".utf8)
    }

    @Test("a character cut by the end of the sniffed sample is still text")
    func characterAtSampleEnd() {
        let bytes = Self.articleWithCharacterAtSampleEnd()
        #expect(bytes[8191] == 0xE8)
        let article = ArticleParser.parse(bytes, path: "ja-JP/long.md")
        #expect(article.diagnostics.isEmpty)
        #expect(article.units.map(\.target) == ["日本語"])
    }
}
