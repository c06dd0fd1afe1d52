import HelpKitCore

/// A small slice of CLDR's likely-subtags data: the script and region a bare
/// language most likely means (`ja` → `ja-Jpan-JP`), enough to canonicalise
/// the tags people put in `LANG`, `--locale` and `Accept-Language`.
enum LikelySubtags {
    struct Expansion {
        var script: String
        var region: String
    }

    /// Deprecated or macro-language codes and what they stand for today.
    static let languageAliases = ["iw": "he", "in": "id", "ji": "yi", "no": "nb", "tl": "fil"]

    static let byLanguage: [String: Expansion] = [
        "ar": .init(script: "Arab", region: "EG"), "bg": .init(script: "Cyrl", region: "BG"),
        "ca": .init(script: "Latn", region: "ES"), "cs": .init(script: "Latn", region: "CZ"),
        "da": .init(script: "Latn", region: "DK"), "de": .init(script: "Latn", region: "DE"),
        "el": .init(script: "Grek", region: "GR"), "en": .init(script: "Latn", region: "US"),
        "es": .init(script: "Latn", region: "ES"), "et": .init(script: "Latn", region: "EE"),
        "fa": .init(script: "Arab", region: "IR"), "fi": .init(script: "Latn", region: "FI"),
        "fil": .init(script: "Latn", region: "PH"), "fr": .init(script: "Latn", region: "FR"),
        "he": .init(script: "Hebr", region: "IL"), "hi": .init(script: "Deva", region: "IN"),
        "hr": .init(script: "Latn", region: "HR"), "hu": .init(script: "Latn", region: "HU"),
        "id": .init(script: "Latn", region: "ID"), "is": .init(script: "Latn", region: "IS"),
        "it": .init(script: "Latn", region: "IT"), "ja": .init(script: "Jpan", region: "JP"),
        "ko": .init(script: "Kore", region: "KR"), "lt": .init(script: "Latn", region: "LT"),
        "lv": .init(script: "Latn", region: "LV"), "ms": .init(script: "Latn", region: "MY"),
        "nb": .init(script: "Latn", region: "NO"), "nl": .init(script: "Latn", region: "NL"),
        "nn": .init(script: "Latn", region: "NO"), "pl": .init(script: "Latn", region: "PL"),
        "pt": .init(script: "Latn", region: "BR"), "ro": .init(script: "Latn", region: "RO"),
        "ru": .init(script: "Cyrl", region: "RU"), "sk": .init(script: "Latn", region: "SK"),
        "sl": .init(script: "Latn", region: "SI"), "sr": .init(script: "Cyrl", region: "RS"),
        "sv": .init(script: "Latn", region: "SE"), "th": .init(script: "Thai", region: "TH"),
        "tr": .init(script: "Latn", region: "TR"), "uk": .init(script: "Cyrl", region: "UA"),
        "vi": .init(script: "Latn", region: "VN"), "zh": .init(script: "Hans", region: "CN"),
    ]

    /// Chinese is written in two scripts; the region decides which one a reader expects.
    static let chineseScriptByRegion = ["TW": "Hant", "HK": "Hant", "MO": "Hant", "CN": "Hans", "SG": "Hans", "MY": "Hans"]
    static let chineseRegionByScript = ["Hant": "TW", "Hans": "CN"]

    /// The script `tag` is written in, stated or implied.
    static func script(of tag: LocaleTag) -> String? {
        if let script = tag.script { return script }
        if tag.language == "zh", let region = tag.region { return chineseScriptByRegion[region] ?? "Hans" }
        return byLanguage[tag.language]?.script
    }

    /// The region a tag without one most likely means.
    static func region(language: String, script: String?) -> String? {
        if language == "zh", let script { return chineseRegionByScript[script] }
        return byLanguage[language]?.region
    }
}

extension LocaleTag {
    /// The tag in the form locales are stored under: aliases replaced, the
    /// likely region filled in, and a script dropped when the region implies it.
    ///
    /// `ja` → `ja-JP`, `zh-Hant-TW` → `zh-TW`, `zh-Hant` → `zh-TW`,
    /// `zh-Hans` → `zh-CN`, `iw-IL` → `he-IL`, `it_IT@euro` → `it-IT`.
    public var canonical: LocaleTag {
        let language = LikelySubtags.languageAliases[language] ?? language
        let script = self.script ?? LikelySubtags.script(of: LocaleTag(language: language, region: region))
        let region = self.region ?? LikelySubtags.region(language: language, script: script)
        let implied = LikelySubtags.script(of: LocaleTag(language: language, region: region))
        return LocaleTag(language: language, script: script == implied ? nil : script, region: region, variants: variants)
    }

    /// The script the tag is written in, stated or implied (`zh-TW` → `Hant`).
    public var likelyScript: String? { LikelySubtags.script(of: self) }

    /// Whether a reader of one can read the other: the same language in the same script.
    public func isSameLanguage(as other: LocaleTag) -> Bool {
        language == other.language && likelyScript == other.likelyScript
    }
}
