import HelpKitCore

/// An article file with nothing in it.
struct EmptyFileRule: DiagnosticRule {
    static let description = RuleDescription(
        identifier: DiagnosticCode.emptyFile.rawValue,
        name: "Empty File",
        description: "An article file is empty; an article needs front matter and units.",
        category: .structure,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample(files: ["ja-JP/a.md": "↓"]),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("開きます。", "Open it."),
        ]
    )
}
