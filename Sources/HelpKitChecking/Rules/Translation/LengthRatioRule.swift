import HelpKitCore

/// A translation far shorter or longer than its English.
///
/// Lengths count visible characters, East Asian wide ones twice (a Japanese
/// sentence has fewer, denser characters); markup and link targets do not
/// count, and short English is skipped, where ratios mean little.
struct LengthRatioRule: UnitRule {
    static let description = RuleDescription(
        identifier: "length-ratio",
        name: "Length Ratio",
        description: "A unit's translation is less than half or more than two and a half times as long as its English (wide CJK characters count twice); part may be missing or extra.",
        category: .translation,
        defaultSeverity: .info,
        triggeringExamples: [
            .japaneseUnit("開きます。", "Open the subscription page and verify that the new subscription is listed.", marked: true),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("新しいサブスクリプションが一覧に表示されていることを確認します。", "Verify that the new subscription is listed."),
            .japaneseUnit("OK", "Select OK."),
        ]
    )

    static let minimumEnglishWidth = 40
    static let bounds = (low: 0.5, high: 2.5)

    static func check(_ unit: UnitContext, _ findings: inout FindingSink) {
        let english = unit.source.visibleWidth
        guard english >= minimumEnglishWidth, !unit.unit.target.isBlank else { return }
        let ratio = Double(unit.target.visibleWidth) / Double(english)
        guard ratio < bounds.low || ratio > bounds.high else { return }
        let percent = Int((ratio * 100).rounded())
        findings.report("the translation is \(percent)% as long as the English; check that nothing is missing or added",
                        in: unit.article, at: unit.unit.location, basis: unit.basis)
    }
}
