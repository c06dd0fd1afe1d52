import HelpKitCore

/// `ms.contentlocale` naming another locale than the article's folder.
struct ContentLocaleMismatchRule: ArticleRule {
    static let description = RuleDescription(
        identifier: "content-locale-mismatch",
        name: "Content Locale Mismatch",
        description: "ms.contentlocale names another locale than the folder the article is in, or is not a locale tag.",
        category: .frontMatter,
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(files: ["ja-JP/a.md": "---\ntitle: Title\nms.translationtype: HT\n↓ms.contentlocale: fr-FR\nms.lasthandoff: 09/14/2020\n---\n"
                + Sxs.unit(102, "開きます。", "Open it.") + "\n"]),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("開きます。", "Open it."),
            RuleExample(files: ["ja-JP/a.md": "---\ntitle: Title\nms.translationtype: HT\nms.contentlocale: ja-jp\nms.lasthandoff: 09/14/2020\n---\n"
                + Sxs.unit(102, "開きます。", "Open it.") + "\n"]),
        ]
    )

    static func check(_ article: ArticleContext, _ findings: inout FindingSink) {
        guard let declared = article.frontMatter?.contentLocale else { return }
        let location = article.location(ofKey: "ms.contentlocale")
        guard let tag = LocaleTag(declared) else {
            findings.report("ms.contentlocale \(Quote.short(declared)) is not a locale tag such as ja-JP", in: article, at: location, basis: declared)
            return
        }
        if let folder = article.folderLocale, folder != tag {
            findings.report("ms.contentlocale is \(tag) but the article is in the \(folder) folder; the article is served as \(tag)",
                            in: article, at: location, basis: "\(tag)|\(folder)")
        }
    }
}
