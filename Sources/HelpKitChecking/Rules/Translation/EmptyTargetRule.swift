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
            .japaneseUnit("", "Open the **Settings** page.", marked: true)
                .expecting("unit 1a2b3-102: the translation is empty: \"Open the **Settings** page.\" → \"\""),
            .japaneseUnit(" ", "Open the **Settings** page.", marked: true)
                .expecting("the translation is empty"),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("[設定] ページを開きます。", "Open the **Settings** page."),
            .japaneseUnit("", ""),
        ]
    )

    static func check(_ unit: UnitContext, _ findings: inout FindingSink) {
        guard unit.unit.target.isBlank, !unit.unit.source.isBlank else { return }
        findings.report("the translation is empty", on: unit)
    }
}
