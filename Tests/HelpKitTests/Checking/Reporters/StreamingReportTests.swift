import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking

/// Text, JSON Lines and GitHub annotations are printed article group by
/// article group while the check runs; what they print must be the report
/// rendered at once.
@Suite("Reports streamed while checking")
struct StreamingReportTests {
    /// The reporters that stream, each as `check` builds it for some options.
    static var reporters: [any StreamingCheckReporter] { [TextReporter(), TextReporter(showInfos: true), GitHubActionsReporter(), JSONLinesReporter()] }

    @Test("a path that cannot be read is printed among the articles, where its name sorts")
    func pathFindingsInOrder() {
        let content = repositoryRoot.appendingPathComponent("content").path
        // "device-pin-…" is the bundled article: "a-missing" sorts before it, "z-missing" after.
        let paths = [content + "/fr-FR/z-missing.md", content, content + "/ja-JP/a-missing.md"]
        Self.expectStreamedAsRendered(paths: paths)
    }

    @Test("JSON Lines holds the JSON report's findings, one per line, in report order")
    func jsonLines() throws {
        let report = Checker().check(paths: [repositoryRoot.appendingPathComponent("content").path])
        let lines = JSONLinesReporter().render(report).split(separator: "\n").map(String.init)
        let json = JSONReporter().render(report).split(separator: "\n").map(String.init)
        let listed = json.dropFirst().prefix { !$0.hasPrefix("]") }.map { $0.hasSuffix(",") ? String($0.dropLast()) : $0 }
        #expect(lines.count == report.findings.count)
        #expect(!lines.isEmpty)
        #expect(lines.sorted() == listed.sorted())
        let ordered = report.findings.sorted(by: Finding.reportOrder)
        #expect(zip(lines, ordered).allSatisfy { line, finding in
            line.contains("\"fingerprint\":\"\(finding.fingerprint)\"") && line.contains("\"line\":\(finding.location.line),")
        })
    }

    @Test("every article of the real corpus, streamed, is the report rendered at once; the check keeps nothing",
          .enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
    func corpus() {
        Self.expectStreamedAsRendered(paths: [Corpus.root.path])
    }

    @Test("a baseline accounts for the same findings whether they come at once or in batches",
          .enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
    func baselineInBatches() {
        let report = Checker().check(paths: [Corpus.root.path])
        let baseline = Baseline(Array(report.findings.filter { $0.severity == .warning }))
        var batches: [[Finding]] = []
        _ = Checker().check(paths: [Corpus.root.path]) { batches.append($0) }
        var filter = Baseline.Filter(baseline)
        let new = batches.flatMap { filter.newFindings(in: $0) }
        let (expected, known) = baseline.newFindings(in: report.findings)
        #expect(filter.known == known)
        #expect(known == baseline.entries.count)
        #expect(Set(new.map(\.fingerprint)) == Set(expected.map(\.fingerprint)))
        #expect(new.count == expected.count)
    }

    private static func expectStreamedAsRendered(paths: [String]) {
        let report = Checker().check(paths: paths)
        var batches: [[Finding]] = []
        let streamed = Checker().check(paths: paths) { batches.append($0) }
        #expect(streamed.findings.isEmpty)
        #expect(batches.joined().count == report.findings.count)
        #expect(report.findings.contains { $0.ruleID == "unreadable-file" } == paths.contains { $0.hasSuffix("missing.md") })
        for reporter in reporters {
            var streaming = reporter
            var text = ""
            for batch in batches { streaming.write(batch) { text += $0 } }
            streaming.finish(ReportSummary(report)) { text += $0 }
            #expect(text == reporter.render(report), "\(type(of: reporter))")
        }
    }
}
