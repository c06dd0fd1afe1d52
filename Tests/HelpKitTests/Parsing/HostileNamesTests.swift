import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore

/// Names and sizes no help set should have, but a folder can: each gets a
/// clear message on a line of its own, and the other files are still read.
/// `bench/80-hostile.sh` runs the same cases at full scale and bounds their
/// time and memory.
@Suite("Hostile names and sizes")
struct HostileNamesTests {
    static let unit = sxsUnit("abcde-102", target: "x", source: "y")

    @Test("a file name with a newline or an escape sequence is escaped in text and kept exact in JSON")
    func controlCharactersInNames() throws {
        let folder = try TemporaryFolder()
        // With an English reference beside them, each name is an orphan, a warning that shows it.
        try folder.write("en-US/other.md", "# Other\n")
        try folder.write("ja-JP/line\nbreak.md", sxsArticle(body: Self.unit))
        try folder.write("ja-JP/red\u{1B}[31m.md", sxsArticle(body: Self.unit))
        let text = try HelpKitBinary.run(["check", folder.url.path, "--no-progress", "--show-infos"])
        #expect(!text.text.contains("\u{1B}"))
        let findingLines = text.lines.filter { $0.contains(": info: ") || $0.contains(": warning: ") }
        #expect(findingLines.contains { $0.contains("ja-JP/line\\nbreak.md:1:1: warning: ") })
        #expect(findingLines.contains { $0.contains("ja-JP/red\\x1B[31m.md:1:1: warning: ") })
        #expect(findingLines.allSatisfy { $0.contains("[") && $0.hasSuffix("]") }, "a name split a finding's line")

        let json = try HelpKitBinary.run(["units", folder.url.path])
        let paths = try json.lines.map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["path"] as? String
        }
        #expect(Set(paths) == [folder.path("ja-JP/line\nbreak.md"), folder.path("ja-JP/red\u{1B}[31m.md")])
    }

    @Test("a file name that is not UTF-8 is an error that shows its bytes, and the other files are read")
    func invalidUTF8Name() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("ja-JP/good.md", sxsArticle(body: Self.unit))
        let badPath = Array(folder.path("ja-JP/bad").utf8) + [0xFF] + Array("name.md".utf8) + [0]
        let created = badPath.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        }
        try #require(created >= 0)
        close(created)

        let run = try HelpKitBinary.run(["units", folder.url.path])
        #expect(run.status == 2)
        #expect(run.lines.count == 1)
        #expect(run.text.contains(good))
        #expect(run.errors.contains(
            "ja-JP/bad\\xFFname.md:1:1: error: cannot read: the name is not valid UTF-8 (shown with \\x escapes); rename it [unreadable-file]"))
    }

    @Test("a path of 4,000 bytes is read; one past the system's limit is a clear error")
    func longPaths() throws {
        let folder = try TemporaryFolder()
        let segment = String(repeating: "d", count: 200)
        var relative = "ja-JP"
        while folder.path(relative).utf8.count < 3_780 { relative += "/" + segment }
        let name = String(repeating: "a", count: 3_990 - folder.path(relative).utf8.count - 4) + ".md"
        let article = try folder.write("\(relative)/\(name)", sxsArticle(body: Self.unit))
        #expect(article.utf8.count >= 3_985)

        let units = try HelpKitBinary.run(["units", folder.url.path])
        #expect(units.status == 0)
        #expect(units.text.contains("\"path\":\"\(article)\""))

        let tooLong = folder.path(relative + "/" + segment + "/" + segment + "/x.md")
        let refused = try HelpKitBinary.run(["units", tooLong])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("x.md:1:1: error: cannot read: File name too long [unreadable-file]"))
    }

    @Test("an article larger than the limit is refused before it is read, and the others are reported")
    func oversizedArticle() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("ja-JP/good.md", sxsArticle(body: Self.unit))
        let huge = try folder.write("ja-JP/huge.md", sxsArticle(body: Self.unit))
        // Sparse: the size is what the reader is told, not what the disk holds.
        #expect(truncate(huge, off_t(FileReader.articleLimit + 1)) == 0)

        let run = try HelpKitBinary.run(["units", folder.url.path])
        #expect(run.status == 2)
        #expect(run.text.contains(good))
        #expect(run.errors.contains("huge.md:1:1: error: cannot read: larger than 16 MiB, the most one file may hold; split it [unreadable-file]"))
        #expect(throws: FileReader.Failure.tooLarge(path: huge, limit: FileReader.articleLimit)) {
            try FileReader.readArticle(huge)
        }
    }

    @Test("a name given on the command line is quoted with its controls escaped, never sent to the terminal")
    func namesInMessages() throws {
        let root = repositoryRoot
        let hostile = "x\u{1B}]0;PWNED\u{07}"
        let help = try HelpKitBinary.run(["help", hostile, "--content", root.appendingPathComponent("content").path,
                                          "--locales", root.appendingPathComponent("locales").path])
        #expect(help.status == 1)
        #expect(!help.errors.contains("\u{1B}") && help.errors.contains(#"x\x1B]0;PWNED\x07"#), "\(help.errors)")
        let source = try HelpKitBinary.run(["source", "/nonexistent/\(hostile).md"])
        #expect(source.status == 2)
        #expect(!source.errors.contains("\u{1B}") && source.errors.contains(#"x\x1B]0;PWNED\x07.md:1:1: error: cannot read"#), "\(source.errors)")
    }
}
