import HelpKitCore

/// A translation whose English article is gone.
struct ExtraArticleRule: GroupRule {
    static let description = RuleDescription(
        identifier: "extra-article",
        name: "Extra Article",
        description: "A translation has no article in the reference locale (en-US, or the configured reference): it is orphaned.",
        category: .structure,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample(files: [
                "en-US/a.md": Sxs.english(body: "Open it."),
                "ja-JP/a.md": Sxs.article(body: Sxs.unit(102, "開きます。", "Open it.")),
                "ja-JP/old.md": "↓" + Sxs.article(body: Sxs.unit(102, "閉じます。", "Close it.")),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "en-US/a.md": Sxs.english(body: "Open it."),
                "ja-JP/a.md": Sxs.article(body: Sxs.unit(102, "開きます。", "Open it.")),
            ]),
            // With no English folder, each article's newest revision is its reference.
            RuleExample(files: ["ja-JP/a.md": Sxs.article(body: Sxs.unit(102, "開きます。", "Open it."))]),
        ]
    )

    static func check(_ group: GroupContext, _ findings: inout FindingSink) {
        guard let required = group.requiredReferenceLocale, group.reference == nil else { return }
        for translation in group.translations {
            findings.report("no \(required) article \(group.slug).md: this translation is orphaned; remove it or restore the English",
                            in: translation, at: .start, basis: "orphan")
        }
    }
}
