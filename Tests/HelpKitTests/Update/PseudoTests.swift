import Foundation
import HelpKitCatalog
import HelpKitCore
import HelpKitTestSupport
import HelpKitUpdate
import Testing

@Suite("Pseudo-localization")
struct PseudoTests {
    static func pseudo(_ english: String, expansion: Int = 30) -> String {
        String(decoding: Pseudolocalizer(expansion: expansion).translate(Array(english.utf8)), as: UTF8.self)
    }

    @Test("letters are accented, the text padded and bracketed")
    func letters() {
        // 44 characters: brackets, a space and 10 `·` make 30% more.
        #expect(Self.pseudo("Reset the PIN on every device you own today.") == "[Ŗéšéţ ţĥé ÞÎÑ öñ éṽéŗý đéṽîçé ýöû öŵñ ţöđàý. ··········]")
        // Short text grows by more: at least one `·`.
        #expect(Self.pseudo("Reset the PIN") == "[Ŗéšéţ ţĥé ÞÎÑ ·]")
        #expect(Self.pseudo("Reset", expansion: 0) == "[Ŗéšéţ]")
    }

    @Test("markup, code, link targets, URLs, tags, placeholders and entities stay as written", arguments: [
        ("Select **Save**.", "[Šéļéçţ **Šàṽé**. ·]"),
        ("Run `dir /s` now", "[Ŗûñ `dir /s` ñöŵ ·]"),
        ("See [Plans](https://docs.microsoft.com/plans).", "[Šéé [Þļàñš](https://docs.microsoft.com/plans). ·]"),
        ("Type <Group Name> in {0} or %APPDATA%", "[Ţýþé <Group Name> îñ {0} öŗ %APPDATA% ·]"),
        ("R&amp;D&nbsp;team<br>", "[Ŗ&amp;Đ&nbsp;ţéàɱ<br> ·]"),
    ])
    func protected(pair: (String, String)) {
        #expect(Self.pseudo(pair.0) == pair.1)
    }

    @Test("helpkit pseudo writes a locale the checker finds aligned: every code kept, every unit pseudo-translated")
    func command() throws {
        let folder = try TemporaryFolder()
        let english = try String(contentsOf: repositoryRoot.appendingPathComponent("content/en-US/device-pin-password-reset-from-intune.md"),
                                 encoding: .utf8)
        try folder.write("content/en-US/device-pin-password-reset-from-intune.md", english)
        let run = try HelpKitBinary.run(["pseudo", "content/en-US", "--expansion", "40"], currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        // Beside the English folder unless told otherwise.
        let path = folder.path("content/qps-Ploc/device-pin-password-reset-from-intune.md")
        let article = ArticleParser.parse(try FileReader.read(path), path: path)
        #expect(article.diagnostics.isEmpty, "\(article.diagnostics)")
        #expect(article.units.count == 7)
        #expect(article.units.allSatisfy { $0.target.hasPrefix("[") && $0.target.hasSuffix("·]") })
        #expect(String(decoding: article.englishMarkdown(), as: UTF8.self).hasSuffix(String(english.split(separator: "---\n", maxSplits: 2)[1])))
        let findings = try CheckFixtures.findings(["content"], in: folder).compactMap { $0["ruleID"] as? String }
        #expect(!findings.contains { $0.hasSuffix("-parity") || $0.hasSuffix("-drift") || $0 == "untranslated" }, "\(findings)")
    }

    @Test("a translation given as the English is refused, and nothing is written for it")
    func translationAsEnglish() throws {
        let folder = try TemporaryFolder()
        try folder.write("content/fr-FR/a.md", sxsArticle(locale: "fr-FR", body: sxsUnit("1a2b3-102", target: "Ouvrez-le.", source: "Open it.")))
        let run = try HelpKitBinary.run(["pseudo", "content/fr-FR", "-o", "out"], currentDirectory: folder.url)
        #expect(run.status == 2)
        #expect(run.errors.contains(
            "content/fr-FR/a.md:7:1: error: this is an sxs translation, not plain English; give the English as helpkit source writes it [update]"),
            "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("out/qps-Ploc/a.md")))
    }

    @Test("the pseudo-locale of the bundled English is 30% ± 5% longer, counted in characters")
    func expansion() throws {
        let folder = try TemporaryFolder()
        let run = try HelpKitBinary.run(["pseudo", repositoryRoot.appendingPathComponent("content/en-US").path, "-o", folder.path("pseudo")])
        #expect(run.status == 0, "\(run.errors)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path("pseudo/qps-Ploc"))
        let units = try files.flatMap { name -> [TranslationUnit] in
            let path = folder.path("pseudo/qps-Ploc/\(name)")
            return ArticleParser.parse(try FileReader.read(path), path: path).units
        }
        let english = units.reduce(0) { $0 + $1.source.count }
        let pseudo = units.reduce(0) { $0 + $1.target.count }
        #expect(units.count == 7)
        #expect((1.25...1.35).contains(Double(pseudo) / Double(english)), "\(pseudo) characters for \(english)")
    }

    @Test("locales/qps-ploc.yml is en-US.yml with its strings and language names pseudo-localized the same way")
    func localeFile() throws {
        let locales = repositoryRoot.appendingPathComponent("locales")
        let english = try #require(LocaleDescription.loadFolder(locales.path).locales.first { $0.tag.identifier == "en-US" })
        let text = PseudoLocaleFile(english: english).yaml
        let file = locales.appendingPathComponent("qps-ploc.yml")
        if ProcessInfo.processInfo.environment["HELPKIT_RECORD_FIXTURES"] != nil {
            try Data(text.utf8).write(to: file)
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == text, "rerun with HELPKIT_RECORD_FIXTURES=1 after changing en-US.yml")
    }
}

/// What `locales/qps-ploc.yml` holds: English's interface strings made pseudo.
struct PseudoLocaleFile {
    let english: LocaleDescription

    var yaml: String {
        let pseudolocalizer = Pseudolocalizer()
        func pseudo(_ text: String) -> String { String(decoding: pseudolocalizer.translate(Array(text.utf8)), as: UTF8.self) }
        func quoted(_ text: String) -> String {
            // A JSON string is a YAML double-quoted scalar.
            let encoder = JSONEncoder()
            encoder.outputFormatting = .withoutEscapingSlashes
            return String(decoding: (try? encoder.encode(text)) ?? Data(), as: UTF8.self)
        }
        func section(_ name: String, _ entries: [String: String]) -> [String] {
            ["\(name):"] + entries.keys.sorted().map { "  \($0): \(quoted(pseudo(entries[$0] ?? "")))" }
        }
        let lines = [
            "# Written by PseudoTests from en-US.yml: HELPKIT_RECORD_FIXTURES=1 swift test --filter PseudoTests",
            "tag: qps-ploc",
            "name: Pseudo-locale",
            "native_name: \(quoted(pseudo("Pseudo-locale")))",
            "direction: ltr",
            "fallback: [en-US]",
        ] + section("strings", english.strings) + section("language_names", english.languageNames)
        return lines.joined(separator: "\n") + "\n"
    }
}
