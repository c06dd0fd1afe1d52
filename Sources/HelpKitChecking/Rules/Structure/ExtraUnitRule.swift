import HelpKitCore

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
        group.forEachEdit { translation, alignment, edit in
            guard case let .removed(old, nearest) = edit else { return }
            let text = alignment.oldText(old)
            let message: String
            let change: TextChange
            if let nearest {
                // A sentence like it is still there: the English was rewritten, not cut.
                change = TextChange(old: text, new: alignment.newText(nearest))
                let (was, now) = Quote.difference(change.old, change.new)
                message = "the English changed: \(was) is now \(now), which another unit also stands for "
                    + "(per \(group.referenceName)); update the translation"
            } else {
                change = TextChange(old: text, new: "")
                message = "this translation has a sentence the English no longer has: \(Quote.short(text)) "
                    + "(per \(group.referenceName)); remove it"
            }
            findings.report(message, in: translation, at: alignment.location(ofOld: old, in: translation),
                            basis: alignment.basis(old: old, new: nil), change: change)
        }
    }
}
