import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// The whole real corpus compiled once per test run with `helpkit build`.
enum CorpusCatalog {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpkit-corpus-catalog-\(UUID().uuidString)")
    static let path = folder.appendingPathComponent("corpus.sqlite").path

    static let build: Result<HelpKitRun, Error> = Result {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try Serving.run(["build", Corpus.root.path, "--locales", repositoryRoot.appendingPathComponent("locales").path,
                                "-o", path])
    }
}

@Suite("A catalog of the whole corpus", .enabled(if: Corpus.isAvailable, "the corpus archive is not beside the checkout"))
struct CorpusCatalogTests {
    @Test("it builds with every article of every locale, an English one for each topic, and reports the broken ones")
    func builds() throws {
        let run = try CorpusCatalog.build.get()
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.text.contains("2727 topics, 10891 articles (en-US, fr-FR, ja-JP, sv-SE)"), "\(run.text)")
        #expect(run.errors.contains("troubleshoot-presence-issues-outlook.md:2:71: error: front matter is not valid YAML"))
    }

    @Test("help on a context id that 21 articles share lists the 21")
    func sharedContext() throws {
        _ = try CorpusCatalog.build.get()
        let run = try Serving.run(["help", "3500007", "--catalog", CorpusCatalog.path, "--locale", "ja", "--format", "json"])
        #expect(run.status == 0, "\(run.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
        let topics = try #require(object["topics"] as? [[String: String]])
        #expect(topics.count == 21)
        #expect(topics.contains { $0["slug"] == "restore-deleted-public-folder" && $0["locale"] == "ja-JP" })
        #expect(topics.filter { $0["locale"] == "ja-JP" }.count == 21)
        let text = try Serving.run(["help", "3500007", "--catalog", CorpusCatalog.path])
        #expect(text.text.contains("Topics for context 3500007:"))
        #expect(text.text.contains("Restore a deleted public folder"))
        #expect(text.text.contains("restore-deleted-public-folder"))
    }

    @Test("search finds Japanese text by a Japanese query")
    func japaneseSearch() throws {
        _ = try CorpusCatalog.build.get()
        let run = try Serving.run(["search", "削除されたパブリック", "--locale", "ja", "--catalog", CorpusCatalog.path, "--format", "json"])
        #expect(run.status == 0, "\(run.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
        let hits = try #require(object["hits"] as? [[String: Any]])
        #expect(object["locale"] as? String == "ja-JP")
        #expect(hits.first?["slug"] as? String == "restore-deleted-public-folder")
        #expect(hits.allSatisfy { ($0["snippet"] as? String)?.contains("**削除されたパブリック**") == true })
        // A two-character word cannot use trigrams; it narrows the indexed match by a scan.
        let mixed = try Serving.run(["search", "削除 パブリック", "--locale", "ja", "--catalog", CorpusCatalog.path, "--format", "json"])
        let mixedHits = try #require(try JSONSerialization.jsonObject(with: mixed.output) as? [String: Any])["hits"] as? [[String: Any]]
        #expect(mixedHits?.count == 10)
        #expect(mixedHits?.contains { $0["slug"] as? String == "public-folder-removed-from-OWA-favorites" } == true)
    }

    @Test("search finds French text with accents, and only in French")
    func frenchSearch() throws {
        _ = try CorpusCatalog.build.get()
        let run = try Serving.run(["search", "réinitialiser mot de passe", "--locale", "fr-FR", "--catalog", CorpusCatalog.path,
                                   "--format", "json"])
        #expect(run.status == 0, "\(run.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
        let hits = try #require(object["hits"] as? [[String: Any]])
        #expect(!hits.isEmpty)
        #expect(hits.count == 10)
        #expect(hits.first?["slug"] as? String == "reset-or-change-passwords")
        // A snippet shows the best window, which may hold the other words only.
        #expect(hits.filter { ($0["snippet"] as? String)?.lowercased().contains("**réinitialiser**") == true }.count >= 8)
        let english = try Serving.run(["search", "réinitialiser", "--locale", "en", "--catalog", CorpusCatalog.path])
        #expect(english.status == 1)
    }

    @Test("the Swedish articles translated from older English are marked, with the sentences that changed")
    func olderRevisions() throws {
        _ = try CorpusCatalog.build.get()
        let library = try HelpLibrary(.catalog(CorpusCatalog.path))
        let swedish = try #require(try library.topic(slug: "change-exchange-online-plans", locale: LocaleTag("sv-SE")!))
        let older = try #require(swedish.olderRevision)
        #expect(older.changedSentences > 0)
        #expect(older.handoff < older.newestHandoff)
        let japanese = try #require(try library.topic(slug: "change-exchange-online-plans", locale: LocaleTag("ja-JP")!))
        #expect(japanese.olderRevision == nil)
    }
}
