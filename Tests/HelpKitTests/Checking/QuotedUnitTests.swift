import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking

@Suite("What the checker gathers for reports: quoted units and statistics")
struct QuotedUnitTests {
    @Test("a finding inside a unit quotes it; one about the file as a whole quotes none")
    func quotes() throws {
        let folder = try TemporaryFolder()
        try folder.write("en-US/a.md", "Open the new settings page. Close it.\n")
        let french = sxsArticle(locale: "fr-FR", body: sxsUnit("abcde-101", target: "Ouvrez la page.", source: "Open the page.")
            + " " + sxsUnit("abcde-102", target: "Fermez-la.", source: "Close it."))
        try folder.write("fr-FR/a.md", french.replacingOccurrences(of: "ms.translationtype: HT", with: "ms.translationtype: MT"))
        let findings = Checker().check(paths: [folder.url.path]).findings
        let drift = try #require(findings.first { $0.ruleID == "source-drift" })
        #expect(drift.unit == QuotedUnit(id: "abcde-101", source: "Open the page.", target: "Ouvrez la page."))
        let machine = try #require(findings.first { $0.ruleID == "machine-translation" })
        #expect(machine.unit == nil)
    }

    @Test("statistics counted during the check are those of the articles counted one by one")
    func statistics() throws {
        let content = repositoryRoot.appendingPathComponent("content").path
        var checker = Checker()
        #expect(checker.check(paths: [content]).statistics == nil)
        checker.countsStatistics = true
        let report = checker.check(paths: [content])
        var expected = ContentStatistics()
        for path in report.files { expected.add(ArticleParser.parse(try FileReader.read(path), path: path)) }
        expected.count(report.findings)
        #expect(report.statistics?.rows == expected.rows)
        #expect(report.statistics?.total == expected.total)
    }
}
