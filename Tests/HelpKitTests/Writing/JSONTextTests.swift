import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("JSON output")
struct JSONTextTests {
    @Test("strings escape quotes, backslashes and control characters, and keep the rest as UTF-8")
    func escaping() throws {
        var json = JSONText()
        json.string("a\"b\\c\nd\re\tf\u{01}g\u{1F}h\u{7F}i – 日本")
        #expect(String(decoding: json.bytes, as: UTF8.self) == #""a\"b\\c\nd\re\tf\u0001g\u001fh\u007fi – 日本""#)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.bytes), options: .fragmentsAllowed) as? String
        #expect(decoded == "a\"b\\c\nd\re\tf\u{01}g\u{1F}h\u{7F}i – 日本")
    }

    @Test("an article's unit lines equal its units written one by one")
    func articleLines() throws {
        let body = [
            "# " + sxsUnit("abcde-102", target: "見出し \"引用\"", source: "Heading"),
            "",
            "- " + sxsUnit("abcde-p103", target: "a\\b", source: "R&amp;D &lt;Group Name&gt;"),
        ].joined(separator: "\n")
        let article = ArticleParser.parse(Array(sxsArticle(body: body).utf8), path: "ja-JP/x \"y\".md")
        var together = JSONText()
        article.appendUnitsJSON(to: &together)
        var oneByOne = JSONText()
        for unit in article.units {
            unit.appendJSON(to: &oneByOne, path: article.path, locale: article.locale)
            oneByOne.newline()
        }
        #expect(together.bytes == oneByOne.bytes)
        let lines = String(decoding: together.bytes, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        let second = try #require(JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["id"] as? String == "abcde-p103")
        #expect(second["merged"] as? Bool == true)
        #expect(second["source"] as? String == "R&D <Group Name>")
        #expect(second["path"] as? String == "ja-JP/x \"y\".md")
    }
}
