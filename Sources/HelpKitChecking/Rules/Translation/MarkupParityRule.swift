import HelpKitCore

/// A translation whose inline markdown differs from its English's.
struct MarkupParityRule: UnitRule {
    static let description = RuleDescription(
        identifier: "markup-parity",
        name: "Markup Parity",
        description: "A unit's translation has another number of bold, italic or inline-code delimiters, or of backslash escapes, than its English.",
        category: .translation,
        defaultSeverity: .warning,
        triggeringExamples: [
            .japaneseUnit("[設定] を選びます。", "Select **Settings**.", marked: true),
            .japaneseUnit("Set-Mailbox を実行します。", "Run `Set-Mailbox`.", marked: true),
            .japaneseUnit("**課金** > **製品** に移動します。", "Go to **Billing** \\> **Products**.", marked: true),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("**設定** を選びます。", "Select **Settings**."),
            .japaneseUnit("`Set-Mailbox` を *今すぐ* 実行します。", "Run `Set-Mailbox` *now*."),
            .japaneseUnit("5 * 3 の表", "The 5 * 3 table"),
        ]
    )

    static func check(_ unit: UnitContext, _ findings: inout FindingSink) {
        let english = unit.source
        let translated = unit.target
        let counts: [(String, Int, Int)] = [
            ("bold", english.strongDelimiters, translated.strongDelimiters),
            ("italic", english.emphasisDelimiters, translated.emphasisDelimiters),
            ("inline code", english.codeDelimiters, translated.codeDelimiters),
            ("escape", english.escapes, translated.escapes),
        ]
        let differing = counts.filter { $0.1 != $0.2 }
        guard !differing.isEmpty else { return }
        let parts = differing.map { "\($0.0) delimiters: \($0.1) in the English, \($0.2) here" }
        findings.report(parts.joined(separator: "; "), in: unit.article, at: unit.unit.location, basis: unit.basis)
    }
}
