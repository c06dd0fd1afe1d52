import CSQLite
import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// The one sentence identity on the real corpus: the checker and the catalog
/// agree on every article, and the hand-checked drift articles keep the
/// classes of their edits.
@Suite("Sentence identity on the real corpus", .enabled(if: Corpus.isAvailable, "needs ../shared/corpus/alchemy-sxs.tar.xz"))
struct CorpusAlignmentTests {
    static let fixture = repositoryRoot.appendingPathComponent("Tests/Fixtures/real-drift-edits.txt")

    @Test("the catalog's changed-sentence count equals the checker's drift findings, for every article and locale")
    func catalogAgreesWithChecker() throws {
        let run = try CorpusCatalog.build.get()
        #expect(run.status == 0, "\(run.errors)")
        let catalog = try Self.changedSentences(inCatalog: CorpusCatalog.path)
        var checker: [String: Int] = [:]
        for finding in CorpusDriftTests.report.findings where CorpusDriftTests.driftRules.contains(finding.ruleID) {
            checker["\(finding.slug) \(finding.locale?.identifier ?? "?")", default: 0] += 1
        }
        #expect(catalog.count > 8000)
        let disagreeing = Set(catalog.keys).union(checker.keys).filter { catalog[$0] ?? 0 != checker[$0] ?? 0 }
        #expect(disagreeing.isEmpty, "\(disagreeing.sorted().prefix(20).map { "\($0): catalog \(catalog[$0] ?? 0), check \(checker[$0] ?? 0)" })")
        #expect(catalog.values.filter { $0 > 0 }.count == Set(checker.keys).count)
    }

    @Test("the 27 hand-checked drift articles keep the classes of their edits, and nothing moved or split is removed")
    func driftClasses() throws {
        let pairs = try CorpusDriftTests.fixture("real-drift.txt")
        var lines: [String] = []
        for pair in pairs {
            let parts = pair.split(separator: " ").map(String.init)
            let alignment = try #require(try Self.alignment(slug: parts[0], locale: parts[1]))
            for edit in alignment.edits {
                if case .unchanged = edit { continue }
                lines.append("\(pair): \(Self.describe(edit, in: alignment))")
                if case let .removed(old, _) = edit {
                    #expect(!alignment.new.indices.contains { alignment.new.key(of: $0) == alignment.old.key(of: old) },
                            "a moved sentence reported as removed in \(pair)")
                    #expect(!Self.isSplit(alignment.old.words(of: old), into: alignment.new),
                            "a split sentence reported as removed in \(pair)")
                }
            }
            #expect(alignment.hasDrift, "\(pair) has no drift")
        }
        let text = lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["HELPKIT_RECORD_FIXTURES"] != nil {
            try Data(text.utf8).write(to: Self.fixture)
        }
        let expected = try String(contentsOf: Self.fixture, encoding: .utf8)
        #expect(text == expected, "the edits changed; rerun with HELPKIT_RECORD_FIXTURES=1 and review the diff")
        #expect(lines.contains { $0.contains("change-exchange-online-plans sv-SE: changed") })
    }

    /// Whether some run of two or more consecutive sentences of `new` has exactly `words`.
    static func isSplit(_ words: [Substring], into new: EnglishSentences) -> Bool {
        new.indices.contains { start in
            var joined: [Substring] = []
            for index in start..<new.count {
                joined += new.words(of: index)
                if joined.count >= words.count { return index > start && joined == words }
            }
            return false
        }
    }

    /// How the translation of `slug` in `locale` lines up with the reference
    /// that `ReferencePolicy` picks among the corpus's locales.
    static func alignment(slug: String, locale: String) throws -> SentenceAlignment? {
        let articles = ["fr-FR", "ja-JP", "sv-SE"]
            .map { Corpus.root.appendingPathComponent("\($0)/\(slug).md").path }
            .filter { FileManager.default.fileExists(atPath: $0) }
            .map(ArticleStream.load)
        let candidates = articles.map { ReferencePolicy.Candidate(locale: $0.locale, lastHandoff: $0.frontMatter?.lastHandoff) }
        guard let reference = ReferencePolicy.reference(among: candidates, configured: nil, required: nil),
              let translation = articles.first(where: { $0.locale?.identifier == locale }) else { return nil }
        return SentenceAlignment(old: EnglishSentences(translation), new: EnglishSentences(articles[reference.index]))
    }

    static func describe(_ edit: SentenceAlignment.Edit, in alignment: SentenceAlignment) -> String {
        func old(_ index: Int) -> String { "\"\(alignment.old.displayText(of: index))\"" }
        func new(_ index: Int) -> String { "\"\(alignment.new.displayText(of: index))\"" }
        switch edit {
        case .unchanged: return "unchanged"
        case let .cosmetic(from, to): return "cosmetic \(old(from)) → \(new(to))"
        case let .moved(from, to): return "moved \(old(from)) from \(from) to \(to)"
        case let .split(from, to): return "split \(old(from)) → " + to.map(new).joined(separator: " + ")
        case let .merged(from, to): return "merged " + from.map(old).joined(separator: " + ") + " → \(new(to))"
        case let .changed(from, to, similarity): return "changed \(Int(similarity * 100))% \(old(from)) → \(new(to))"
        case let .added(to, before): return "added \(new(to)) before \(before)"
        case let .removed(from, nearest): return "removed \(old(from))" + (nearest.map { " near \(new($0))" } ?? "")
        }
    }

    /// `slug locale` → `changed_sentences` of every translation in the catalog at `path`.
    static func changedSentences(inCatalog path: String) throws -> [String: Int] {
        var database: OpaquePointer?
        guard sqlite3_open_v2(path, &database, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { throw CocoaError(.fileReadUnknown) }
        defer { sqlite3_close(database) }
        var statement: OpaquePointer?
        let query = """
            SELECT t.slug, l.tag, coalesce(a.changed_sentences, 0) FROM articles a
            JOIN topics t ON t.id = a.topic JOIN locales l ON l.id = a.locale
            WHERE a.translation NOT IN ('source', 'derived')
            """
        guard sqlite3_prepare_v2(database, query, -1, &statement, nil) == SQLITE_OK else { throw CocoaError(.fileReadCorruptFile) }
        defer { sqlite3_finalize(statement) }
        var counts: [String: Int] = [:]
        while sqlite3_step(statement) == SQLITE_ROW {
            let slug = String(cString: sqlite3_column_text(statement, 0))
            let locale = String(cString: sqlite3_column_text(statement, 1))
            counts["\(slug) \(locale)"] = Int(sqlite3_column_int64(statement, 2))
        }
        return counts
    }
}
