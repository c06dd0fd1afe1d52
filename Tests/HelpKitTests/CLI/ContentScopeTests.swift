import Foundation
import HelpKitTestSupport
import Testing

/// Every command reads the same files: the project file's `exclude` leaves
/// the same articles out of `check`, `stats` and `build`.
@Suite("The project's exclude applies to every command")
struct ContentScopeTests {
    /// Two Japanese articles, one of them in a drafts folder the project excludes.
    static func folder() throws -> TemporaryFolder {
        let folder = try CheckFixtures.folder(CheckFixtures.seed)
        try folder.write("help/ja-JP/drafts/draft-article.md", CheckFixtures.seed)
        try folder.write(".helpkit.yml", "exclude:\n  - \"*/drafts/*\"\n")
        return folder
    }

    @Test("stats counts only the articles the project keeps")
    func stats() throws {
        let folder = try Self.folder()
        let run = try HelpKitBinary.run(["stats", "help", "--format", "json"], currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        let document = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
        let total = try #require(document["total"] as? [String: Any])
        #expect(total["articles"] as? Int == 1, "\(run.text)")
        try FileManager.default.removeItem(atPath: folder.path(".helpkit.yml"))
        let kept = try HelpKitBinary.run(["stats", "help", "--format", "json"], currentDirectory: folder.url)
        let all = try #require(try JSONSerialization.jsonObject(with: kept.output) as? [String: Any])
        #expect((all["total"] as? [String: Any])?["articles"] as? Int == 2, "without the exclude both articles count")
    }

    @Test("build leaves the excluded article out of the catalog")
    func build() throws {
        let folder = try Self.folder()
        let run = try HelpKitBinary.run(["build", "help", "-o", folder.path("help.sqlite")], currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.text.contains(": 1 topics, 2 articles (en-US, ja-JP)"), "\(run.text)")
        let search = try HelpKitBinary.run(["help", "draft-article", "--catalog", folder.path("help.sqlite")], currentDirectory: folder.url)
        #expect(search.status == 1, "\(search.text)")
    }
}
