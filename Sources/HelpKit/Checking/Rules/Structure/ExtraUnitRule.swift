/// A unit whose English the reference no longer has.
struct ExtraUnitRule: GroupRule {
    static let description = RuleDescription(
        identifier: "extra-unit",
        name: "Extra Unit",
        description: "The translation has a unit whose English sentence the reference no longer has, where the rest lines up.",
        category: .structure,
        defaultSeverity: .warning,
        triggeringExamples: [
            .translated(
                english: "Open it.",
                japanese: Sxs.unit(102, "開きます。", "Open it.") + " " + Sxs.unit(103, "パートナーに連絡してください。", "Contact your partner.", marked: true)
            ),
        ],
        nonTriggeringExamples: [
            .translated(
                english: "Open it. Contact your partner.",
                japanese: Sxs.unit(102, "開きます。", "Open it.") + " " + Sxs.unit(103, "パートナーに連絡してください。", "Contact your partner.")
            ),
        ]
    )

    static func check(_ group: GroupContext, _ findings: inout FindingSink) {
        for translation in group.comparedTranslations {
            guard let alignment = group.alignment(of: translation) else { continue }
            for hunk in alignment.removals {
                for old in hunk.old {
                    let text = alignment.oldText(old)
                    findings.report("this translation has a sentence the English no longer has: \(Quote.short(text)) (per \(group.referenceName)); remove it",
                                    in: translation, at: alignment.location(ofOld: old, in: translation),
                                    basis: alignment.basis(old: old, new: nil), change: TextChange(old: text, new: ""))
                }
            }
        }
    }
}
