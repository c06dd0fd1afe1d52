import HelpKitCore

/// An article file or folder that cannot be read.
struct UnreadableFileRule: DiagnosticRule {
    static let description = RuleDescription(
        identifier: DiagnosticCode.unreadableFile.rawValue,
        name: "Unreadable File",
        description: "An article file or folder cannot be read (missing, a broken link, no permission, not a regular file).",
        category: .structure,
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(files: [:], links: ["ja-JP/a.md": "↓missing.md"]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: ["ja-JP/b.md": Sxs.article(body: Sxs.unit(102, "開きます。", "Open it."))], links: ["ja-JP/a.md": "b.md"]),
        ]
    )
}
