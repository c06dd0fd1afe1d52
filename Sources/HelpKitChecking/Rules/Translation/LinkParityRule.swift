import HelpKitCore

/// A translation whose links differ from its English's.
struct LinkParityRule: UnitRule {
    static let description = RuleDescription(
        identifier: "link-parity",
        name: "Link Parity",
        description: "A unit's translation has another number of links, or links elsewhere, than its English (the URL locale segment, such as `/ja-jp/`, is ignored).",
        category: .translation,
        defaultSeverity: .warning,
        triggeringExamples: [
            .japaneseUnit("詳しくは、プランの変更を参照してください。", "For details, see [Change plans](https://docs.microsoft.com/change-plans).", marked: true),
            .japaneseUnit("[プランの変更](https://docs.microsoft.com/ja-jp/switch-plans) を参照してください。",
                          "See [Change plans](https://docs.microsoft.com/en-us/change-plans).", marked: true),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("[プランの変更](https://docs.microsoft.com/ja-jp/change-plans) を参照してください。",
                          "See [Change plans](https://docs.microsoft.com/en-us/change-plans)."),
            .japaneseUnit("[[製品]](https://admin.microsoft.com) に移動します。", "Go to [Products](https://admin.microsoft.com)."),
        ]
    )

    static func check(_ unit: UnitContext, _ findings: inout FindingSink) {
        let english = unit.source.links
        let translated = unit.target.links
        guard english != translated else { return }
        let message: String
        if english.count != translated.count {
            message = "the translation has \(translated.count) link\(translated.count == 1 ? "" : "s") where the English has \(english.count)"
        } else {
            let missing = english.filter { !translated.contains($0) }.map { String(decoding: $0, as: UTF8.self) }
            guard !missing.isEmpty else { return }
            let added = translated.filter { !english.contains($0) }.map { String(decoding: $0, as: UTF8.self) }
            message = "the translation links to \(added.joined(separator: ", ")) where the English links to \(missing.joined(separator: ", "))"
        }
        findings.report(message, in: unit.article, at: unit.unit.location, basis: unit.basis)
    }
}
