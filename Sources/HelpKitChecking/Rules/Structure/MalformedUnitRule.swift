import HelpKitCore

/// A unit opening whose id is not of the form `12abc-102`.
struct MalformedUnitRule: DiagnosticRule {
    static let description = RuleDescription(
        identifier: DiagnosticCode.malformedUnit.rawValue,
        name: "Malformed Unit",
        description: "A unit's data-ttu-id or data-stu-id is not of the form `12abc-102` (five hex digits, a dash, an optional p and a number).",
        category: .structure,
        defaultSeverity: .error,
        triggeringExamples: [
            .japanese(#"↓<span data-ttu-id="first">開きます。</span><span class="sxs-lookup"><span data-stu-id="first">Open it.</span></span>"#),
        ],
        nonTriggeringExamples: [
            .japanese(Sxs.unit(102, "開きます。", "Open it.") + " " + Sxs.unit(103, "閉じます。", "Close it.", merged: true)),
        ]
    )
}
