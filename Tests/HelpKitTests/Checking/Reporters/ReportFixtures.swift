import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI


/// Findings and rules made for the reporter tests: every severity, a drift
/// with its old and new English, a rule the registry does not list (a parser
/// diagnostic), and a file name with the characters reports must escape.
enum ReportFixtures {
    static let rules = [
        rule("source-drift", "Source Drift", .drift, .warning, "The English a unit was translated from differs from the reference."),
        rule("untranslated", "Untranslated", .translation, .warning, "The target repeats the English source | word for word."),
        rule("machine-translation", "Machine Translation", .translation, .info, "The article is machine-translated."),
        rule("missing-unit", "Missing Unit", .structure, .error, "A unit of the reference has no counterpart."),
    ]

    static let swedish = LocaleTag("sv-SE")
    static let japanese = LocaleTag("ja-JP")
    static let french = LocaleTag("fr-FR")

    static let drift = finding(
        "source-drift", .warning, "the English of this unit changed", "content/sv-SE/change-plans.md", 23, 5, swedish,
        "change-plans", change: TextChange(old: "Admins need to switch plans manually.",
                                           new: "Admins must change plans manually in the Microsoft 365 admin center."))
    static let machine = finding("machine-translation", .info, "machine-translated (ms.translationtype: MT)",
                                 "content/sv-SE/change-plans.md", 1, 1, swedish, "change-plans")
    static let untranslated = finding("untranslated", .warning, "the target is the English source",
                                      "content/ja-JP/change-plans.md", 30, 1, japanese, "change-plans")
    static let missing = finding("missing-unit", .error, "the unit \"Open Settings, then Storage.\" is missing",
                                 "content/fr-FR/it's a, b: c.md", 12, 3, french, "it's a, b: c")
    static let parser = finding("unpaired-span", .warning, "stray </span> in the translation of unit abcde-103",
                                "content/fr-FR/it's a, b: c.md", 8, 32, french, "it's a, b: c")

    static let report = CheckReport(findings: [drift, machine, untranslated, missing, parser],
                                     files: ["content/en-US/change-plans.md", "content/fr-FR/it's a, b: c.md",
                                             "content/ja-JP/change-plans.md", "content/sv-SE/change-plans.md"],
                                     articleCount: 2, locales: [french, japanese, swedish].compactMap { $0 }, rules: rules)

    static func rule(_ identifier: String, _ name: String, _ category: RuleCategory, _ severity: Severity,
                     _ description: String) -> RuleDescription {
        RuleDescription(identifier: identifier, name: name, description: description, category: category,
                        defaultSeverity: severity, triggeringExamples: [], nonTriggeringExamples: [])
    }

    static func finding(_ rule: String, _ severity: Severity, _ message: String, _ path: String, _ line: Int,
                        _ column: Int, _ locale: LocaleTag?, _ slug: String, change: TextChange? = nil) -> Finding {
        Finding(ruleID: rule, severity: severity, message: message, path: path,
                location: SourceLocation(line: line, column: column, offset: 0), locale: locale, slug: slug,
                fingerprintBasis: "\(slug)|\(locale?.identifier ?? "")|\(message)", change: change)
    }

    static func report(_ findings: [Finding], files: [String]? = nil) -> CheckReport {
        CheckReport(findings: findings, files: files ?? Array(Set(findings.map(\.path))).sorted(), articleCount: Set(findings.map(\.slug)).count,
                    locales: Array(Set(findings.compactMap(\.locale))).sorted(), rules: rules)
    }
}
