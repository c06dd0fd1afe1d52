import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// The whole real corpus, checked once: drift findings against the
/// hand-checked list of real drift in Tests/Fixtures/real-drift.txt.
@Suite("Drift on the real corpus", .enabled(if: Corpus.isAvailable, "needs ../shared/corpus/alchemy-sxs.tar.xz"))
struct CorpusDriftTests {
    static let driftRules: Set<String> = ["source-drift", "missing-unit", "extra-unit"]

    static let report = Checker().check(paths: [Corpus.root.path])

    /// `slug locale` pairs, from a fixture with `#` comments.
    static func fixture(_ name: String) throws -> [String] {
        let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/\(name)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init)
    }

    static var drifted: Set<String> {
        Set(report.findings.filter { driftRules.contains($0.ruleID) }.map { "\($0.slug) \($0.locale?.identifier ?? "?")" })
    }

    @Test("precision and recall of drift findings are both at least 95% against the hand-checked list")
    func precisionAndRecall() throws {
        let expected = Set(try Self.fixture("real-drift.txt"))
        let found = Self.drifted
        let hits = Double(found.intersection(expected).count)
        let precision = found.isEmpty ? 0 : hits / Double(found.count)
        let recall = hits / Double(expected.count)
        #expect(expected.count == 27)
        #expect(precision >= 0.95, "reported but not real: \(found.subtracting(expected).sorted())")
        #expect(recall >= 0.95, "real but not reported: \(expected.subtracting(found).sorted())")
    }

    @Test("the ~450 articles whose sources differ only by pipeline rewrites are not reported as drift")
    func pipelineNoiseIsQuiet() throws {
        let noise = Set(try Self.fixture("pipeline-noise.txt"))
        #expect(noise.count == 450)
        let reported = Set(Self.drifted.map { String($0.split(separator: " ")[0]) })
        #expect(reported.intersection(noise).isEmpty, "\(reported.intersection(noise).sorted())")
    }

    @Test("the Swedish change-exchange-online-plans says which sentence changed, old → new")
    func changedSentence() throws {
        let drift = Self.report.findings.filter { $0.ruleID == "source-drift" && $0.slug == "change-exchange-online-plans" }
        #expect(drift.allSatisfy { $0.locale?.identifier == "sv-SE" && $0.path.hasSuffix("sv-SE/change-exchange-online-plans.md") })
        let change = try #require(drift.first { $0.change?.old == "Admins need to switch plans manually." }?.change)
        #expect(change.new == "Admins must change plans manually in the Microsoft 365 admin center.")
        let first = try #require(drift.first { $0.change == change })
        #expect(first.location.line == 23 && first.location.column == 1)
        #expect(first.message.contains("\"Admins need to switch plans manually.\" is now \"Admins must change plans manually"))
    }

    @Test("the Swedish articles on an older revision with the same sentences are a stale revision, not drift")
    func staleRevisions() {
        let stale = Self.report.findings.filter { $0.ruleID == "stale-source-revision" }
        #expect(stale.count > 100)
        #expect(stale.allSatisfy { $0.severity == .info && $0.locale?.identifier == "sv-SE" })
        #expect(Set(stale.map(\.slug)).isDisjoint(with: Self.drifted.map { String($0.split(separator: " ")[0]) }))
    }

    @Test("fingerprints are unique within the run, so a baseline can tell every finding apart")
    func uniqueFingerprints() {
        let keys = Self.report.findings.map { "\($0.ruleID) \($0.fingerprint)" }
        #expect(Set(keys).count == keys.count)
        #expect(Self.report.fileCount == 8164 && Self.report.articleCount == 2727)
    }
}
