import Foundation
import HelpKitFuzzing
import HelpKitTestSupport
import Testing

/// Every input `make fuzz` saved (a crash or a broken invariant, minimised)
/// replayed through its target: each one a regression test.
@Suite("Saved fuzz inputs")
struct FuzzReplayTests {
    static let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures/fuzz")

    static var saved: [(target: String, file: String)] {
        FuzzTargets.all.flatMap { target in
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(target.name).path)) ?? []
            return files.filter { !$0.hasPrefix(".") }.sorted().map { (target.name, $0) }
        }
    }

    @Test("every target has a folder of saved inputs, and every input passes its invariant now")
    func replay() throws {
        for target in FuzzTargets.all {
            #expect(FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent(target.name).path), "\(target.name)")
        }
        for (name, file) in Self.saved {
            let target = try #require(FuzzTargets.named(name))
            let input = try Data(contentsOf: Self.folder.appendingPathComponent("\(name)/\(file)"))
            #expect(target.check(Array(input)) == nil, "\(name)/\(file)")
        }
    }

    @Test("an invariant a target checks does fail on input that breaks it")
    func invariantsBite() {
        // A renderer whose output held a raw escape would be caught.
        #expect(RendererFuzzTarget.strayControl(in: Array("a\u{1B}[2Jb".unicodeScalars)) != nil)
        #expect(RendererFuzzTarget.strayControl(in: Array("\u{1B}[1;4mbold\u{1B}[0m".unicodeScalars)) == nil)
        #expect(RendererFuzzTarget.strayControl(in: Array("\u{1B}]8;;https://a.b\u{1B}\\link\u{1B}]8;;\u{1B}\\".unicodeScalars)) == nil)
        #expect(ArticleFuzzTarget.check(Array("---\ntitle: [\n---\n<span data-ttu-id=\"x\">".utf8)) == nil)
    }
}
