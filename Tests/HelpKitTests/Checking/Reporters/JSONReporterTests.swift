import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("JSON reports")
struct JSONReporterTests {
    @Test("one document with every finding's fields, its fingerprint and the summary counts")
    func document() throws {
        let text = JSONReporter(knownFindings: 2).render(ReportFixtures.report)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 1 && summary["warnings"] as? Int == 3 && summary["infos"] as? Int == 1)
        #expect(summary["files"] as? Int == 4 && summary["articles"] as? Int == 2 && summary["knownFindings"] as? Int == 2)
        #expect(summary["locales"] as? Int == 3)
        #expect(document["locales"] as? [String] == ["fr-FR", "ja-JP", "sv-SE"])
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.count == 5)
        let drift = findings[0]
        #expect(drift["ruleID"] as? String == "source-drift")
        #expect(drift["severity"] as? String == "warning")
        #expect(drift["path"] as? String == "content/sv-SE/change-plans.md")
        #expect(drift["line"] as? Int == 23 && drift["column"] as? Int == 5)
        #expect(drift["locale"] as? String == "sv-SE" && drift["slug"] as? String == "change-plans")
        #expect(drift["fingerprint"] as? String == ReportFixtures.drift.fingerprint)
        #expect(drift["fingerprintBasis"] as? String == ReportFixtures.drift.fingerprintBasis)
        #expect(drift["change"] as? [String: String] == ["old": "Admins need to switch plans manually.",
                                                          "new": "Admins must change plans manually in the Microsoft 365 admin center."])
        #expect(findings[1]["change"] == nil)
    }

    /// Two processes, not two renders in one: each process seeds Swift's
    /// hashing afresh, so a dictionary's order leaking into the output shows
    /// only between processes.
    @Test("the same content gives the same bytes from two separate runs", arguments: ["json", "sarif"])
    func stable(format: String) throws {
        let arguments = ["check", repositoryRoot.appendingPathComponent("content").path, "--format", format, "--fail-on", "never"]
        // One working folder for both: SARIF names it as the base of relative paths.
        let workspace = try Workspace()
        let first = try HelpKitBinary.run(arguments, currentDirectory: workspace.url)
        let second = try HelpKitBinary.run(arguments, currentDirectory: workspace.url)
        #expect(first.status == 0 && second.status == 0)
        #expect(first.text.contains("machine-translation"))
        #expect(first.output == second.output)
    }
}
