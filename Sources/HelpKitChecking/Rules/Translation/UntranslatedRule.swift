import HelpKitCore

/// A unit whose translation is its English source, where the English is prose
/// or `helpkit update` put it there.
///
/// Target equal to source is normal for code, commands, paths, URLs,
/// numbers and product names; so only text with at least three lower-case
/// English words, one of them a common function word, counts, after code,
/// link targets, placeholders and the project's do-not-translate terms are
/// taken out. A unit the front matter lists under `helpkit.untranslated`
/// counts whatever it holds: `helpkit update` wrote its English as a stand-in
/// for a new sentence, so no translator has decided to keep it.
struct UntranslatedRule: UnitRule {
    static let description = RuleDescription(
        identifier: "untranslated",
        name: "Untranslated",
        description: "A unit's translation is its English source unchanged, and the English is prose (not code, a URL, a number or a product name) or `helpkit update` wrote it as a stand-in (`helpkit.untranslated`).",
        category: .translation,
        defaultSeverity: .warning,
        triggeringExamples: [
            .japaneseUnit("Go to the Watch app on your iPhone.", "Go to the Watch app on your iPhone.", marked: true)
                .expecting("unit 1a2b3-102: the translation is the English source unchanged: \"Go to the Watch app on your iPhone.\" → \"Go to the Watch app on your iPhone.\""),
            // A new label that `helpkit update` gave its English: short, but no translator kept it.
            RuleExample(files: ["ja-JP/a.md": Sxs.article(extraFrontMatter: "helpkit.untranslated: [1a2b3-103]\n",
                                                          body: Sxs.unit(102, "基本", "Basic") + "\n\n" + Sxs.unit(103, "You can:", "You can:", marked: true))])
                .expecting("unit 1a2b3-103: a new sentence that helpkit update gave its English for now; translate it"),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("Microsoft 365 Business Standard", "Microsoft 365 Business Standard"),
            // Listed by update, then translated: the list is only read while the English stands in.
            RuleExample(files: ["ja-JP/a.md": Sxs.article(extraFrontMatter: "helpkit.untranslated: [1a2b3-102]\n",
                                                          body: Sxs.unit(102, "次のことができます:", "You can:"))]),
            .japaneseUnit("`Set-Mailbox -Identity \"Jane Dow\" -AuditEnabled $true`", "`Set-Mailbox -Identity \"Jane Dow\" -AuditEnabled $true`"),
            .japaneseUnit("%APPDATA%\\Microsoft\\Web Server Extensions\\Cache", "%APPDATA%\\Microsoft\\Web Server Extensions\\Cache"),
            // Text in another language that the English kept as it is.
            .japaneseUnit("Como pagar com boleto", "Como pagar com boleto"),
            .japaneseUnit("Watch アプリに移動します。", "Go to the Watch app on your iPhone."),
            // A setting the product shows in English in every locale, listed as not to be translated.
            RuleExample(files: ["ja-JP/a.md": Sxs.article(body: Sxs.unit(102, "Allow users to create groups", "Allow users to create groups"))],
                        configuration: "do_not_translate:\n  ja-JP: [Allow users to create groups]\n"),
        ]
    )

    /// Common English function words: prose has them, names and commands rarely do.
    /// Words that are also common in French, Spanish or Portuguese (`a`, `on`, `do`) are left out.
    static let functionWords: Set<Substring> = [
        "the", "to", "of", "and", "in", "for", "your", "you", "is", "are", "with", "this", "that", "be", "can", "not",
        "from", "or", "by", "it", "if", "how", "what", "when", "which", "will", "was", "were", "has", "have", "does",
        "at", "all", "any", "more", "about", "into", "than", "then", "there", "these", "those", "their", "they", "them",
        "we", "our", "must", "should", "may", "might", "need", "see", "select", "click", "an",
    ]

    static func check(_ unit: UnitContext, _ findings: inout FindingSink) {
        guard unit.unit.target == unit.unit.source, unit.article.locale?.language != "en" else { return }
        if unit.article.untranslatedUnits.contains(unit.unit.id.description) {
            findings.report("a new sentence that helpkit update gave its English for now; translate it", on: unit)
            return
        }
        let words = unit.source.proseWords(excluding: unit.article.doNotTranslate)
        guard words.count >= 3, words.contains(where: functionWords.contains) else { return }
        findings.report("the translation is the English source unchanged", on: unit)
    }
}
