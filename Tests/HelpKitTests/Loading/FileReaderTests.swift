import Foundation
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI
import HelpKitTestSupport
import Testing

@Suite("FileReader")
struct FileReaderTests {
    @Test("an atomic write replaces the file and leaves nothing beside it")
    func replaces() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("baseline.json", "old\n")
        try FileReader.writeAtomically(Array("new\n".utf8), to: path)
        #expect(try FileReader.read(path) == Array("new\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["baseline.json"])
    }

    @Test("a write that cannot be put in place removes its temporary file")
    func failedRenameCleansUp() throws {
        let folder = try TemporaryFolder()
        // rename(2) cannot replace a folder that holds something with a file.
        try folder.write("report/keep.txt", "kept")
        do {
            try FileReader.writeAtomically(Array("new".utf8), to: folder.path("report"))
            Issue.record("the rename over a full folder succeeded")
        } catch let .system(path, call, code) {
            #expect(path == folder.path("report") && call == "rename" && code == EISDIR)
        } catch {
            Issue.record("\(error)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["report"])
        #expect(try FileReader.read(folder.path("report/keep.txt")) == Array("kept".utf8))
    }

    @Test("a folder, a FIFO or a missing file is a failure to switch on, never a hang")
    func unreadable() throws {
        let folder = try TemporaryFolder()
        try folder.write("a/b.md", "text")
        #expect(throws: FileReader.Failure.notARegularFile(path: folder.path("a"), isDirectory: true)) {
            try FileReader.read(folder.path("a"))
        }
        #expect(mkfifo(folder.path("fifo"), 0o600) == 0)
        #expect(throws: FileReader.Failure.notARegularFile(path: folder.path("fifo"), isDirectory: false)) {
            try FileReader.read(folder.path("fifo"))
        }
        #expect(throws: FileReader.Failure.system(path: folder.path("none"), call: "open", errno: ENOENT)) {
            try FileReader.read(folder.path("none"))
        }
    }
}
