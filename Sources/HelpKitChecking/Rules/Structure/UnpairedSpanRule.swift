import HelpKitCore

/// A `<span>` or `</span>` inside a unit's text that has no partner.
struct UnpairedSpanRule: DiagnosticRule {
    static let description = RuleDescription(
        identifier: DiagnosticCode.unpairedSpan.rawValue,
        name: "Unpaired Span",
        description: "A `<span>` or `</span>` inside a unit's text has no partner, so the unit may render or round-trip wrongly.",
        category: .structure,
        defaultSeverity: .warning,
        isCopiedFromEnglish: true,
        triggeringExamples: [
            .japanese(#"<span data-ttu-id="1a2b3-102">[OK] ↓</span>を選びます。</span><span class="sxs-lookup"><span data-stu-id="1a2b3-102">Select OK.</span></span>"#)
                .expecting("stray </span> in the translation of unit 1a2b3-102"),
            .japanese(#"<span data-ttu-id="1a2b3-102">↓<span>https://example.com を開きます。</span><span class="sxs-lookup"><span data-stu-id="1a2b3-102">Open https://example.com.</span></span>"#)
                .expecting("<span> in the translation of unit 1a2b3-102 is never closed"),
            // A stray </span> in the English, copied into every locale: one finding.
            RuleExample(files: Dictionary(uniqueKeysWithValues: ["fr-FR", "ja-JP", "sv-SE"].map { locale in
                ("\(locale)/a.md", Sxs.article(locale, body: #"<span data-ttu-id="1a2b3-102">OK</span><span class="sxs-lookup"><span data-stu-id="1a2b3-102">Select \#(locale == "fr-FR" ? "↓" : "")</span>OK.</span></span>"#))
            })).expecting("stray </span> in the source of unit 1a2b3-102; it is kept as text (in fr-FR, ja-JP, sv-SE: copied from the English; fix it there)"),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("[OK] を選びます。", "Select OK."),
            .japaneseUnit("<span>https:</span>//example.com を開きます。", "Open <span>https:</span>//example.com."),
        ]
    )
}
