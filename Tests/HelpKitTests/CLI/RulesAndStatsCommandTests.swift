import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("helpkit rules and helpkit stats")
struct RulesAndStatsCommandTests {
    @Test("rules lists every registered rule in each format")
    func rules() throws {
        let markdown = try HelpKitBinary.run(["rules", "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.text == RuleListing.render(RuleRegistry.all, as: .markdown))
        let json = try HelpKitBinary.run(["rules", "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: json.output) as? [Any])?.count == RuleRegistry.all.count)
        let text = try HelpKitBinary.run(["rules"])
        #expect(text.lines.count == 1 + RuleRegistry.all.count)
        #expect(try HelpKitBinary.run(["rules", "--format", "yaml"]).status == 2)
    }

    @Test("stats on the bundled content, as CSV and JSON")
    func stats() throws {
        let csv = try HelpKitBinary.run(["stats", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.lines.count == 7)
        #expect(csv.lines[0] == "locale,articles,units,source_words,translated,untranslated,drifted,human_translated,machine_translated")
        let swedish = try #require(csv.lines.first { $0.hasPrefix("sv-SE,") })
        #expect(swedish.hasPrefix("sv-SE,1,7,") && swedish.hasSuffix(",0,1"))
        let json = try HelpKitBinary.run(["stats", "--format", "json"])
        let total = (try JSONSerialization.jsonObject(with: json.output) as? [String: Any])?["total"] as? [String: Any]
        #expect(total?["units"] as? Int == 35 && total?["machine_translated"] as? Int == 1 && total?["human_translated"] as? Int == 4)
        let text = try HelpKitBinary.run(["stats"])
        #expect(text.lines.last?.hasPrefix("total ") == true)
    }

    @Test("stats exits 2 for an unreadable path or a bad project file")
    func statsUnusable() throws {
        #expect(try HelpKitBinary.run(["stats", "no-such-folder"]).status == 2)
        let folder = try CheckFixtures.folder(CheckFixtures.seed)
        try folder.write(".helpkit.yml", "nonsense: 1\n")
        let run = try HelpKitBinary.run(["stats", "help"], currentDirectory: folder.url)
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix(".helpkit.yml:1:1: error: unknown key `nonsense`"))
    }
}
