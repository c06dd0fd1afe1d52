import HelpKitCore

/// A number of the English that the translation does not have.
///
/// Only missing numbers count: a translation may add some (a Japanese date
/// writes the month as a number where the English spells it out). Single
/// digits do not count either: many languages spell them out ("7 days" is
/// "sju dagar").
struct NumberParityRule: UnitRule {
    static let description = RuleDescription(
        identifier: "number-parity",
        name: "Number Parity",
        description: "A number in a unit's English is missing from its translation (digit grouping and full-width digits are allowed; link targets are not compared).",
        category: .translation,
        defaultSeverity: .warning,
        triggeringExamples: [
            .japaneseUnit("サブスクリプションは 12 日間有効です。", "The subscription stays valid for 21 days.", marked: true),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("2021 年 5 月 31 日から", "Starting May 31, 2021"),
            RuleExample(files: ["fr-FR/a.md": Sxs.article("fr-FR", body: Sxs.unit(102, "Jusqu’à 1\u{202F}000 utilisateurs.", "Up to 1,000 users."))]),
            .japaneseUnit("１０ 日以内", "Within 10 days"),
            RuleExample(files: ["sv-SE/a.md": Sxs.article("sv-SE", body: Sxs.unit(102, "Pausa i sju dagar.", "Pause for 7 days."))]),
            RuleExample(files: ["fr-FR/a.md": Sxs.article("fr-FR", body: Sxs.unit(102, "Migrer Exchange 2013, 2016 et 2019", "Migrate Exchange 2013,2016,2019"))]),
        ]
    )

    static func check(_ unit: UnitContext, _ findings: inout FindingSink) {
        let missing = unit.source.numbers.filter { $0.digits > 1 }.difference(subtracting: unit.target.numbers)
        guard !missing.isEmpty else { return }
        findings.report("the translation lacks the number\(missing.count == 1 ? "" : "s") \(missing.map(\.description).joined(separator: ", ")) of the English",
                        in: unit.article, at: unit.unit.location, basis: unit.basis)
    }
}
