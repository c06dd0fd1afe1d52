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
            .japaneseUnit("詳しくは、プランの変更を参照してください。", "For details, see [Change plans](https://docs.microsoft.com/change-plans).", marked: true)
                .expecting("unit 1a2b3-102: link lost (1 in the English, 0 here): \"For details, see [Change plans](https://docs.microsoft.com/change-plans)…\" → \"詳しくは、プランの変更を参照してください。\""),
            .japaneseUnit("[プランの変更](https://docs.microsoft.com/ja-jp/switch-plans) を参照してください。",
                          "See [Change plans](https://docs.microsoft.com/en-us/change-plans).", marked: true)
                .expecting("links to /switch-plans where the English links to /change-plans"),
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
            message = "link\(english.count > translated.count ? " lost" : " added") (\(english.count) in the English, \(translated.count) here)"
        } else {
            let missing = english.filter { !translated.contains($0) }.map { String(decoding: $0, as: UTF8.self) }
            guard !missing.isEmpty else { return }
            let added = translated.filter { !english.contains($0) }.map { String(decoding: $0, as: UTF8.self) }
            message = "links to \(added.joined(separator: ", ")) where the English links to \(missing.joined(separator: ", "))"
        }
        findings.report(message, on: unit, english: "](", translation: "](")
    }
}
