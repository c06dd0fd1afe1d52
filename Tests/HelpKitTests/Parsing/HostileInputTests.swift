import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// Each hostile input gets a clear diagnostic, no crash and no hang: every
/// case is parsed within a second, and the article still prints back to the
/// bytes it was read from.
@Suite("Hostile input")
struct HostileInputTests {
    /// Parses `bytes`, asserting it takes well under a second and loses nothing.
    static func parseQuickly(_ bytes: [UInt8], path: String = "hostile.md") -> Article {
        let clock = ContinuousClock()
        var article: Article?
        let elapsed = clock.measure { article = ArticleParser.parse(bytes, path: path) }
        #expect(elapsed < .seconds(1), "parsing took \(elapsed)")
        #expect(article?.printed() == bytes)
        return article ?? ArticleParser.parse([], path: path)
    }

    static func codes(_ article: Article) -> [String] { article.diagnostics.map(\.code.rawValue) }

    @Test("invalid UTF-8 is reported where it stands and the units around it survive")
    func invalidUTF8() {
        var bytes = Array(sxsArticle(body: sxsUnit("abcde-102", target: "前", source: "Before")).utf8)
        bytes += [0x0A, 0xFF, 0xFE, 0x0A]
        bytes += Array(sxsUnit("abcde-103", target: "後", source: "After").utf8)
        let article = Self.parseQuickly(bytes)
        #expect(article.units.map(\.source) == ["Before", "After"])
        let invalid = article.diagnostics.filter { $0.code == .invalidUTF8 }
        #expect(invalid.first?.location.line == 8)
        #expect(invalid.first?.location.column == 1)
        #expect(invalid.allSatisfy { $0.severity == .error })
    }

    @Test("a NUL byte inside a unit is an error at its position, and the unit is kept")
    func nulBytes() {
        let text = sxsArticle(body: sxsUnit("abcde-102", target: "a\u{0}b", source: "ab"))
        let article = Self.parseQuickly(Array(text.utf8))
        #expect(article.units.count == 1)
        let nul = article.diagnostics.first { $0.code == .nulByte }
        #expect(nul?.location.line == 7)
        #expect(nul?.location.column == 32)
    }

    @Test("a span left open at the end of the file is an error, not a unit")
    func spanOpenAtEnd() {
        let text = sxsArticle(body: sxsUnit("abcde-102", target: "完", source: "Done") + "\n\n" + #"<span data-ttu-id="abcde-103">未完"#)
        let article = Self.parseQuickly(Array(text.utf8))
        #expect(article.units.map(\.id.number) == [102])
        let unclosed = article.diagnostics.first { $0.code == .unclosedUnit }
        #expect(unclosed?.severity == .error)
        #expect(unclosed?.location.line == 9)
        #expect(unclosed?.message.contains("abcde-103") == true)
    }

    @Test("a single 10 MB line with thousands of units parses in linear time")
    func tenMegabyteLine() {
        let unit = sxsUnit("abcde-102", target: "テキスト", source: "Text") + " "
        let count = 10_000_000 / unit.utf8.count
        let body = String(repeating: unit, count: count)
        let article = Self.parseQuickly(Array(sxsArticle(body: body).utf8))
        #expect(article.units.count == count)
        #expect(article.units.last?.location.line == 7)
        #expect(article.units.last?.location.column == 1 + (count - 1) * unit.unicodeScalars.count)
        // The same id on every unit: reported, but capped rather than flooding.
        #expect(article.diagnostics.filter { $0.code == .duplicateID }.count == 21)
    }

    @Test("100,000 nested spans are reported once and do not recurse")
    func deeplyNestedSpans() {
        let nested = String(repeating: "<span>", count: 100_000) + "x" + String(repeating: "</span>", count: 100_000)
        let text = sxsArticle(body: sxsUnit("abcde-102", target: nested, source: "x"))
        let article = Self.parseQuickly(Array(text.utf8))
        #expect(article.units.count == 1)
        #expect(article.units.first?.target.count == nested.count)

        let unbalanced = sxsArticle(body: #"<span data-ttu-id="abcde-102">"# + String(repeating: "<span>", count: 100_000))
        let broken = Self.parseQuickly(Array(unbalanced.utf8))
        #expect(broken.units.isEmpty)
        #expect(Self.codes(broken) == ["unclosed-unit"])
    }

    @Test("a YAML alias bomb in front matter is read without expanding it")
    func yamlBomb() {
        var yaml = "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1...30 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 9).joined(separator: ", "))]\n"
        }
        yaml += "ms.custom: *a30\n"
        let text = "---\ntitle: Bomb\n\(yaml)---\n" + sxsUnit("abcde-102", target: "x", source: "x")
        let article = Self.parseQuickly(Array(text.utf8))
        #expect(article.frontMatter?.title == "Bomb")
        #expect(article.frontMatter?.contextIDs == [])
        #expect(article.units.count == 1)
    }

    @Test("an empty file is a warning and has no units")
    func emptyFile() {
        let article = Self.parseQuickly([])
        #expect(article.units.isEmpty)
        #expect(article.diagnostics.map(\.description) == ["hostile.md:1:1: warning: the file is empty; an article needs front matter and units [empty-file]"])
    }

    @Test("a binary file is recognised and not read as an article")
    func binaryFile() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let article = Self.parseQuickly(bytes)
        #expect(article.units.isEmpty)
        #expect(Self.codes(article) == ["binary-file"])
    }

