import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("The checker on the bundled content and on small help sets")
struct CheckerTests {
    static func seedFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for locale in ["en-US", "ja-JP", "zh-TW", "sv-SE", "it-IT", "fr-FR"] {
            let path = "\(locale)/device-pin-password-reset-from-intune.md"
            try folder.write(path, try Data(contentsOf: repositoryRoot.appendingPathComponent("content/\(path)")))
        }
        return folder
    }

    @Test("content/: sv-SE is machine-translated and a stale revision with identical sentences; nothing else")
    func bundledContent() {
        let report = Checker().check(paths: [repositoryRoot.appendingPathComponent("content").path])
        #expect(report.fileCount == 6 && report.articleCount == 1)
        #expect(report.locales.map(\.identifier) == ["en-US", "fr-FR", "it-IT", "ja-JP", "sv-SE", "zh-TW"])
        #expect(!report.findings.contains { $0.severity == .error })
        #expect(report.findings.map(\.ruleID) == ["machine-translation", "stale-source-revision"])
        #expect(report.findings.allSatisfy { $0.severity == .info && $0.locale?.identifier == "sv-SE" })
        #expect(report.findings.map(\.location.line) == [17, 19])
        #expect(report.findings[1].message.contains("07/28/2020") && report.findings[1].message.contains("09/14/2020"))
        // Every rule ran but the opt-in segmentation-difference.
        #expect(report.rules.map(\.identifier) == RuleRegistry.all.filter { !$0.isOptIn }.map(\.identifier))
        #expect(RuleRegistry.all.filter(\.isOptIn).map(\.identifier) == ["segmentation-difference"])
    }

    @Test("a defect three locales copied from the English is one finding; one only a locale has stays its own")
    func copiedDefects() throws {
        let folder = try TemporaryFolder()
        for locale in ["fr-FR", "ja-JP", "sv-SE"] {
            let own = locale == "sv-SE" ? "ms.autor: kim\n" : ""
            let body = #"<span data-ttu-id="1a2b3-102">Text.</span><span class="sxs-lookup"><span data-stu-id="1a2b3-102">Text.</span></span>"#
            try folder.write("\(locale)/a.md", "---\ntitle: T\nms-custom: ''\nms.custom: 665,2578\n\(own)ms.translationtype: HT\nms.contentlocale: \(locale)\nms.lasthandoff: 09/14/2020\n---\n\(body)\n")
        }
        let findings = Checker().check(paths: [folder.url.path]).findings.filter { $0.severity == .warning }
        let copied = " (in fr-FR, ja-JP, sv-SE: copied from the English; fix it there)"
        #expect(findings.map(\.ruleID) == ["unknown-front-matter-key", "invalid-context-id", "unknown-front-matter-key"])
        #expect(findings[0].message.hasSuffix(copied) && findings[1].message.hasSuffix(copied))
        #expect(findings[0].path.hasSuffix("fr-FR/a.md") && findings[0].locale == nil)
        #expect(findings[2].message == "unknown key ms.autor: did you mean ms.author? Its value is ignored until the key is fixed")
        #expect(findings[2].locale?.identifier == "sv-SE")
        #expect(Set(findings.map(\.fingerprint)).count == 3)
    }

    @Test("a severity override and a disabled rule come from the configuration")
    func configuredSeverities() throws {
        let folder = try Self.seedFolder()
        var configuration = CheckConfiguration()
        configuration.severities["machine-translation"] = .error
        configuration.disabledRules = ["stale-source-revision"]
        let report = Checker(configuration: configuration).check(paths: [folder.url.path])
        #expect(report.findings.map(\.ruleID) == ["machine-translation"])
        #expect(report.findings.first?.severity == .error)
        #expect(!report.rules.contains { $0.identifier == "stale-source-revision" })
    }

    @Test("excludes are globs relative to the content root, matching files and folders")
    func excludes() throws {
        let folder = try Self.seedFolder()
        for pattern in ["sv-SE", "sv-SE/*", "*/device-pin-*.md", "**/sv-SE/"] {
            var configuration = CheckConfiguration()
            configuration.excludes = [pattern]
            let report = Checker(configuration: configuration).check(paths: [folder.url.path])
            let expectedFiles = pattern.hasPrefix("*/") ? 0 : 5
            #expect(report.fileCount == expectedFiles, "\(pattern)")
            #expect(report.findings.isEmpty, "\(pattern)")
        }
    }

    @Test("do-not-translate terms keep English that is a name from counting as untranslated, per locale or for all")
    func doNotTranslate() throws {
        let folder = try TemporaryFolder()
        let unit = sxsUnit("1a2b3-102", target: "Open the Microsoft Teams admin center", source: "Open the Microsoft Teams admin center")
        try folder.write("ja-JP/a.md", sxsArticle(locale: "ja-JP", body: unit))
        try folder.write("fr-FR/a.md", sxsArticle(locale: "fr-FR", body: unit))
        func untranslated(_ terms: [String: [String]]) -> [String] {
            var configuration = CheckConfiguration()
            configuration.doNotTranslate = terms
            return Checker(configuration: configuration).check(paths: [folder.url.path]).findings
                .filter { $0.ruleID == "untranslated" }.compactMap { $0.locale?.identifier }
        }
        #expect(untranslated([:]) == ["fr-FR", "ja-JP"])
        #expect(untranslated(["*": ["Microsoft Teams admin center"]]).isEmpty)
        #expect(untranslated(["ja-JP": ["Microsoft Teams admin center"]]) == ["fr-FR"])
    }

    @Test("with no en-US folder, a configured reference locale is the reference, and articles it lacks are orphans")
    func configuredReference() throws {
        let folder = try TemporaryFolder()
        try folder.write("ja-JP/a.md", sxsArticle(locale: "ja-JP", body: sxsUnit("1a2b3-102", target: "開きます。", source: "Open the page.")))
        try folder.write("sv-SE/a.md", sxsArticle(locale: "sv-SE", body: sxsUnit("1a2b3-102", target: "Öppna den.", source: "Open it.")))
        try folder.write("ja-JP/b.md", sxsArticle(locale: "ja-JP", body: sxsUnit("1a2b3-102", target: "閉じます。", source: "Close it.")))
        var configuration = CheckConfiguration()
        configuration.reference = LocaleTag("sv-SE")
        let findings = Checker(configuration: configuration).check(paths: [folder.url.path]).findings
        let drift = try #require(findings.first { $0.ruleID == "source-drift" })
        #expect(drift.locale?.identifier == "ja-JP" && drift.change == TextChange(old: "Open the page.", new: "Open it."))
        #expect(findings.contains { $0.ruleID == "extra-article" && $0.path.hasSuffix("ja-JP/b.md") })
        #expect(!findings.contains { $0.ruleID == "missing-article" && $0.slug == "b" })
    }

    @Test("fingerprints survive renumbering: a sentence inserted before a finding keeps its fingerprint")
    func fingerprintsSurviveRenumbering() throws {
        let folder = try TemporaryFolder()
        let untranslated = "Go to the Watch app on your iPhone."
        try folder.write("ja-JP/a.md", sxsArticle(locale: "ja-JP", body: sxsUnit("1a2b3-102", target: untranslated, source: untranslated)))
        let before = Checker().check(paths: [folder.url.path]).findings.filter { $0.ruleID == "untranslated" }
        try folder.write("ja-JP/a.md", sxsArticle(locale: "ja-JP", body: sxsUnit("9f8e7-102", target: "開きます。", source: "Open it.")
            + "\n\n" + sxsUnit("9f8e7-103", target: untranslated, source: untranslated)))
        let after = Checker().check(paths: [folder.url.path]).findings.filter { $0.ruleID == "untranslated" }
        #expect(before.count == 1 && after.count == 1)
        #expect(before.first?.location.line != after.first?.location.line)
        #expect(before.first?.fingerprint == after.first?.fingerprint)
    }

    @Test("progress counts files up to the total, on the calling thread")
    func progress() throws {
        // Many groups, so that worker threads check most of them.
        let folder = try TemporaryFolder()
        for locale in ["en-US", "ja-JP"] {
            let seed = try Data(contentsOf: repositoryRoot.appendingPathComponent("content/\(locale)/device-pin-password-reset-from-intune.md"))
            for copy in 0..<40 { try folder.write("\(locale)/seed-\(copy).md", seed) }
        }
        var calls: [(Int, Int)] = []
        var elsewhere = 0
        let caller = pthread_self()
        _ = Checker().check(paths: [folder.url.path]) {
            calls.append(($0, $1))
            if pthread_equal(pthread_self(), caller) == 0 { elsewhere += 1 }
        }
        #expect(calls.last.map { $0 == (80, 80) } == true)
        #expect(calls.map(\.0) == calls.map(\.0).sorted())
        #expect(elsewhere == 0, "\(elsewhere) of \(calls.count) progress calls came from another thread")
    }

    @Test("an unreadable path is a finding, and the rest is still checked")
    func unreadablePath() throws {
        let folder = try Self.seedFolder()
        let report = Checker().check(paths: [folder.url.path, folder.path("missing")])
        #expect(report.findings.contains { $0.ruleID == "unreadable-file" && $0.path.hasSuffix("missing") && $0.severity == .error })
        #expect(report.findings.contains { $0.ruleID == "machine-translation" })
    }
}
