import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("The rule list")
struct RuleListingTests {
    @Test("markdown: a table row per rule, pipes in descriptions escaped")
    func markdown() {
        let lines = RuleListing.render(ReportFixtures.rules, as: .markdown).split(separator: "\n").map(String.init)
        #expect(lines[0] == "| rule | name | category | default | description |")
        #expect(lines.count == 2 + ReportFixtures.rules.count)
        #expect(lines[2] == "| `source-drift` | Source Drift | drift | warning | The English a unit was translated from differs from the reference. |")
        #expect(lines[3] == #"| `untranslated` | Untranslated | translation | warning | The target repeats the English source \| word for word. |"#)
    }

    @Test("text: aligned columns")
    func text() {
        let lines = RuleListing.render(ReportFixtures.rules, as: .text).split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("rule                 name                 category     default  description"))
        #expect(lines[3].hasPrefix("machine-translation  Machine Translation  translation  info     The article"))
    }

    @Test("JSON: every field of every rule")
    func json() throws {
        let records = try #require(try JSONSerialization.jsonObject(with: Data(RuleListing.render(ReportFixtures.rules, as: .json).utf8))
            as? [[String: String]])
        #expect(records.count == 4)
        #expect(records[3] == ["identifier": "missing-unit", "name": "Missing Unit", "category": "structure",
                               "defaultSeverity": "error", "description": "A unit of the reference has no counterpart."])
    }

    @Test("the README's rule table is the generated one (run `make docs` after changing a rule)")
    func readmeIsGenerated() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- rules:begin -->\n"))
        let end = try #require(readme.range(of: "<!-- rules:end -->", range: begin.upperBound..<readme.endIndex))
        #expect(String(readme[begin.upperBound..<end.lowerBound]) == RuleListing.render(RuleRegistry.all, as: .markdown))
    }
}
