import HelpKitCore

/// A value in `ms.custom` that reads as a help context id gone wrong:
/// several numbers in one value, a GUID (an asset id in the wrong key), or a
/// mix of digits and other characters. Word tags (`gethelp`,
/// `commerce_subscriptions`) are ordinary labels there, not context ids.
struct InvalidContextIDRule: ArticleRule {
    static let description = RuleDescription(
        identifier: "invalid-context-id",
        name: "Invalid Context ID",
        description: "A value in ms.custom is meant as a help context id but is not one: several ids in one value, a GUID (an asset id?), or digits mixed with other characters; host apps cannot look it up.",
        category: .frontMatter,
        defaultSeverity: .warning,
        isCopiedFromEnglish: true,
        triggeringExamples: [
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("↓ms.custom: 665,2578")
                .expecting("context id \"665,2578\" in ms.custom is several ids in one value"),
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("↓ms.custom: 9003961/7017")
                .expecting("context id \"9003961/7017\" in ms.custom is several ids in one value"),
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("↓ms.custom: 2d6b1c5e-0c38-4e2f-9b8f-1f0a8f3c4d21")
                .expecting("\"2d6b1c5e-0c38-4e2f-9b8f-1f0a8f3c4d21\" in ms.custom is a GUID: an asset id in ms.custom?"),
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("↓ms.custom: 12a4")
                .expecting("context id \"12a4\" in ms.custom is not a number"),
            // Copied into every locale from the English: one finding.
            .copiedToThreeLocales(frontMatterLine: "ms.custom: 665,2578")
                .expecting("several ids in one value; write each as a list item (in fr-FR, ja-JP, sv-SE: copied from the English; fix it there)"),
        ],
        nonTriggeringExamples: [
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("ms.custom:\n- \"1278\"\n- \"6700008\""),
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("ms.custom: ''"),
            // Word tags are labels, not context ids.
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("ms.custom:\n- gethelp\n- commerce_subscriptions\n- \"1278\""),
        ]
    )

    static func check(_ article: ArticleContext, _ findings: inout FindingSink) {
        guard let entry = article.entry("ms.custom") else { return }
        for id in article.frontMatter?.contextIDs ?? [] {
            guard let problem = problem(with: id) else { continue }
            findings.report(problem, in: article, at: entry.location, basis: id)
        }
    }

    /// What is wrong with `id` as a context id, or nil when it is one or a word tag.
    private static func problem(with id: String) -> String? {
        guard !id.isEmpty, !id.allSatisfy(\.isASCIIDigit) else { return nil }
        if isWordTag(id) { return nil }
        if isGUID(id) { return "\(Quote.short(id)) in ms.custom is a GUID: an asset id in ms.custom? Context ids are numbers" }
        let parts = id.split(whereSeparator: { ",; /".contains($0) })
        if parts.count > 1, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) {
            return "context id \(Quote.short(id)) in ms.custom is several ids in one value; write each as a list item"
        }
        return "context id \(Quote.short(id)) in ms.custom is not a number"
    }

    /// Letters, with `_` or `-` between words: a label such as `gethelp`.
    private static func isWordTag(_ text: String) -> Bool {
        text.first?.isLetter == true && text.allSatisfy { $0.isLetter || $0 == "_" || $0 == "-" }
    }

    /// `8-4-4-4-12` hex digits, with or without braces.
    private static func isGUID(_ text: String) -> Bool {
        let bare = text.hasPrefix("{") && text.hasSuffix("}") ? String(text.dropFirst().dropLast()) : text
        let groups = bare.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }
}
