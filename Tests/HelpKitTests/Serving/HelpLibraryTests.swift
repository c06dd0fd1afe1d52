import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("HelpLibrary")
struct HelpLibraryTests {
    static let seeds = repositoryRoot.appendingPathComponent("content").path

    @Test("a topic by action, context or slug, with Accept-Language, names its locale and path")
    func lookups() throws {
        let library = try HelpLibrary(.content(Self.seeds))
        let preferences = LocalePreferences(acceptLanguage: "de-CH, de;q=0.9, it;q=0.7")
        for name in ["reset-passcode", "1278", "6700008", "device-pin-password-reset-from-intune"] {
            guard case let .topic(topic) = try library.lookup(name, preferences: preferences) else {
                Issue.record("\(name) should lead to the seed topic")
                continue
            }
            #expect(topic.locale.identifier == "it-IT")
            #expect(topic.title == "Reimpostazione PIN/password dispositivo da Intune")
            #expect(topic.markdown.hasPrefix("# <a name=\"device-pinpassword-reset-from-intune\"></a>Reimpostazione"))
            #expect(topic.resolution.missedLanguage?.identifier == "de-CH")
            #expect(topic.resolution.steps.map(\.outcome) == [.unavailable, .unavailable, .shown(LocaleTag("it-IT")!, .exact)])
            #expect(topic.availableLocales.map(\.identifier) == ["en-US", "fr-FR", "it-IT", "ja-JP", "sv-SE", "zh-TW"])
            #expect(topic.action == (name == "reset-passcode" ? "reset-passcode" : nil))
        }
        #expect(try library.lookup("nothing", preferences: preferences) == .notFound)
        let strings = library.interfaceStrings(preferences)
        #expect(strings.locale.identifier == "it-IT")
        #expect(strings.text(.alertTip) == "Suggerimento")
    }

