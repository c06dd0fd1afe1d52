import HelpKitCore

/// Front matter that is not a readable YAML mapping.
struct InvalidFrontMatterRule: DiagnosticRule {
    static let description = RuleDescription(
        identifier: DiagnosticCode.invalidFrontMatter.rawValue,
        name: "Invalid Front Matter",
        description: "The YAML front matter does not parse, or its closing `---` is missing; its keys (title, locale, context ids) are lost.",
        category: .frontMatter,
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(files: ["ja-JP/a.md": "↓---\ntitle: Title\nms.contentlocale: ja-JP\n" + Sxs.unit(102, "開きます。", "Open it.") + "\n"]),
            RuleExample(files: ["ja-JP/a.md": "---\ntitle: Title\nms.custom: [1278\nms.contentlocale↓: ja-JP\n---\n" + Sxs.unit(102, "開きます。", "Open it.") + "\n"]),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("開きます。", "Open it."),
        ]
    )
}
