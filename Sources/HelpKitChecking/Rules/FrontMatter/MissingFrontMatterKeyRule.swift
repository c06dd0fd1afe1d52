import HelpKitCore

/// Front matter without a key helpkit needs to place and compare an article.
struct MissingFrontMatterKeyRule: ArticleRule {
    static let description = RuleDescription(
        identifier: "missing-front-matter-key",
        name: "Missing Front Matter Key",
        description: "The front matter lacks a required key: title everywhere; ms.contentlocale, ms.translationtype and ms.lasthandoff in a translation.",
        category: .frontMatter,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample(files: ["ja-JP/a.md": "↓---\ntitle: Title\nms.contentlocale: ja-JP\n---\n" + Sxs.unit(102, "開きます。", "Open it.") + "\n"]),
            RuleExample(files: ["en-US/a.md": "↓---\nms.topic: article\n---\nOpen it.\n"]),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("開きます。", "Open it."),
            RuleExample(files: ["en-US/a.md": Sxs.english(body: "Open it.")]),
        ]
    )

    static let requiredInEnglish = ["title"]
    static let requiredInTranslations = ["title", "ms.contentlocale", "ms.translationtype", "ms.lasthandoff"]

    static func check(_ article: ArticleContext, _ findings: inout FindingSink) {
        guard !article.isUnreadable, !article.isEmpty, article.frontMatter?.parseError == nil else { return }
        let required = article.isEnglish ? requiredInEnglish : requiredInTranslations
        let missing = required.filter { article.entry($0) == nil }
        guard !missing.isEmpty else { return }
        let what = article.frontMatter == nil ? "the article has no front matter; it needs" : "the front matter lacks"
        findings.report("\(what) \(missing.joined(separator: ", "))", in: article, at: .start, basis: missing.joined(separator: ","))
    }
}
