import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Locale files")
struct LocaleFilesTests {
    static let loaded = LocaleDescription.loadFolder(repositoryRoot.appendingPathComponent("locales").path)

    static func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    @Test("the bundled locale files read without a problem")
    func readCleanly() {
        #expect(Self.loaded.diagnostics.isEmpty, "\(Self.loaded.diagnostics)")
        #expect(Self.loaded.locales.map(\.tag.identifier) == ["en-US", "fr-FR", "it-IT", "ja-JP", "qps-Ploc", "sv-SE", "zh-TW"])
    }

    @Test("English defines every key the tools use")
    func englishIsComplete() throws {
        let english = try #require(Self.loaded.locales.first { $0.tag.identifier == "en-US" })
        #expect(Set(InterfaceStringKey.all.map(\.rawValue)) == Set(english.strings.keys))
    }

    @Test("the English built into helpkit is locales/en-US.yml, and speaks when a help set has no locales folder")
    func builtInEnglish() throws {
        let file = repositoryRoot.appendingPathComponent("locales/en-US.yml")
        let source = repositoryRoot.appendingPathComponent("Sources/HelpKitCatalog/Locales/BuiltInEnglish.swift")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        // The file's lines in a raw multi-line literal, indented as the literal's closing delimiter is.
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0.isEmpty ? "" : "    " + $0 }
        let swift = ([
            "// Written by LocaleFilesTests from locales/en-US.yml, which is the one to edit:",
            "// HELPKIT_RECORD_FIXTURES=1 swift test --filter LocaleFilesTests",
            "extension LocaleDescription {",
            #"    static let builtInEnglishFile = ##""""#,
        ] + lines + [###"    """##"###, "}", ""]).joined(separator: "\n")
        if ProcessInfo.processInfo.environment["HELPKIT_RECORD_FIXTURES"] != nil {
            try Data(swift.utf8).write(to: source)
        }
        #expect(try String(contentsOf: source, encoding: .utf8) == swift, "rerun with HELPKIT_RECORD_FIXTURES=1 after changing en-US.yml")
        let english = try #require(Self.loaded.locales.first { $0.tag.identifier == "en-US" })
        #expect(LocaleDescription.builtInEnglish == english)

        let strings = InterfaceStrings(LocalePreferences(["fr"]), among: [])
        #expect(strings.text(.unknownTopic, ["name": "x"]) == english.strings["error.unknown_topic"]?.replacing("{name}", with: "x"))
    }

    @Test("every locale has every key of English with the same placeholders, and the same language names")
    func sameKeysAndPlaceholders() throws {
        let english = try #require(Self.loaded.locales.first { $0.tag.identifier == "en-US" })
        for locale in Self.loaded.locales {
            #expect(Set(locale.strings.keys) == Set(english.strings.keys), "\(locale.tag)")
            #expect(Set(locale.languageNames.keys) == Set(english.languageNames.keys), "\(locale.tag)")
            for (key, text) in english.strings {
                #expect(Self.placeholders(locale.strings[key] ?? "") == Self.placeholders(text), "\(locale.tag) \(key)")
            }
            if locale.tag != english.tag {
                let translated = english.strings.keys.filter { locale.strings[$0] != english.strings[$0] }
                #expect(translated.count > english.strings.count * 3 / 4, "\(locale.tag) looks untranslated")
            }
        }
    }

    @Test("a notice names the language in the interface's language")
    func languageNames() throws {
        func strings(_ tag: String) throws -> InterfaceStrings {
            InterfaceStrings(locale: try #require(Self.loaded.locales.first { $0.tag.identifier == tag }), english: nil)
        }
        let german = LocaleTag("de-DE")!
        #expect(try strings("en-US").text(.noticeFallback, ["shown": "English", "requested": strings("en-US").languageName(of: german)])
                == "Shown in English: no German translation.")
        #expect(try strings("fr-FR").languageName(of: german) == "allemand")
        #expect(try strings("ja-JP").languageName(of: LocaleTag("zh-TW")!) == "中国語（繁体字）")
        #expect(try strings("en-US").languageName(of: LocaleTag("zh-CN")!) == "Simplified Chinese")
        #expect(try strings("en-US").languageName(of: LocaleTag("tlh")!) == "tlh")
    }

    @Test("a broken locale file is reported at its line and column")
    func brokenFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("locales/de-DE.yml", "tag: de-DE\nname: German\ndirection: sideways\n")
        try folder.write("locales/nl-NL.yml", "tag: nl-NL\nstrings: [oops\n")
        let result = LocaleDescription.loadFolder(folder.path("locales"))
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasSuffix("de-DE.yml:3:12: error: direction must be ltr or rtl [locales]") }, "\(messages)")
        #expect(messages.contains { $0.contains("nl-NL.yml:3:1: error: not valid YAML") }, "\(messages)")
    }
}
