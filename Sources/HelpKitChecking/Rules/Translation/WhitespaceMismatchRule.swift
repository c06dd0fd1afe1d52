import HelpKitCore

/// A translation that starts or ends with white space where its English does
/// not, or the reverse. Cosmetic (markdown trims most of it), hence info.
struct WhitespaceMismatchRule: UnitRule {
    static let description = RuleDescription(
        identifier: "whitespace-mismatch",
        name: "Leading/Trailing Whitespace",
        description: "A unit's translation starts or ends with white space where its English does not, or the reverse; words run together or gaps appear.",
        category: .translation,
        defaultSeverity: .info,
        triggeringExamples: [
            .japaneseUnit(" 開きます。", "Open it.", marked: true),
            RuleExample(files: ["sv-SE/a.md": Sxs.article("sv-SE", body: Sxs.unit(102, "Öppna", "Open ", marked: true))]),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("開きます。", "Open it."),
            RuleExample(files: ["sv-SE/a.md": Sxs.article("sv-SE", body: Sxs.unit(102, "Öppna ", "Open "))]),
            // Japanese joins sentences without a space.
            .japaneseUnit("開きます。", "Open it. "),
        ]
    )

    static let spacelessLanguages: Set<String> = ["ja", "zh", "th"]

    static func check(_ unit: UnitContext, _ findings: inout FindingSink) {
        let source = unit.unit.source
        let target = unit.unit.target
        guard !source.isEmpty, !target.isEmpty else { return }
        // Japanese, Chinese and Thai put no space between sentences, so
        // dropping the English's is right there; adding one is not.
        let spaceless = unit.article.locale.map { spacelessLanguages.contains($0.language) } ?? false
        var problems: [String] = []
        if source.startsWithSpace != target.startsWithSpace, target.startsWithSpace || !spaceless {
            problems.append(target.startsWithSpace ? "starts with white space, the English does not" : "does not start with white space like the English")
        }
        if source.endsWithSpace != target.endsWithSpace, target.endsWithSpace || !spaceless {
            problems.append(target.endsWithSpace ? "ends with white space, the English does not" : "does not end with white space like the English")
        }
        guard !problems.isEmpty else { return }
        findings.report("the translation \(problems.joined(separator: " and "))", in: unit.article, at: unit.unit.location, basis: unit.basis)
    }
}
