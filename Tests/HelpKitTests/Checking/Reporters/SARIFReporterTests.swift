import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("SARIF reports")
struct SARIFReporterTests {
    static func log(_ reporter: SARIFReporter = SARIFReporter(baseDirectory: "/work/project"),
                    _ report: CheckReport = ReportFixtures.report) throws -> (text: String, run: [String: Any]) {
        let text = reporter.render(report)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        return (text, run)
    }

    @Test("the log validates against the SARIF 2.1.0 schema")
    func validatesAgainstSchema() throws {
        let (text, _) = try Self.log()
        let problems = try JSONSchemaValidator.problems(in: text)
        #expect(problems == [])
        let empty = SARIFReporter().render(CheckReport(findings: [], files: [], articleCount: 0, locales: [], rules: []))
        let emptyProblems = try JSONSchemaValidator.problems(in: empty)
        #expect(emptyProblems == [])
    }

    @Test("the validator is real: it rejects a log with a level SARIF does not have")
    func validatorRejectsInvalidLog() throws {
        let (text, _) = try Self.log()
        let broken = text.replacingOccurrences(of: #""level":"note""#, with: #""level":"info""#)
        #expect(broken != text)
        let problems = try JSONSchemaValidator.problems(in: broken)
        #expect(problems.contains { $0.hasPrefix("runs/0/results/1/level: 'info' is not one of") })
    }

    @Test("the driver describes every rule, and each result's ruleIndex points at its rule")
    func rulesAndIndices() throws {
        let (_, run) = try Self.log()
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "helpkit")
        #expect(driver["version"] as? String == ToolInfo.version)
        // helpkit has no public home page yet; SARIF makes informationUri optional.
        #expect(driver["informationUri"] == nil)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["source-drift", "untranslated", "machine-translation", "missing-unit", "unpaired-span"])
        let drift = rules[0]
        #expect(drift["name"] as? String == "SourceDrift")
        #expect((drift["shortDescription"] as? [String: Any])?["text"] as? String
            == "The English a unit was translated from differs from the reference.")
        #expect(((drift["fullDescription"] as? [String: Any])?["text"] as? String)?.contains("Category: drift") == true)
        #expect((drift["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")
        #expect(((drift["help"] as? [String: Any])?["text"] as? String)?.contains(".helpkit.yml") == true)

        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == ReportFixtures.report.findings.count)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        #expect(results.map { $0["level"] as? String } == ["warning", "note", "warning", "error", "warning"])
    }

    @Test("results carry relative, percent-encoded locations in code points and the stable fingerprint")
    func locations() throws {
        let (_, run) = try Self.log()
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let bases = try #require(run["originalUriBaseIds"] as? [String: [String: String]])
        #expect(bases["SRCROOT"]?["uri"] == "file:///work/project/")
        let results = try #require(run["results"] as? [[String: Any]])
        let missing = results[3]
        let physical = try #require(((missing["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        let artifact = try #require(physical["artifactLocation"] as? [String: String])
        #expect(artifact["uri"] == "content/fr-FR/it%27s%20a%2C%20b%3A%20c.md")
        #expect(artifact["uriBaseId"] == "SRCROOT")
        let region = try #require(physical["region"] as? [String: Int])
        #expect(region == ["startLine": 12, "startColumn": 3])
        #expect(missing["partialFingerprints"] as? [String: String] == ["helpkit/v1": ReportFixtures.missing.fingerprint])
        let driftMessage = (results[0]["message"] as? [String: String])?["text"]
        #expect(driftMessage == "the English of this unit changed\nWas: Admins need to switch plans manually.\n"
            + "Now: Admins must change plans manually in the Microsoft 365 admin center.")
    }

    @Test("a path below the base folder is made relative; one outside stays an absolute file URI")
    func absolutePaths() throws {
        let inside = ReportFixtures.finding("untranslated", .warning, "m", "/work/project/content/ja-JP/a b.md", 1, 1,
                                            ReportFixtures.japanese, "a b")
        let outside = ReportFixtures.finding("untranslated", .warning, "m", "/tmp/other/ja-JP/a.md", 1, 1,
                                             ReportFixtures.japanese, "a")
        let (text, run) = try Self.log(SARIFReporter(baseDirectory: "/work/project"), ReportFixtures.report([inside, outside]))
        let uris = try #require(run["results"] as? [[String: Any]]).map { result in
            (((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
                as? [String: String])?["uri"]
        }
        #expect(uris == ["content/ja-JP/a%20b.md", "file:///tmp/other/ja-JP/a.md"])
        let problems = try JSONSchemaValidator.problems(in: text)
        #expect(problems == [])
    }

    @Test("the project file's tuning shows in the rules' default configuration")
    func configurationLevels() throws {
        var configuration = CheckConfiguration()
        configuration.disabledRules = ["machine-translation"]
        configuration.severities = ["untranslated": .error]
        let (_, run) = try Self.log(SARIFReporter(configuration: configuration))
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let settings = rules.map { $0["defaultConfiguration"] as? [String: Any] }
        #expect(settings[1]?["level"] as? String == "error")
        #expect(settings[2]?["enabled"] as? Bool == false)
        #expect(settings[0]?["enabled"] as? Bool == true)
    }
}
