import HelpKitCore

/// A folder reached again through a symbolic link below itself.
struct SymlinkLoopRule: DiagnosticRule {
    static let description = RuleDescription(
        identifier: DiagnosticCode.symlinkLoop.rawValue,
        name: "Symbolic Link Loop",
        description: "A symbolic link leads back to a folder that contains it; the folder is walked once.",
        category: .structure,
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(files: ["ja-JP/a.md": Sxs.article(body: Sxs.unit(102, "開きます。", "Open it."))], links: ["ja-JP/again": "↓.."]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: ["shared/a.md": Sxs.article(body: Sxs.unit(102, "開きます。", "Open it."))], links: ["ja-JP": "shared"]),
        ]
    )
}
