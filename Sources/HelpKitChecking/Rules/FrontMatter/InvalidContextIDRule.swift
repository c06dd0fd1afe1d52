import HelpKitCore

/// A help context id in `ms.custom` that is not a number.
struct InvalidContextIDRule: ArticleRule {
    static let description = RuleDescription(
        identifier: "invalid-context-id",
        name: "Invalid Context ID",
        description: "A help context id in ms.custom is not a number (a word, a GUID, or several ids in one value); host apps cannot look it up.",
        category: .frontMatter,
        defaultSeverity: .warning,
        triggeringExamples: [
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("↓ms.custom: gethelp"),
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("↓ms.custom: 665,2578"),
        ],
        nonTriggeringExamples: [
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("ms.custom:\n- \"1278\"\n- \"6700008\""),
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("ms.custom: ''"),
        ]
    )

    static func check(_ article: ArticleContext, _ findings: inout FindingSink) {
        guard let entry = article.entry("ms.custom") else { return }
        for id in article.frontMatter?.contextIDs ?? [] where !id.isEmpty && !id.allSatisfy(\.isASCIIDigit) {
            let parts = id.split(whereSeparator: { $0 == "," || $0 == " " })
            let hint = parts.count > 1 && parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
                ? "several ids in one value; write each as a list item"
                : "not a number"
            findings.report("context id \(Quote.short(id)) in ms.custom is \(hint)", in: article, at: entry.location, basis: id)
        }
    }
}
