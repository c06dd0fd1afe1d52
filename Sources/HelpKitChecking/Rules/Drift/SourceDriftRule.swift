import HelpKitCore

/// A sentence whose English differs from the reference's: the translation was
/// made from another English text.
///
/// Only changed wording: sentences are aligned by `SentenceAlignment`, so
/// what the localization pipeline rewrites on its own (URL locales, spacing,
/// link markup inside or outside a span, merged `p` units) and moved, split
/// or merged sentences are not drift; cosmetic edits are
/// `cosmetic-source-change`, added and removed sentences `missing-unit` and
/// `extra-unit`.
struct SourceDriftRule: GroupRule {
    static let description = RuleDescription(
        identifier: "source-drift",
        name: "Source Drift",
        description: "A unit's English differs from the reference's: the translation was made from another English text. Says which sentence changed, old → new.",
        category: .drift,
        defaultSeverity: .warning,
        triggeringExamples: [
            .translated(
                english: "Admins must change plans manually in the Microsoft 365 admin center. For steps, see [Change plans](https://docs.microsoft.com/change-plans).",
                japanese: Sxs.unit(102, "管理者はプランを手動で切り替える必要があります。", "Admins need to switch plans manually.", marked: true) + " "
                    + Sxs.unit(103, "手順については、[プランの変更](https://docs.microsoft.com/ja-jp/change-plans) を参照してください。",
                               "For steps, see [Change plans](https://docs.microsoft.com/ja-jp/change-plans).")
            ),
            RuleExample(files: [
                "ja-JP/a.md": Sxs.article(body: Sxs.unit(102, "開きます。", "Open the Settings page.") + " " + Sxs.unit(103, "閉じます。", "Close it.")),
                "sv-SE/a.md": Sxs.article("sv-SE", handoff: "07/28/2020", body: Sxs.unit(102, "Öppna sidan.", "Open the page.", marked: true) + " " + Sxs.unit(103, "Stäng den.", "Close it.")),
            ]),
        ],
        nonTriggeringExamples: [
            // The pipeline's rewrites: a space before punctuation, a merged p unit, link markup outside the span, URL locales.
            .translated(
                english: "Select **Reactivate**. Open it. Then close it.\n\n- [Change plans](https://docs.microsoft.com/en-us/change-plans)",
                japanese: Sxs.unit(102, "**再アクティブ化** を選びます。", "Select **Reactivate** .") + " "
                    + Sxs.unit(103, "開いて閉じます。", "Open it. Then close it.", merged: true) + "\n\n- ["
                    + Sxs.unit(104, "プランの変更", "Change plans") + "](https://docs.microsoft.com/ja-jp/change-plans)"
            ),
            RuleExample(files: [
                "ja-JP/a.md": Sxs.article(body: Sxs.unit(102, "開いて閉じます。", "Open it. Close it.", merged: true)),
                "sv-SE/a.md": Sxs.article("sv-SE", body: Sxs.unit(102, "Öppna den.", "Open it.") + " " + Sxs.unit(103, "Stäng den.", "Close it.")),
            ]),
        ]
    )

    static func check(_ group: GroupContext, _ findings: inout FindingSink) {
        group.forEachEdit { translation, alignment, edit in
            guard case let .changed(old, new, _) = edit else { return }
            let change = TextChange(old: alignment.oldText(old), new: alignment.newText(new))
            let (was, now) = Quote.difference(change.old, change.new)
            findings.report("the English changed: \(was) is now \(now) (per \(group.referenceName)); update the translation",
                            in: translation, at: alignment.location(ofOld: old, in: translation),
                            basis: alignment.basis(old: old, new: new), change: change)
        }
    }
}
