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
            .japaneseUnit("[設定] を選びます。", "Select **Settings**.", marked: true)
                .expecting("unit 1a2b3-102: bold lost (2 delimiters in the English, 0 here): \"Select **Settings**.\" → \"[設定] を選びます。\""),
            .japaneseUnit("Set-Mailbox を実行します。", "Run `Set-Mailbox`.", marked: true)
                .expecting("inline code lost (2 delimiters in the English, 0 here)"),
            .japaneseUnit("**課金** > **製品** に移動します。", "Go to **Billing** \\> **Products**.", marked: true)
                .expecting("escape lost (1 in the English, 0 here)"),
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
        let counts: [(name: String, marker: String, english: Int, translated: Int)] = [
            ("bold", "**", english.strongDelimiters, translated.strongDelimiters),
            ("italic", "*", english.emphasisDelimiters, translated.emphasisDelimiters),
            ("inline code", "`", english.codeDelimiters, translated.codeDelimiters),
            ("escape", "\\", english.escapes, translated.escapes),
        ]
        let differing = counts.filter { $0.english != $0.translated }
        guard let first = differing.first else { return }
        let parts = differing.map { count in
            let change = count.english > count.translated ? "lost" : "added"
            let noun = count.name == "escape" ? "" : " delimiters"
            return "\(count.name) \(change) (\(count.english)\(noun) in the English, \(count.translated) here)"
        }
        findings.report(parts.joined(separator: "; "), on: unit, english: first.marker, translation: first.marker)
    }
}
