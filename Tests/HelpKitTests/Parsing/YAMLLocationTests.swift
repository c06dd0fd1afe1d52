import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI
import HelpKitTestSupport
import Testing

/// YAML readers place what they report at real offsets: locations order by
/// offset, so a made-up one would sort a finding away from its line.
@Suite("Locations in YAML")
struct YAMLLocationTests {
    @Test("a front-matter key's location is where its text stands in the file")
    func frontMatterKeys() throws {
        let text = "---\ntitle: Sök ärenden\nms.locale: sv-SE\n---\n"
        let bytes = Array(text.utf8)
        let entries = try #require(ArticleParser.parse(bytes, path: "a.md").frontMatter).entries
        #expect(entries.map(\.location.line) == [2, 3])
        for entry in entries {
            #expect(String(decoding: bytes[entry.location.offset...], as: UTF8.self).hasPrefix(entry.key + ":"))
            #expect(entry.location.column == 1)
        }
    }

    @Test("a project-file problem has the offset of its line and column")
    func projectFileProblem() throws {
        let yaml = "rules:\n  untränslated: off\n"
        do {
            _ = try ProjectFile.parse(yaml, path: ".helpkit.yml", rules: ReportFixtures.rules)
            Issue.record("an unknown rule is a problem")
        } catch {
            let location = try #require(error.diagnostics.first).location
            #expect((location.line, location.column) == (2, 3))
            #expect(location.offset == Array("rules:\n  ".utf8).count)
        }
    }

    @Test("invalid front matter is reported on its line in the file, past the opening fence")
    func frontMatterError() throws {
        let text = "---\ntitle: ö\nkeys: [a\n---\n"
        let article = ArticleParser.parse(Array(text.utf8), path: "a.md")
        let diagnostic = try #require(article.diagnostics.first { $0.code == .invalidFrontMatter })
        #expect(diagnostic.location.line >= 3)
        #expect(diagnostic.location.offset >= Array("---\ntitle: ö\n".utf8).count)
        #expect(diagnostic.location.offset <= text.utf8.count)
    }

    @Test("a carriage return is a line break to YAML but not to the file: the line is the file's (found by make fuzz)")
    func carriageReturns() throws {
        let text = "---\nauthor: a\r\r\r\rb\nkeys: [a\n---\n"
        let article = ArticleParser.parse(Array(text.utf8), path: "a.md")
        let diagnostic = try #require(article.diagnostics.first { $0.code == .invalidFrontMatter })
        #expect(diagnostic.location.line == 3 || diagnostic.location.line == 4, "\(diagnostic.location)")
        #expect(diagnostic.location.offset <= text.utf8.count)
        let locator = YAMLLocator("a: 1\r\rb: [\n", origin: .start)
        #expect(locator.location(line: 3, column: 1) == SourceLocation(line: 1, column: 7, offset: 6))
    }
}
