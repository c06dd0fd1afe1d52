import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// Every report format over the whole real corpus, from one check run.
@Suite("Reports on the real corpus", .enabled(if: Corpus.isAvailable, "the corpus archive is not beside the checkout"))
struct CorpusReportTests {
    static let files = ContentWalker(paths: [Corpus.root.path]).files
    static let report = Checker().check(paths: [Corpus.root.path])

    @Test("every report format reads back as its consumers need")
    func everyFormat() throws {
        let report = Self.report
        #expect(report.fileCount == 8164)

        let junit = JUnitReporter().render(report)
        #expect(XMLCheck.problem(in: junit) == nil)
        #expect(XMLCheck.count("testcase", in: junit) == Self.files.count)
        #expect(XMLCheck.count("failure", in: junit) == report.findings.filter { $0.severity == .error }.count)

        // Schema validity depends on the shapes of results, not their number:
        // up to 50 findings per rule, plus every file name with characters a URI must escape.
        var perRule: [String: Int] = [:]
        let sample = report.findings.filter { finding in
            perRule[finding.ruleID, default: 0] += 1
            return perRule[finding.ruleID, default: 0] <= 50 || finding.path.contains { !$0.isASCII || $0 == " " || $0 == "'" }
        }
        var sampled = report
        sampled.findings = sample
        let sarif = SARIFReporter(baseDirectory: Corpus.root.deletingLastPathComponent().path).render(sampled)
        let problems = try JSONSchemaValidator.problems(in: sarif)
        #expect(problems == [])

        let github = GitHubActionsReporter().render(report).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(github.count == report.findings.count + 2)
        #expect(github.dropLast(2).allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })

        let json = try JSONSerialization.jsonObject(with: Data(JSONReporter().render(report).utf8)) as? [String: Any]
        #expect((json?["findings"] as? [Any])?.count == report.findings.count)

        let text = TextReporter().render(report)
        #expect(text.hasSuffix(" in 8164 files (\(report.articleCount) articles, \(report.locales.count) locales)\n"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("a baseline of the corpus leaves nothing new on the same content")
    func baseline() {
        let baseline = Baseline(Self.report.findings)
        let (new, known) = baseline.newFindings(in: Self.report.findings)
        #expect(new.isEmpty)
        #expect(known == Self.report.findings.count)
    }
}
