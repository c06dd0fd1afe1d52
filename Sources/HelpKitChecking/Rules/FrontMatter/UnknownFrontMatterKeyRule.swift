import HelpKitCore

/// A front matter key that looks like a misspelt known key.
struct UnknownFrontMatterKeyRule: ArticleRule {
    static let description = RuleDescription(
        identifier: "unknown-front-matter-key",
        name: "Unknown Front Matter Key",
        description: "A front matter key is unknown but looks like a typo of a known one (`ms-custom`, `ms,.custom` → `ms.custom`); its value is ignored until it is fixed.",
        category: .frontMatter,
        defaultSeverity: .warning,
        isCopiedFromEnglish: true,
        triggeringExamples: [
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("↓ms-custom:\n- \"1846\"")
                .expecting("unknown key ms-custom: did you mean ms.custom?"),
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("↓ms,.custom: ''")
                .expecting("unknown key ms,.custom: did you mean ms.custom?"),
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("↓ms.autor: pebaum")
                .expecting("unknown key ms.autor: did you mean ms.author?"),
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("↓ms.common:\n- \"358\"\n- \"624\"")
                .expecting("unknown key ms.common: did you mean ms.custom?"),
            // Copied into every locale from the English: one finding.
            .copiedToThreeLocales(frontMatterLine: "ms-custom: ''")
                .expecting("unknown key ms-custom: did you mean ms.custom? Its value is ignored until the key is fixed (in fr-FR, ja-JP, sv-SE: copied from the English; fix it there)"),
            // With the English beside them: on the English file.
            RuleExample(files: [
                "en-US/a.md": Sxs.english(extraFrontMatter: "↓ms-custom: ''\n", body: "Open it."),
                "ja-JP/a.md": Sxs.article(extraFrontMatter: "ms-custom: ''\n", body: Sxs.unit(102, "開きます。", "Open it.")),
                "sv-SE/a.md": Sxs.article("sv-SE", extraFrontMatter: "ms-custom: ''\n", body: Sxs.unit(102, "Öppna den.", "Open it.")),
            ]).expecting("(in ja-JP, sv-SE: copied from the English; fix it there)"),
        ],
        nonTriggeringExamples: [
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("ms.custom:\n- \"1846\""),
            // A project's own key that resembles no known one is fine.
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("reviewer: kim"),
        ]
    )

    /// Keys of the localization pipeline and of docs front matter.
    static let knownKeys: [String] = [
        "title", "description", "author", "ms.author", "manager", "ms.date", "ms.audience", "audience", "ms.topic",
        "ms.service", "ms.subservice", "ms.prod", "ROBOTS", "localization_priority", "ms.collection", "ms.custom",
        "ms.assetid", "ms.openlocfilehash", "ms.sourcegitcommit", "ms.translationtype", "ms.contentlocale",
        "ms.lasthandoff", "ms.locfileid", "search.appverid", "ms.reviewer", "keywords", FrontMatter.untranslatedUnitsKey,
    ]
    private static let known = Set(knownKeys)

    static func check(_ article: ArticleContext, _ findings: inout FindingSink) {
        guard let frontMatter = article.frontMatter else { return }
        for entry in frontMatter.entries where !known.contains(entry.key) {
            guard let suggestion = suggestion(for: entry, in: frontMatter) else { continue }
            findings.report("unknown key \(entry.key): did you mean \(suggestion)? Its value is ignored until the key is fixed",
                            in: article, at: entry.location, basis: entry.key)
        }
    }

    /// The known key `entry` most likely means: the same letters with other
    /// punctuation or case, one or two edits away, or, for a key holding
    /// numbers while ms.custom is absent, ms.custom.
    static func suggestion(for entry: FrontMatter.Entry, in frontMatter: FrontMatter) -> String? {
        let letters = lettersOnly(entry.key)
        if let match = knownKeys.first(where: { lettersOnly($0) == letters }) { return match }
        if entry.key.count >= 5 {
            let close = knownKeys.map { ($0, editDistance(entry.key.lowercased(), $0.lowercased())) }.filter { $0.1 <= 2 }
            if let best = close.min(by: { $0.1 < $1.1 }) { return best.0 }
        }
        if frontMatter["ms.custom"] == nil, entry.key.hasPrefix("ms"), holdsContextIDs(entry.value) { return "ms.custom" }
        return nil
    }

    private static func holdsContextIDs(_ value: FrontMatter.Value) -> Bool {
        switch value {
        case let .list(items): !items.isEmpty && items.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
        case let .scalar(text, _): !text.isEmpty && text.allSatisfy(\.isASCIIDigit)
        case .other: false
        }
    }

    private static func lettersOnly(_ key: String) -> String {
        String(key.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Levenshtein distance, small strings only.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let lhs = Array(lhs.utf8)
        let rhs = Array(rhs.utf8)
        var previous = Array(0...rhs.count)
        for (row, left) in lhs.enumerated() {
            var current = [row + 1] + Array(repeating: 0, count: rhs.count)
            for (column, right) in rhs.enumerated() {
                current[column + 1] = min(previous[column + 1] + 1, current[column] + 1, previous[column] + (left == right ? 0 : 1))
            }
            previous = current
        }
        return previous[rhs.count]
    }
}
