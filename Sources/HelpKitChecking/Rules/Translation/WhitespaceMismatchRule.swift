import HelpKitCore

/// White space a reader sees go wrong: two sentences run together
/// (`…Absender.Es blockiert…`), or a space inside link text or emphasis
/// (`[ Paramètres](…)`, `** Paramètres**`, which markdown then shows as
/// asterisks). A space more or less at a line end, or beside the space that
/// already separates two units, changes nothing on screen and is not reported.
struct WhitespaceMismatchRule: UnitRule {
    static let description = RuleDescription(
        identifier: "whitespace-mismatch",
        name: "Visible Whitespace Mismatch",
        description: "A unit's translation runs into the next unit with no space where the English has one, or has a space inside link text or emphasis that the English does not.",
        category: .translation,
        defaultSeverity: .info,
        triggeringExamples: [
            RuleExample(files: ["sv-SE/a.md": Sxs.article("sv-SE", body: Sxs.unit(102, "Det rapporterar avsändaren.", "It reports the sender. ", marked: true)
                    + Sxs.unit(103, "Det blockerar inte.", "It does not block."))])
                .expecting("unit 1a2b3-102: runs into the next unit: \"avsändaren.Det\" where the English has a space"),
            RuleExample(files: ["fr-FR/a.md": Sxs.article("fr-FR", body: "[" + Sxs.unit(102, "Téléchargez OneDrive ", "Download OneDrive", marked: true) + "](https://example.com)")])
                .expecting("a space inside link text or emphasis"),
            RuleExample(files: ["fr-FR/a.md": Sxs.article("fr-FR", body: "**" + Sxs.unit(102, " Paramètres", "Settings", marked: true) + "**")])
                .expecting("a space inside link text or emphasis"),
        ],
        nonTriggeringExamples: [
            // A trailing space at a line end shows nothing.
            .unit(in: "sv-SE", "Öppna den. ", "Open it."),
            // Nor does a space beside the one that separates two units.
            RuleExample(files: ["sv-SE/a.md": Sxs.article("sv-SE", body: Sxs.unit(102, "Öppna den. ", "Open it.") + " " + Sxs.unit(103, "Stäng den.", "Close it."))]),
            RuleExample(files: ["sv-SE/a.md": Sxs.article("sv-SE", body: Sxs.unit(102, "Öppna den.", "\u{A0}Open it.") + " " + Sxs.unit(103, "Stäng den.", "Close it."))]),
            // Japanese joins sentences without a space.
            .japanese(Sxs.unit(102, "開きます。", "Open it. ") + Sxs.unit(103, "閉じます。", "Close it.")),
            RuleExample(files: ["fr-FR/a.md": Sxs.article("fr-FR", body: "[" + Sxs.unit(102, "Téléchargez OneDrive", "Download OneDrive") + "](https://example.com)")]),
        ]
    )

    static func check(_ unit: UnitContext, _ findings: inout FindingSink) {
        let source = unit.unit.source
        let target = unit.unit.target
        guard !source.isBlank, !target.isBlank else { return }
        if let next = unit.next, runsIntoNext(unit) {
            let joint = (target.split(separator: " ").last ?? "") + (next.target.split(separator: " ").first ?? "")
            findings.report("runs into the next unit: \"\(joint)\" where the English has a space", on: unit,
                            english: lastWords(source), translation: lastWords(target))
        }
        if let opener = markupAround(unit), closes(opener, unit),
           target.startsWithSpace && !source.startsWithSpace || target.endsWithSpace && !source.endsWithSpace {
            findings.report("a space inside link text or emphasis, which markdown shows", on: unit)
        }
    }

    /// The next unit follows with nothing between, no space on either side,
    /// where the English of the two has one.
    private static func runsIntoNext(_ unit: UnitContext) -> Bool {
        guard unit.followingTrivia.isEmpty, let next = unit.next, !next.target.isBlank,
              !(unit.article.locale?.writesWithoutSpaces ?? false) else { return false }
        let joined = !unit.unit.target.endsWithSpace && !next.target.startsWithSpace
        let separated = unit.unit.source.endsWithSpace || next.source.startsWithSpace
        return joined && separated
    }

    private static func lastWords(_ text: String) -> String {
        text.split(separator: " ").suffix(3).joined(separator: " ")
    }

    /// The link or emphasis opener just before the unit (`[`, `**`, `*`, `_`).
    private static func markupAround(_ unit: UnitContext) -> String? {
        let before = unit.precedingTrivia
        for opener in ["**", "__", "[", "*", "_"] where before.reversed().starts(with: opener.utf8.reversed()) {
            return opener
        }
        return nil
    }

    /// The trivia after the unit closes what `opener` opened.
    private static func closes(_ opener: String, _ unit: UnitContext) -> Bool {
        unit.followingTrivia.starts(with: (opener == "[" ? "]" : opener).utf8)
    }
}
