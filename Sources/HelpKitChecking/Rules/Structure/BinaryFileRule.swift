import HelpKitCore

/// A file named like an article whose start is mostly NUL bytes or not UTF-8.
struct BinaryFileRule: DiagnosticRule {
    static let description = RuleDescription(
        identifier: DiagnosticCode.binaryFile.rawValue,
        name: "Binary File",
        description: "A .md file that looks binary (NUL bytes or invalid UTF-8 near its start); it is not read as an article.",
        category: .structure,
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(files: ["ja-JP/a.md": "↓PK\u{3}\u{4}" + String(repeating: "\u{0}", count: 64)]),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("開きます。", "Open it."),
        ]
    )
}
