import HelpKitCore

/// A NUL byte in an otherwise readable article.
struct NulByteRule: DiagnosticRule {
    static let description = RuleDescription(
        identifier: DiagnosticCode.nulByte.rawValue,
        name: "NUL Byte",
        description: "A NUL byte in the text; it is kept, but no tool downstream expects one.",
        category: .structure,
        defaultSeverity: .error,
        triggeringExamples: [
            .japanese(Sxs.unit(102, "開き↓\u{0}ます。", "Open it.")),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("開きます。", "Open it."),
        ]
    )
}
