import HelpKitCore

/// Bytes that are not UTF-8 in an otherwise readable article.
struct InvalidUTF8Rule: DiagnosticRule {
    static let description = RuleDescription(
        identifier: DiagnosticCode.invalidUTF8.rawValue,
        name: "Invalid UTF-8",
        description: "Bytes that are not UTF-8; they are kept, but read and shown as U+FFFD.",
        category: .structure,
        defaultSeverity: .error,
        triggeringExamples: [
            .japanese(Sxs.unit(102, "開き↓\\xFFます。", "Open it.")),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("開きます。", "Open it."),
        ]
    )
}
