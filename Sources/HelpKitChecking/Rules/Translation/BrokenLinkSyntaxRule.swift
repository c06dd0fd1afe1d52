import HelpKitCore

/// `[text] (url)`: a link that machine translation broke with a space.
struct BrokenLinkSyntaxRule: UnitRule {
    static let description = RuleDescription(
        identifier: "broken-link-syntax",
        name: "Broken Link Syntax",
        description: "A translation has a space between a link's ] and ( — `[text] (url)` — so markdown shows the brackets and the URL instead of a link.",
        category: .translation,
        defaultSeverity: .error,
        triggeringExamples: [
            .japaneseUnit("[プランの変更↓] (https://docs.microsoft.com/change-plans) を参照してください。",
                          "See [Change plans](https://docs.microsoft.com/change-plans).")
                .expecting("unit 1a2b3-102: a space between ] and ( breaks this link; write ](: \"See [Change plans](https://docs.microsoft.com/change-plans)…\" → \"[プランの変更] (https://docs.microsoft.com/change-plans)…\""),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("[プランの変更](https://docs.microsoft.com/change-plans) を参照してください。",
                          "See [Change plans](https://docs.microsoft.com/change-plans)."),
            .japaneseUnit("[OK] (右下) を選びます。", "Select [OK] (bottom right)."),
        ]
    )

    static func check(_ unit: UnitContext, _ findings: inout FindingSink) {
        let target = unit.unit.rawTarget
        var index = target.startIndex
        while let bracket = target[index...].firstIndex(of: .closeBracket) {
            index = bracket + 1
            var open = index
            while open < target.endIndex, target[open] == .space || target[open] == .tab { open += 1 }
            guard open > index, open + 1 < target.endIndex, target[open] == .openParen else { continue }
            let rest = target[(open + 1)...]
            guard rest.starts(with: "http".utf8) || rest.first == .slash || rest.first == .hash else { continue }
            findings.report("a space between ] and ( breaks this link; write ](", on: unit, english: "](", translation: "] (",
                            at: unit.location(ofTargetByte: bracket - target.startIndex))
        }
    }
}