    @Test("a topic in exactly one locale, its units, and the list of topics")
    func exactLocaleAndUnits() throws {
        let library = try HelpLibrary(.content(Self.seeds))
        let swedish = try #require(try library.topic(slug: "device-pin-password-reset-from-intune", locale: LocaleTag("sv-SE")!))
        #expect(swedish.translation == .machine)
        #expect(swedish.olderRevision == .init(handoff: "2020-07-28", newestHandoff: "2020-09-14", changedSentences: 0))
        #expect(try library.topic(slug: "device-pin-password-reset-from-intune", locale: LocaleTag("de-DE")!) == nil)
        let units = try library.units(slug: "device-pin-password-reset-from-intune", locale: LocaleTag("ja-JP")!)
        #expect(units.count == 7)
        #expect(units.first?.block == "heading" && units.first?.source == "Device pin/password reset from Intune")
        let topics = try library.topics(preferences: LocalePreferences(["zh-TW"]))
        #expect(topics == [TopicSummary(slug: "device-pin-password-reset-from-intune", title: "從 Intune 重設裝置 pin/密碼",
                                        locale: LocaleTag("zh-TW")!)])
    }

    @Test("an article missing in every asked-for locale is shown in English rebuilt from its unit sources")
    func englishFromSources() throws {
        let fixture = try FixtureContent()
        try fixture.article("ja-JP", "only-japanese", units: [("見出し", "Heading"), ("本文です。", "This is the body.")])
        let library = try HelpLibrary(.content(fixture.content))
        guard case let .topic(topic) = try library.lookup("only-japanese", preferences: LocalePreferences(["fr"])) else {
            Issue.record("the article should be found")
            return
        }
        #expect(topic.locale.identifier == "en-US")
        #expect(topic.translation == .englishFromSources)
        #expect(topic.title == "Heading")
        #expect(topic.markdown == "# Heading\n\nThis is the body.\n\n")
        #expect(topic.notices(library.interfaceStrings(LocalePreferences(["fr"]))) == ["Affiché en anglais : aucune traduction en français."])
    }

    @Test("a translation that lacks the action's sentence gives its short help in English, and says so")
    func shortHelpFallsBackToEnglish() throws {
        let fixture = try FixtureContent()
        try fixture.article("ja-JP", "topic", handoff: "09/14/2020", commit: "new", units: [
            ("見出し", "Heading"), ("新しい文です。", "A new sentence."),
        ])
        try fixture.article("fr-FR", "topic", handoff: "07/28/2020", commit: "old", units: [
            ("Titre", "Heading"), ("Une ancienne phrase.", "An old sentence."),
        ])
        try fixture.contexts("actions:\n  - action: act\n    article: topic\n    short-help: A new sentence.\n")
        let library = try HelpLibrary(.content(fixture.content))
        #expect(library.buildDiagnostics.isEmpty, "\(library.buildDiagnostics)")
        let french = LocalePreferences(["fr"])
        let help = try #require(try library.shortHelp(action: "act", preferences: french))
        #expect(help.text == "A new sentence.")
        #expect(help.locale.identifier == "en-US" && help.missingIn?.identifier == "fr-FR")
        #expect(help.notice(library.interfaceStrings(french)) == "Affiché en anglais : la traduction en français ne contient pas cette phrase.")
        #expect(try library.shortHelp(action: "act", preferences: LocalePreferences(["ja"]))?.text == "新しい文です。")
        let topic = try #require(try library.topic(slug: "topic", locale: LocaleTag("fr-FR")!))
        #expect(topic.olderRevision == .init(handoff: "2020-07-28", newestHandoff: "2020-09-14", changedSentences: 1))
    }

    @Test("English differing only by URL locale, spacing or a space before punctuation is the same revision's text")
    func revisionIgnoresPipelineRewrites() throws {
        let fixture = try FixtureContent()
        try fixture.article("ja-JP", "topic", handoff: "09/14/2020", commit: "new", units: [
            ("見出し", "Heading"),
            ("一", "Click **Reactivate**. See [docs](https://docs.microsoft.com/ja-JP/intune/a)."),
        ])
        try fixture.article("sv-SE", "topic", handoff: "07/28/2020", commit: "old", units: [
            ("Rubrik", "Heading"),
            ("Ett", "Click **Reactivate** .  See [docs](https://docs.microsoft.com/en-us/intune/a)."),
        ])
        let library = try HelpLibrary(.content(fixture.content))
        let swedish = try #require(try library.topic(slug: "topic", locale: LocaleTag("sv-SE")!))
        #expect(swedish.olderRevision?.changedSentences == 0)
        #expect(try library.topic(slug: "topic", locale: LocaleTag("ja-JP")!)?.olderRevision == nil)
    }

    @Test("search ranks in the negotiated locale, marks matches, and finds two-character words")
    func search() throws {
        let library = try HelpLibrary(.content(Self.seeds))
        let japanese = try library.search("削除", preferences: LocalePreferences(["ja"]))
        #expect(japanese.locale.identifier == "ja-JP")
        #expect(japanese.hits.map(\.slug) == ["device-pin-password-reset-from-intune"])
        #expect(japanese.hits.first?.snippet.contains("\u{02}削除\u{03}") == true)
        let italian = try library.search("PASSCODE rimuovere", preferences: LocalePreferences(["it"]))
        #expect(italian.hits.count == 1)
        #expect(italian.hits.first?.snippet.contains("\u{02}") == true)
        #expect(try library.search("passcode", preferences: LocalePreferences(["de"])).locale.identifier == "en-US")
        #expect(try library.search("\"AND* ( zzz", preferences: LocalePreferences(["en"])).hits.isEmpty)
        // A word said many times is one word; a thousand words do not break the query, they are cut to the first 32.
        let once = try library.search("passcode", preferences: LocalePreferences(["en"])).hits.map(\.slug)
        #expect(try library.search(Array(repeating: "passcode", count: 998).joined(separator: " "),
                                   preferences: LocalePreferences(["en"])).hits.map(\.slug) == once)
        let many = (0..<1_000).map { "w\($0)" }.joined(separator: " ")
        #expect(try library.search(many, preferences: LocalePreferences(["en"])).hits.isEmpty)
    }
}

@Suite("Hostile content in the catalog")
struct CatalogHostileContentTests {
    @Test("escape sequences, OSC strings, C1 controls and NULs in unit text never reach the output")
    func controlsAreDropped() throws {
        let fixture = try FixtureContent()
        try fixture.article("ja-JP", "hostile", units: [
            ("見出し\u{1B}[2J", "Heading\u{1B}]0;owned\u{07}"),
            ("赤\u{1B}[31mい\u{9B}31m文\u{00}です。", "A \u{1B}]8;;http://evil\u{1B}\\red\u{1B}]8;;\u{1B}\\ sentence."),
        ])
        try fixture.contexts("actions:\n  - action: act\n    article: hostile\n    short-help: {contains: sentence}\n")
        for locale in ["ja", "de"] {
            for arguments in [["help", "hostile"], ["help", "hostile", "--format", "markdown"], ["help", "act", "--short"],
                              ["help", "act", "--format", "json"], ["search", "sentence"], ["search", "文で"]] {
                let run = try Serving.run(arguments + ["--content", fixture.content, "--locale", locale], in: fixture.folder.url)
                let forbidden = run.output.enumerated().filter { index, byte in
                    byte == 0x1B || byte == 0x07 || byte == 0x00 || (byte == 0x9B && index > 0 && run.output[index - 1] == 0xC2)
                }
                #expect(forbidden.isEmpty, "\(arguments) \(locale): \(run.text.debugDescription)")
            }
        }
        let library = try HelpLibrary(.content(fixture.content))
        let topic = try #require(try library.topic(slug: "hostile", locale: LocaleTag("ja-JP")!))
        #expect(topic.title == "見出し")
        #expect(topic.markdown.contains("赤い文です。"))
    }
}