    @Test("malformed front matter is reported with its line and the body is still parsed")
    func brokenFrontMatter() {
        let text = "---\ntitle: [unclosed\nms.custom: 1\n---\n" + sxsUnit("abcde-102", target: "x", source: "y")
        let article = Self.parseQuickly(Array(text.utf8))
        #expect(article.units.count == 1)
        let problem = article.diagnostics.first { $0.code == .invalidFrontMatter }
        #expect(problem?.severity == .error)
        #expect((2...4).contains(problem?.location.line ?? 0))
        #expect(article.frontMatter?.parseError != nil)
    }

    @Test("an unreadable file gives exit status 2 and the other files are still reported")
    func unreadableFile() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("ja-JP/good.md", sxsArticle(body: sxsUnit("abcde-102", target: "x", source: "y")))
        let missing = folder.path("ja-JP/missing.md")
        try FileManager.default.createSymbolicLink(atPath: folder.path("ja-JP/dangling.md"), withDestinationPath: missing)
        #expect(mkfifo(folder.path("ja-JP/pipe.md"), 0o644) == 0)
        let run = try HelpKitBinary.run(["units", folder.url.path])
        #expect(run.status == 2)
        #expect(run.lines.count == 1)
        #expect(run.text.contains(good))
        #expect(run.errors.contains("dangling.md:1:1: error: cannot read: No such file or directory [unreadable-file]"))
        #expect(run.errors.contains("pipe.md:1:1: error: cannot read: not a regular file; only files are read [unreadable-file]"))
        // Nothing read is nothing proven: roundtrip counts none of them as identical.
        let roundtrip = try HelpKitBinary.run(["roundtrip", folder.url.path])
        #expect(roundtrip.status == 2)
        #expect(roundtrip.text == "1 of 2 files byte-identical\n")
        #expect(roundtrip.errors.contains("pipe.md:1:1: error: cannot read: not a regular file; only files are read [unreadable-file]"))
    }

    @Test("a folder with a symbolic link loop is walked once")
    func symlinkLoop() throws {
        let folder = try TemporaryFolder()
        try folder.write("ja-JP/a.md", sxsArticle(body: sxsUnit("abcde-102", target: "x", source: "y")))
        try FileManager.default.createSymbolicLink(atPath: folder.path("ja-JP/loop"), withDestinationPath: folder.url.path)
        let walker = ContentWalker(paths: [folder.url.path])
        #expect(walker.files == [folder.path("ja-JP/a.md")])
        #expect(walker.diagnostics.map(\.code.rawValue) == ["symlink-loop"])
    }
}
