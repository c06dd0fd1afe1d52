import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Locale negotiation")
struct LocaleNegotiationTests {
    static let bundled = ["en-US", "fr-FR", "it-IT", "ja-JP", "sv-SE", "zh-TW"].compactMap { LocaleTag($0) }
    static let negotiator = LocaleNegotiator(fallbacks: [
        LocaleTag("zh-TW")!: [LocaleTag("zh-HK")!, LocaleTag("en-US")!],
        LocaleTag("nb-NO")!: [LocaleTag("en-US")!, LocaleTag("da-DK")!],
        LocaleTag("sv-SE")!: [LocaleTag("en-US")!],
    ])

    static func chosen(_ preferences: LocalePreferences, among available: [LocaleTag] = bundled) -> String {
        negotiator.resolve(preferences, available: available).locale.identifier
    }

    @Test("tags are canonicalised the way locales are stored", arguments: [
        ("zh-Hant-TW", "zh-TW"), ("zh-Hant", "zh-TW"), ("zh-Hans", "zh-CN"), ("zh", "zh-CN"), ("zh-HK", "zh-HK"),
        ("ja", "ja-JP"), ("it_IT@euro", "it-IT"), ("ja_JP.UTF-8", "ja-JP"), ("sv", "sv-SE"), ("iw", "he-IL"),
        ("en-GB", "en-GB"), ("sr-Latn-RS", "sr-Latn-RS"), ("xx", "xx"),
    ])
    func canonical(written: String, canonical: String) throws {
        #expect(try #require(LocaleTag(written)).canonical.identifier == canonical)
    }

    @Test("the environment is read in gettext's order; C and POSIX ask for nothing")
    func environmentOrder() {
        let all = LocalePreferences.environment(
            ["LANGUAGE": "de:fr_FR", "LC_ALL": "it_IT.UTF-8", "LC_MESSAGES": "sv_SE", "LANG": "ja_JP.UTF-8"], explicit: "zh-Hant")
        #expect(all.requests.map(\.tag.identifier) == ["zh-TW", "de-DE", "fr-FR", "it-IT"])
        #expect(all.requests.map(\.origin.description) == ["--locale", "LANGUAGE", "LANGUAGE", "LC_ALL"])
        let messages = LocalePreferences.environment(["LC_ALL": "", "LC_MESSAGES": "sv_SE", "LANG": "ja_JP.UTF-8"])
        #expect(messages.requests.map(\.tag.identifier) == ["sv-SE"])
        #expect(LocalePreferences.environment(["LC_ALL": "C", "LANG": "ja_JP.UTF-8"]).requests.isEmpty)
        #expect(LocalePreferences.environment(["LANG": "POSIX"]).requests.isEmpty)
        #expect(LocalePreferences.environment(["LANG": "C.UTF-8"]).requests.isEmpty)
    }

    @Test("Accept-Language is ordered by quality; q=0 and * ask for nothing")
    func acceptLanguage() {
        let preferences = LocalePreferences(acceptLanguage: "en;q=0.5, fr-CH, de;q=0, ja;q=0.8, *;q=0.1, sv;q=0.8")
        #expect(preferences.requests.map(\.tag.identifier) == ["fr-CH", "ja-JP", "sv-SE", "en-US"])
        #expect(Self.chosen(preferences) == "fr-FR")
    }

    @Test("a missing region or another region matches on language; a script does not")
    func sameLanguage() {
        #expect(Self.chosen(LocalePreferences(["fr-CA"])) == "fr-FR")
        #expect(Self.chosen(LocalePreferences(["it"])) == "it-IT")
        #expect(Self.chosen(LocalePreferences(["zh-Hans"])) == "en-US")
        let resolution = Self.negotiator.resolve(LocalePreferences(["fr-CA"]), available: Self.bundled)
        #expect(resolution.missedLanguage == nil)
        #expect(resolution.steps.first?.outcome == .shown(LocaleTag("fr-FR")!, .sameLanguage))
    }

    @Test("configured fallbacks are followed, but English waits for every request")
    func configuredFallbacks() {
        let danish = [LocaleTag("da-DK")!, LocaleTag("en-US")!, LocaleTag("ja-JP")!]
        let resolution = Self.negotiator.resolve(LocalePreferences(["no"]), available: danish)
        #expect(resolution.locale.identifier == "da-DK")
        #expect(resolution.steps.first?.outcome == .shown(LocaleTag("da-DK")!, .configuredFallback(LocaleTag("nb-NO")!)))
        #expect(resolution.missedLanguage?.identifier == "nb-NO")
        let hongKong = [LocaleTag("zh-HK")!, LocaleTag("en-US")!]
        #expect(Self.negotiator.resolve(LocalePreferences(["zh-TW"]), available: hongKong).steps.first?.outcome
                == .shown(LocaleTag("zh-HK")!, .sameLanguage))
        // sv-SE falls back to en-US, yet the user's second choice comes first.
        #expect(Self.chosen(LocalePreferences(["sv", "ja"]), among: [LocaleTag("en-US")!, LocaleTag("ja-JP")!]) == "ja-JP")
    }

    @Test("with nothing available that was asked for, English is shown and the miss is named")
    func endsAtEnglish() {
        let resolution = Self.negotiator.resolve(LocalePreferences.environment(["LANGUAGE": "de:nl"]), available: Self.bundled)
        #expect(resolution.locale.identifier == "en-US")
        #expect(resolution.missedLanguage?.identifier == "de-DE")
        #expect(resolution.steps.map(\.outcome) == [.unavailable, .unavailable])
        #expect(resolution.explanation.last == "en-US: the source language, shown when nothing asked for exists")
        #expect(Self.negotiator.resolve(LocalePreferences([]), available: Self.bundled).missedLanguage == nil)
    }
}
