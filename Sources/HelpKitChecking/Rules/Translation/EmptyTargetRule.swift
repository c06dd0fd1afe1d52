import HelpKitCore

/// A unit with English but no translation.
struct EmptyTargetRule: UnitRule {
    static let description = RuleDescription(
        identifier: "empty-target",
        name: "Empty Target",
        description: "A unit's translation is empty while its English is not; readers see nothing where the sentence should be.",
        category: .translation,
        defaultSeverity: .error,
        triggeringExamples: [
            .japaneseUnit("", "Open the **Settings** page.", marked: true),
            .japaneseUnit(" ", "Open the **Settings** page.", marked: true),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("[設定] ページを開きます。", "Open the **Settings** page."),
            .japaneseUnit("", ""),
        ]
    )

    static func check(_ unit: UnitContext, _ findings: inout FindingSink) {
        guard unit.unit.target.isBlank, !unit.unit.source.isBlank else { return }
        findings.report("the translation is empty; the English reads \(Quote.short(unit.english))",
                        in: unit.article, at: unit.unit.location, basis: unit.basis)
    }
}
