import HelpKitCore

/// A unit whose source span carries another id than its target span.
struct IDMismatchRule: DiagnosticRule {
    static let description = RuleDescription(
        identifier: DiagnosticCode.idMismatch.rawValue,
        name: "TTU/STU ID Mismatch",
        description: "A unit's `data-stu-id` differs from its `data-ttu-id`: the translation and its English come from different units.",
        category: .structure,
        defaultSeverity: .error,
        triggeringExamples: [
            .japanese(#"<span data-ttu-id="1a2b3-102">開きます。</span><span class="sxs-lookup"><span data-stu-id="↓1a2b3-103">Open it.</span></span>"#),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("開きます。", "Open it."),
        ]
    )
}
