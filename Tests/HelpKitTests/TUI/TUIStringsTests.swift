import Foundation
import HelpKit
@testable import HelpKitTerminal
import Testing

@Suite("The TUI's labels in locales/*.yml")
struct TUIStringsTests {
    static let folder = repositoryRoot.appendingPathComponent("locales").path
    static let files = LocaleFiles(folder: folder)
    static let tags = ["en-US", "ja-JP", "zh-TW", "sv-SE", "it-IT", "fr-FR"]

    @Test("every bundled locale has every label, with the same placeholders as English", arguments: tags)
    func complete(tag: String) throws {
        let file = try #require(Self.files.entries[LocaleTag(tag)!])
        let english = try #require(Self.files.entries[.english])
        for key in TUIStrings.Key.allCases {
            let text = try #require(file.strings[key.rawValue], "\(tag) lacks tui.\(key.rawValue)")
            #expect(placeholders(text) == placeholders(english.strings[key.rawValue] ?? ""), "\(tag) tui.\(key.rawValue)")
        }
        #expect(Set(file.strings.keys) == Set(TUIStrings.Key.allCases.map(\.rawValue)), "unknown keys in \(tag)")
    }

    @Test("the translations are translations: no locale but en-US shows the English key list")
    func translated() throws {
        let english = try #require(Self.files.entries[.english]).strings
        for tag in Self.tags.dropFirst() {
            let strings = try #require(Self.files.entries[LocaleTag(tag)!]).strings
            let same = TUIStrings.Key.allCases.filter { strings[$0.rawValue] == english[$0.rawValue] && $0 != .localePosition }
            #expect(same.count <= 2, "\(tag) copies English for \(same)")
        }
    }

    @Test("labels follow the locale, its language, then English")
    func negotiation() {
        #expect(TUIStrings.load(localeFiles: Self.files, locale: LocaleTag("ja-JP")!)(.actions) == "操作")
        #expect(TUIStrings.load(localeFiles: Self.files, locale: LocaleTag("sv")!)(.actions) == "Åtgärder")
        #expect(TUIStrings.load(localeFiles: Self.files, locale: LocaleTag("de-DE")!)(.actions) == "Actions")
        let strings = TUIStrings.load(localeFiles: Self.files, locale: LocaleTag("fr-FR")!)
        #expect(strings(.results, ["query": "plan"]) == "Résultats pour «\u{A0}plan\u{A0}»")
    }

    @Test("a label missing in a locale comes from its fallback")
    func fallback() throws {
        let folder = try TemporaryFolder()
        try folder.write("en-US.yml", "tag: en-US\nfallback: []\ntui:\n  actions: Actions\n  articles: Articles\n")
        try folder.write("sv-SE.yml", "tag: sv-SE\nfallback: [en-US]\ntui:\n  actions: Åtgärder\n")
        let strings = TUIStrings.load(localeFiles: LocaleFiles(folder: folder.url.path), locale: LocaleTag("sv-SE")!)
        #expect(strings(.actions) == "Åtgärder")
        #expect(strings(.articles) == "Articles")
    }

    private func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
