import HelpKitCore

/// Front matter that is not a readable YAML mapping.
struct InvalidFrontMatterRule: DiagnosticRule {
    static let description = RuleDescription(
        identifier: DiagnosticCode.invalidFrontMatter.rawValue,
        name: "Invalid Front Matter",
        description: "The YAML front matter does not parse, or its closing `---` is missing; its keys (title, locale, context ids) are lost. Front matter the pipeline cut into units and translated is named as such, to be restored from the English.",
        category: .frontMatter,
        defaultSeverity: .error,
        isCopiedFromEnglish: true,
        triggeringExamples: [
            RuleExample(files: ["ja-JP/a.md": "↓---\ntitle: Title\nms.contentlocale: ja-JP\n" + Sxs.unit(102, "開きます。", "Open it.") + "\n"])
                .expecting("the front matter opened by --- is never closed by a --- line"),
            RuleExample(files: ["ja-JP/a.md": "---\ntitle: Title\nms.custom: [1278\nms.contentlocale↓: ja-JP\n---\n" + Sxs.unit(102, "開きます。", "Open it.") + "\n"])
                .expecting("front matter is not valid YAML"),
            // The pipeline cut the front matter into units and translated them, in every locale.
            RuleExample(files: Dictionary(uniqueKeysWithValues: ["fr-FR", "ja-JP", "sv-SE"].map { locale in
                ("\(locale)/a.md", "---\n" + (locale == "fr-FR" ? "↓" : "") + Sxs.unit(101, "titre: Titre ms.author: kim", "title: Title ms.author: kim") + "\n---\n" + Sxs.unit(102, "Texte.", "Text.") + "\n")
            })).expecting("front matter was translated: restore it from the English (in fr-FR, ja-JP, sv-SE: copied from the English; fix it there)"),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("開きます。", "Open it."),
        ]
    )

    /// Front matter that the pipeline cut into units is a translated copy of
    /// the English one: the YAML error says nothing of the fix.
    static func report(_ diagnostic: Diagnostic, in article: ArticleContext) -> (message: String, location: SourceLocation) {
        guard let unit = article.article.units.first(where: { $0.block == .frontMatter }) else {
            return (diagnostic.message, diagnostic.location)
        }
        return ("front matter was translated: restore it from the English", unit.location)
    }
}
