import HelpKitCore

/// English the reference has where the translation has nothing: a sentence
/// added since the translation was made, or never segmented for translation.
struct MissingUnitRule: GroupRule {
    static let description = RuleDescription(
        identifier: "missing-unit",
        name: "Missing Unit",
        description: "The reference has an English sentence that the translation has no unit for, where the rest lines up.",
        category: .structure,
        defaultSeverity: .warning,
        triggeringExamples: [
            .translated(
                english: "Open it. If it still fails, contact support.\n\nClose it.",
                japanese: Sxs.unit(102, "開きます。", "Open it.") + "\n\n" + Sxs.unit(103, "閉じます。", "Close it.", marked: true)
            ),
        ],
        nonTriggeringExamples: [
            .translated(
                english: "Open it. Then close it.",
                japanese: Sxs.unit(102, "開いて閉じます。", "Open it. Then close it.", merged: true)
            ),
        ]
    )

    static func check(_ group: GroupContext, _ findings: inout FindingSink) {
        group.forEachEdit { translation, alignment, edit in
            guard case let .added(new, before) = edit else { return }
            let text = alignment.newText(new)
            findings.report("the English has a sentence this translation lacks: \(Quote.short(text)) (per \(group.referenceName)); translate it",
                            in: translation, at: alignment.location(ofGapBefore: before, in: translation),
                            basis: alignment.basis(old: nil, new: new), change: TextChange(old: "", new: text))
        }
    }
}
