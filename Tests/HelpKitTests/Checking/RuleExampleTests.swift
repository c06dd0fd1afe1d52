import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Every rule's own examples")
struct RuleExampleTests {
    static let identifiers = RuleRegistry.all.map(\.identifier)

    static func rule(_ identifier: String) throws -> RuleDescription {
        try #require(RuleRegistry.all.first { $0.identifier == identifier })
    }

    @Test("triggering examples give a finding exactly at each marker, saying the example's message at the rule's severity",
          arguments: identifiers)
    func triggering(identifier: String) throws {
        let rule = try Self.rule(identifier)
        #expect(!rule.triggeringExamples.isEmpty, "\(identifier) has no triggering example")
        for example in rule.triggeringExamples {
            let outcome = try RuleExampleRunner.run(example, rule: rule)
            #expect(!outcome.expected.isEmpty, "a triggering example of \(identifier) has no ↓ marker")
            #expect(outcome.found == outcome.expected, "\(identifier): \(outcome.descriptions)")
            let message = try #require(example.message, "a triggering example of \(identifier) names no message; found \(outcome.descriptions)")
            #expect(outcome.findings.allSatisfy { $0.message.contains(message) },
                    "\(identifier): expected “\(message)” in \(outcome.descriptions)")
            #expect(outcome.findings.allSatisfy { $0.severity == rule.defaultSeverity },
                    "\(identifier) defaults to \(rule.defaultSeverity.rawValue): \(outcome.descriptions)")
        }
    }

    @Test("non-triggering examples give no finding", arguments: identifiers)
    func nonTriggering(identifier: String) throws {
        let rule = try Self.rule(identifier)
        #expect(!rule.nonTriggeringExamples.isEmpty, "\(identifier) has no non-triggering example")
        for example in rule.nonTriggeringExamples {
            let outcome = try RuleExampleRunner.run(example, rule: rule)
            #expect(outcome.expected.isEmpty, "a non-triggering example of \(identifier) has a marker")
            #expect(example.message == nil, "a non-triggering example of \(identifier) names a message")
            #expect(outcome.found.isEmpty, "\(identifier): \(outcome.descriptions)")
        }
    }

    @Test("a unit rule's finding names the unit and quotes its English and its translation, on one line",
          arguments: RuleRegistry.unitRules.map(\.identifier))
    func unitMessagesStandAlone(identifier: String) throws {
        let rule = try Self.rule(identifier)
        for example in rule.triggeringExamples {
            let outcome = try RuleExampleRunner.run(example, rule: rule)
            #expect(!outcome.findings.isEmpty)
            for finding in outcome.findings {
                #expect(finding.message.hasPrefix("unit 1a2b3-1"), "\(finding)")
                #expect(finding.message.contains("\" → \""), "\(finding)")
                #expect(!finding.message.contains("\n") && finding.message.count < 400, "\(finding)")
            }
        }
    }

    @Test("the unit rules are the translation rules that compare a unit's target with its source")
    func unitRules() {
        #expect(RuleRegistry.unitRules.map(\.identifier) == [
            "untranslated", "empty-target", "link-parity", "broken-link-syntax", "markup-parity", "placeholder-parity",
            "number-parity", "whitespace-mismatch", "length-ratio",
        ])
    }

    @Test("rules have distinct kebab-case identifiers and a one-line description")
    func descriptions() {
        #expect(Set(Self.identifiers).count == Self.identifiers.count)
        for rule in RuleRegistry.all {
            #expect(rule.identifier.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(rule.identifier)")
            #expect(!rule.name.isEmpty && !rule.description.isEmpty && !rule.description.contains("\n"), "\(rule.identifier)")
        }
    }

    @Test("every problem the parser and the folder walker report is a documented rule")
    func parserCodesAreRules() {
        let codes = DiagnosticCode.allCases.filter(\.isArticleProblem)
        #expect(codes.count == 12)
        for code in codes { #expect(Self.identifiers.contains(code.rawValue), "\(code)") }
    }

    @Test("the marker and byte escapes of an example are read as the parser counts columns")
    func exampleText() {
        let (bytes, marks) = RuleExampleRunner.prepare("ab\n日本↓語\\xFF↓x")
        #expect(bytes == Array("ab\n日本語".utf8) + [0xFF] + Array("x".utf8))
        #expect(marks.map(\.line) == [2, 2] && marks.map(\.column) == [3, 5])
    }
}
