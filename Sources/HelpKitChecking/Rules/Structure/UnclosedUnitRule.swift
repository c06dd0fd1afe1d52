import HelpKitCore

/// A unit whose spans never close, so its text stays plain markup.
struct UnclosedUnitRule: DiagnosticRule {
    static let description = RuleDescription(
        identifier: DiagnosticCode.unclosedUnit.rawValue,
        name: "Unclosed Unit",
        description: "A unit opens but its English source span is missing or never closed before the next unit or blank line.",
        category: .structure,
        defaultSeverity: .error,
        triggeringExamples: [
            .japanese(#"↓<span data-ttu-id="1a2b3-102">開きます。</span>"#),
            .japanese(#"↓<span data-ttu-id="1a2b3-102">開きます。</span><span class="sxs-lookup"><span data-stu-id="1a2b3-102">Open it."#),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("開きます。", "Open it."),
        ]
    )
}
