import Foundation
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI
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
        #expect(throws: FileReader.Failure.self) {
            try FileReader.writeAtomically(Array("new".utf8), to: folder.path("report"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["report"])
        #expect(try FileReader.read(folder.path("report/keep.txt")) == Array("kept".utf8))
    }
}
