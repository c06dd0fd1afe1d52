import HelpKitCore

/// A translation far shorter or longer than its English, for its language.
///
/// Lengths count visible characters, East Asian wide ones twice; markup and
/// link targets do not count. Units with less than 60 characters of English
/// are skipped: a short, complete sentence in a compact language, or an
/// acronym spelled out, moves the ratio of a short unit a long way.
///
/// The bounds are calibrated per language: the 0.05th and 99.95th percentiles
/// of the ratio over the units with 60 or more characters of English in the
/// alchemy-sxs help set (about 11,000 units per locale, 2021). A language
/// without a measured row gets the widest measured bounds, widened further.
struct LengthRatioRule: UnitRule {
    static let description = RuleDescription(
        identifier: "length-ratio",
        name: "Length Ratio",
        description: "A unit's translation is shorter or longer than its English beyond what its language does in 999 of 1,000 units (bounds per language, measured; units under 60 characters skipped); part may be missing or extra.",
        category: .translation,
        defaultSeverity: .info,
        triggeringExamples: [
            .japaneseUnit("開きます。", "Open the subscription page and verify that the new subscription is listed in the admin center.", marked: true)
                .expecting("unit 1a2b3-102: the translation is 12% as long as the English (ja usually 61% to 228%)"),
            .unit(in: "sv-SE",
                  "Öppna prenumerationssidan och kontrollera att den nya prenumerationen visas i listan över alla prenumerationer som organisationen har köpt under året och under föregående år.",
                  "Open the subscription page and verify that the new subscription is listed.", marked: true)
                .expecting("as long as the English (sv usually 61% to 178%)"),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("新しいサブスクリプションが一覧に表示されていることを確認します。", "Verify that the new subscription is listed."),
            .japaneseUnit("OK", "Select OK."),
            // Short units are skipped: a compact language says a short sentence in a few characters.
            .unit(in: "ar-SA", "افتح الإعدادات.", "Open the Settings page of the app."),
            // An acronym spelled out in a short unit.
            .unit(in: "fr-FR", "Configurer l’authentification unique (SSO)", "Set up SSO"),
        ]
    )

    static let minimumEnglishWidth = 60

    /// Per language: the 0.05th and 99.95th percentiles of translation width over English width.
    static let measuredBounds: [String: (low: Double, high: Double)] = [
        "fr": (0.77, 2.05),
        "ja": (0.61, 2.28),
        "sv": (0.61, 1.78),
    ]
    static let defaultBounds = (low: 0.5, high: 2.5)

    static func check(_ unit: UnitContext, _ findings: inout FindingSink) {
        let english = unit.source.visibleWidth
        guard english >= minimumEnglishWidth, !unit.unit.target.isBlank else { return }
        let language = unit.article.locale?.language ?? ""
        let bounds = measuredBounds[language] ?? defaultBounds
        let ratio = Double(unit.target.visibleWidth) / Double(english)
        guard ratio < bounds.low || ratio > bounds.high else { return }
        let usual = "\(language.isEmpty ? "" : language + " ")usually \(percent(bounds.low)) to \(percent(bounds.high))"
        // Rounded away from the bounds, so that the two never read the same.
        let shown = percent(ratio, rounding: ratio < bounds.low ? .down : .up)
        findings.report("the translation is \(shown) as long as the English (\(usual))", on: unit)
    }

    private static func percent(_ ratio: Double, rounding: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> String {
        "\(Int((ratio * 100).rounded(rounding)))%"
    }
}
