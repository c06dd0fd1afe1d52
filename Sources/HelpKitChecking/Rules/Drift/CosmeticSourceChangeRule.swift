import HelpKitCore

/// A sentence of the English edited only in letter case, or in punctuation
/// beside emphasis or a colon: the translation stays right, so this is
/// information, never drift.
struct CosmeticSourceChangeRule: GroupRule {
    static let description = RuleDescription(
        identifier: "cosmetic-source-change",
        name: "Cosmetic Source Change",
        description: "A unit's English differs from the reference's only in letter case or in punctuation beside `**` or `:`; the translation needs no change.",
        category: .drift,
        defaultSeverity: .info,
        triggeringExamples: [
            .translated(
                english: "Open the Admin Center. Select **Save.**",
                japanese: Sxs.unit(102, "管理センターを開きます。", "Open the admin center.", marked: true) + " "
                    + Sxs.unit(103, "**保存** を選びます。", "Select **Save**.", marked: true)
            ),
        ],
        nonTriggeringExamples: [
            .translated(
                english: "Open the admin center. Select **Save**.",
                japanese: Sxs.unit(102, "管理センターを開きます。", "Open the admin center.") + " "
                    + Sxs.unit(103, "**保存** を選びます。", "Select **Save** .")
            ),
            // Another word is a change of wording: source-drift.
            .translated(
                english: "Open the admin portal.",
                japanese: Sxs.unit(102, "管理センターを開きます。", "Open the admin center.")
            ),
        ]
    )

    static func check(_ group: GroupContext, _ findings: inout FindingSink) {
        group.forEachEdit { translation, alignment, edit in
            guard case let .cosmetic(old, new) = edit else { return }
            let change = TextChange(old: alignment.oldText(old), new: alignment.newText(new))
            let (was, now) = Quote.difference(change.old, change.new)
            findings.report("the English changed only in case or punctuation: \(was) is now \(now) (per \(group.referenceName)); "
                                + "the translation needs no change",
                            in: translation, at: alignment.location(ofOld: old, in: translation),
                            basis: alignment.basis(old: old, new: new), change: change)
        }
    }
}
