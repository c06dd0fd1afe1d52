import HelpKitCore

/// A translation whose revision metadata is older than another locale's while
/// every English sentence still matches the reference.
struct StaleSourceRevisionRule: GroupRule {
    static let description = RuleDescription(
        identifier: "stale-source-revision",
        name: "Stale Source Revision",
        description: "A translation was handed off from an older English revision (ms.lasthandoff), but every source sentence matches the reference: only its metadata is behind.",
        category: .drift,
        defaultSeverity: .info,
        triggeringExamples: [
            RuleExample(files: [
                "en-US/a.md": Sxs.english(body: "Open it."),
                "ja-JP/a.md": Sxs.article(handoff: "09/14/2020", body: Sxs.unit(102, "開きます。", "Open it.")),
                "sv-SE/a.md": Sxs.article("sv-SE", handoff: "07/28/2020", body: Sxs.unit(102, "Öppna den.", "Open it."))
                    .replacingAll("ms.lasthandoff", with: "↓ms.lasthandoff"),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "ja-JP/a.md": Sxs.article(handoff: "09/14/2020", body: Sxs.unit(102, "開きます。", "Open it.")),
                "sv-SE/a.md": Sxs.article("sv-SE", handoff: "09/14/2020", body: Sxs.unit(102, "Öppna den.", "Open it.")),
            ]),
            // Older and drifted: source-drift says so; this rule stays quiet.
            RuleExample(files: [
                "ja-JP/a.md": Sxs.article(handoff: "09/14/2020", body: Sxs.unit(102, "開きます。", "Open the page.")),
                "sv-SE/a.md": Sxs.article("sv-SE", handoff: "07/28/2020", body: Sxs.unit(102, "Öppna den.", "Open it.")),
            ]),
        ]
    )

    static func check(_ group: GroupContext, _ findings: inout FindingSink) {
        guard let newest = group.newestTranslation, let newestDate = newest.lastHandoff,
              let newestLocale = newest.locale else { return }
        for translation in group.comparedTranslations where translation !== newest {
            guard let date = translation.lastHandoff, date < newestDate,
                  group.matchesReference(translation) else { continue }
            let handoff = translation.frontMatter?.string("ms.lasthandoff") ?? "\(date)"
            let newestHandoff = newest.frontMatter?.string("ms.lasthandoff") ?? "\(newestDate)"
            findings.report(
                "handed off from an older English revision (ms.lasthandoff \(handoff); \(newestLocale) has \(newestHandoff)), "
                    + "but every source sentence matches the reference (\(group.referenceName)): the translation is current, only its metadata is behind",
                in: translation, at: translation.location(ofKey: "ms.lasthandoff"), basis: "\(handoff)|\(newestHandoff)")
        }
    }
}
