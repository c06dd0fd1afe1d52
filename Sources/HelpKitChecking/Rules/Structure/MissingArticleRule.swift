import HelpKitCore

/// An article with no translation in one of the run's locales.
struct MissingArticleRule: GroupRule {
    static let description = RuleDescription(
        identifier: "missing-article",
        name: "Missing Article",
        description: "An article has no translation in a locale the help set has a folder for; readers there get the English.",
        category: .structure,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample(files: [
                "en-US/a.md": "↓" + Sxs.english(body: "Open it."),
                "en-US/b.md": Sxs.english(body: "Close it."),
                "ja-JP/b.md": Sxs.article(body: Sxs.unit(102, "閉じます。", "Close it.")),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "en-US/a.md": Sxs.english(body: "Open it."),
                "ja-JP/a.md": Sxs.article(body: Sxs.unit(102, "開きます。", "Open it.")),
            ]),
        ]
    )

    static func check(_ group: GroupContext, _ findings: inout FindingSink) {
        guard let reference = group.reference else { return }
        let present = Set(group.articles.compactMap { $0.folderLocale ?? $0.locale })
        for locale in group.expectedLocales where !present.contains(locale) && locale != group.requiredReferenceLocale {
            findings.report("no \(locale) translation of this article (expected \(expectedPath(for: locale, beside: reference)))",
                            in: reference, at: .start, basis: "missing", locale: locale)
        }
    }

    /// The reference's path with its locale folder swapped for `locale`.
    private static func expectedPath(for locale: LocaleTag, beside reference: ArticleContext) -> String {
        guard let folder = reference.folderLocale else { return "\(locale)/\(reference.slug).md" }
        var components = reference.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if let index = components.lastIndex(where: { LocaleTag(folderName: $0) == folder }) { components[index] = locale.identifier }
        return components.joined(separator: "/")
    }
}
