import HelpKitCore

/// Help context ids that differ between an article's locales.
struct ContextIDMismatchRule: GroupRule {
    static let description = RuleDescription(
        identifier: "context-id-mismatch",
        name: "Context ID Mismatch",
        description: "A translation's help context ids (ms.custom) differ from the reference's, so a host app's help lookup finds other articles in that locale.",
        category: .frontMatter,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample(files: [
                "en-US/a.md": Sxs.english(extraFrontMatter: "ms.custom:\n- \"1278\"\n- \"6700008\"\n", body: "Open it."),
                "ja-JP/a.md": Sxs.article(extraFrontMatter: "↓ms.custom:\n- \"1278\"\n", body: Sxs.unit(102, "開きます。", "Open it.")),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "en-US/a.md": Sxs.english(extraFrontMatter: "ms.custom:\n- \"1278\"\n- \"6700008\"\n", body: "Open it."),
                "ja-JP/a.md": Sxs.article(extraFrontMatter: "ms.custom:\n- \"6700008\"\n- \"1278\"\n", body: Sxs.unit(102, "開きます。", "Open it.")),
            ]),
        ]
    )

    static func check(_ group: GroupContext, _ findings: inout FindingSink) {
        guard let reference = group.reference, let referenceMatter = reference.frontMatter, referenceMatter.parseError == nil else { return }
        let expected = Set(referenceMatter.contextIDs)
        for translation in group.comparedTranslations {
            guard let matter = translation.frontMatter, matter.parseError == nil else { continue }
            let ids = Set(matter.contextIDs)
            guard ids != expected else { continue }
            let missing = expected.subtracting(ids).sorted()
            let extra = ids.subtracting(expected).sorted()
            let parts = (missing.isEmpty ? [] : ["lacks \(missing.joined(separator: ", "))"]) + (extra.isEmpty ? [] : ["adds \(extra.joined(separator: ", "))"])
            findings.report("ms.custom \(parts.joined(separator: " and ")) compared with the reference (\(group.referenceName)); help lookups in \(translation.locale?.identifier ?? "this locale") find other articles",
                            in: translation, at: translation.location(ofKey: "ms.custom"), basis: "\(missing)|\(extra)")
        }
    }
}
