import HelpKitCore

/// An article the pipeline marks as machine-translated.
struct MachineTranslationRule: ArticleRule {
    static let description = RuleDescription(
        identifier: "machine-translation",
        name: "Machine Translation",
        description: "The article is machine-translated (`ms.translationtype: MT`); a linguist has not reviewed it.",
        category: .translation,
        defaultSeverity: .info,
        triggeringExamples: [
            RuleExample(files: ["sv-SE/a.md": Sxs.article("sv-SE", type: "MT", body: Sxs.unit(102, "Öppna den.", "Open it."))
                .replacingAll("ms.translationtype", with: "↓ms.translationtype")]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: ["sv-SE/a.md": Sxs.article("sv-SE", type: "HT", body: Sxs.unit(102, "Öppna den.", "Open it."))]),
            RuleExample(files: ["sv-SE/a.md": Sxs.article("sv-SE", type: "MT", body: Sxs.unit(102, "Öppna den.", "Open it."))],
                        configuration: "rules:\n  machine-translation: off\n"),
        ]
    )

    static func check(_ article: ArticleContext, _ findings: inout FindingSink) {
        guard article.article.isMachineTranslated else { return }
        findings.report("machine-translated (ms.translationtype: MT); have a linguist review it before relying on it",
                        in: article, at: article.location(ofKey: "ms.translationtype"), basis: "MT")
    }
}
