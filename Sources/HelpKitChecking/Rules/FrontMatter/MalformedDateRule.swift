import HelpKitCore

/// `ms.date` or `ms.lasthandoff` that is not a real MM/DD/YYYY date.
struct MalformedDateRule: ArticleRule {
    static let description = RuleDescription(
        identifier: "malformed-date",
        name: "Malformed Date",
        description: "ms.date or ms.lasthandoff is not a real date written MM/DD/YYYY or M/D/YYYY; revisions cannot be ordered by it.",
        category: .frontMatter,
        defaultSeverity: .warning,
        triggeringExamples: [
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("↓ms.date: 2020-07-27"),
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("↓ms.date: 02/30/2020"),
        ],
        nonTriggeringExamples: [
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("ms.date: 7/27/2020"),
            .japanese(Sxs.unit(102, "開きます。", "Open it.")).withFrontMatterLine("ms.date: ''"),
        ]
    )

    static let dateKeys = ["ms.date", "ms.lasthandoff"]

    static func check(_ article: ArticleContext, _ findings: inout FindingSink) {
        for key in dateKeys {
            guard let entry = article.entry(key) else { continue }
            guard case let .scalar(text, _) = entry.value else {
                findings.report("\(key) is not a date but a list or mapping", in: article, at: entry.location, basis: key)
                continue
            }
            guard !text.isEmpty, CalendarDate(usDate: text) == nil else { continue }
            findings.report("\(key) \(Quote.short(text)) is not a date written MM/DD/YYYY", in: article, at: entry.location, basis: "\(key)|\(text)")
        }
    }
}

extension RuleExample {
    /// The example with `line` added to the front matter of each translation.
    func withFrontMatterLine(_ line: String) -> RuleExample {
        var copy = self
        for (path, text) in files where text.hasPrefix("---\n") {
            copy.files[path] = "---\n\(line)\n" + text.dropFirst(4)
        }
        return copy
    }
}
