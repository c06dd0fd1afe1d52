import HelpKitCore

/// A `<span>` or `</span>` inside a unit's text that has no partner.
struct UnpairedSpanRule: DiagnosticRule {
    static let description = RuleDescription(
        identifier: DiagnosticCode.unpairedSpan.rawValue,
        name: "Unpaired Span",
        description: "A `<span>` or `</span>` inside a unit's text has no partner, so the unit may render or round-trip wrongly.",
        category: .structure,
        defaultSeverity: .warning,
        triggeringExamples: [
            .japanese(#"<span data-ttu-id="1a2b3-102">[OK] ↓</span>を選びます。</span><span class="sxs-lookup"><span data-stu-id="1a2b3-102">Select OK.</span></span>"#),
            .japanese(#"<span data-ttu-id="1a2b3-102">↓<span>https://example.com を開きます。</span><span class="sxs-lookup"><span data-stu-id="1a2b3-102">Open https://example.com.</span></span>"#),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("[OK] を選びます。", "Select OK."),
            .japaneseUnit("<span>https:</span>//example.com を開きます。", "Open <span>https:</span>//example.com."),
        ]
    )
}
