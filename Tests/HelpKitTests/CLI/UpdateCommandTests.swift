import Foundation
import HelpKitCore
import HelpKitTestSupport
import Testing

/// `helpkit update` on a copy of the bundled content whose English changed:
/// one sentence reworded, one added.
@Suite("helpkit update")
struct UpdateCommandTests {
    static let slug = "device-pin-password-reset-from-intune"

    /// content/ copied, with its English edited.
    static func folder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for locale in ["en-US", "ja-JP", "sv-SE"] {
            let text = try String(contentsOf: repositoryRoot.appendingPathComponent("content/\(locale)/\(slug).md"), encoding: .utf8)
            try folder.write("content/\(locale)/\(slug).md", locale != "en-US" ? text : text
                .replacingOccurrences(of: "Only specific operating system types", with: "Only some operating system types")
                .replacingOccurrences(of: "You can remove a passcode", with: "Before you start, sign in as an admin.\n\nYou can remove a passcode"))
        }
        return folder
    }

    @Test("it rewrites each translation in place, and check then reports the reworded sentence and the new one")
    func inPlace() throws {
        let folder = try Self.folder()
        let run = try HelpKitBinary.run(["update", "content"], currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("2 article(s) updated, 0 added, 0 unchanged"), "\(run.errors)")
        let findings = try CheckFixtures.findings(["content"], in: folder).filter { $0["locale"] as? String == "ja-JP" }
        let rules = findings.compactMap { $0["ruleID"] as? String }.filter { $0 != "machine-translation" }.sorted()
        #expect(rules == ["source-drift", "untranslated"], "\(findings)")
        let again = try HelpKitBinary.run(["update", "content"], currentDirectory: folder.url)
        #expect(again.errors.contains("0 article(s) updated, 0 added, 2 unchanged"), "\(again.errors)")
    }

    @Test("--dry-run --report writes nothing and prints the leverage analysis")
    func dryRunReport() throws {
        let folder = try Self.folder()
        let before = try Data(contentsOf: folder.url.appendingPathComponent("content/ja-JP/\(Self.slug).md"))
        let run = try HelpKitBinary.run(["update", "content", "--dry-run", "--report", "json"], currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("content/ja-JP/\(Self.slug).md")) == before)
        let document = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
        let total = try #require(document["total"] as? [String: Any])
        let categories = try #require(total["categories"] as? [String: [String: Int]])
        #expect(total["articles"] as? Int == 2)
        #expect(categories["exact"]?["units"] == 12)
        #expect(categories["fuzzy 85-94"]?["units"] == 2)
        // The added sentence is new once in each locale: repetitions count within a locale.
        #expect(categories["new"]?["units"] == 2 && categories["repetition"]?["units"] == 0)
        let csv = try HelpKitBinary.run(["update", "content", "--dry-run", "--report", "csv"], currentDirectory: folder.url)
        #expect(csv.lines.first == "locale,articles,category,units,words")
    }

    @Test("--output writes the updated folders elsewhere; --add-missing fills a locale that lacks the article")
    func outputAndMissing() throws {
        let folder = try Self.folder()
        try folder.write("content/fr-FR/other.md", "---\ntitle: Autre\nms.contentlocale: fr-FR\n---\nTexte.\n")
        let run = try HelpKitBinary.run(["update", "content", "-o", "out", "--add-missing"], currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("2 article(s) updated, 1 added"), "\(run.errors)")
        let added = try String(contentsOf: folder.url.appendingPathComponent("out/fr-FR/\(Self.slug).md"), encoding: .utf8)
        #expect(added.contains("ms.contentlocale: fr-FR\nhelpkit.untranslated: ["))
        // Every unit of the added article has its English standing in, and the list says so.
        let parsed = ArticleParser.parse(Array(added.utf8), path: "fr-FR/\(Self.slug).md")
        #expect(!parsed.units.isEmpty && parsed.frontMatter?.untranslatedUnits == Set(parsed.units.map(\.id.description)))
        #expect(added.contains(">Before you start, sign in as an admin.</span><span class=\"sxs-lookup\">"))
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out/ja-JP/\(Self.slug).md").path))
        let original = try String(contentsOf: folder.url.appendingPathComponent("content/ja-JP/\(Self.slug).md"), encoding: .utf8)
        #expect(!original.contains("Before you start"))
    }

    @Test("an article with no English, with English that does not parse, or whose own units do not is reported and left as it is")
    func badInput() throws {
        let folder = try Self.folder()
        try folder.write("content/ja-JP/orphan.md", sxsArticle(body: sxsUnit("1a2b3-102", target: "開きます。", source: "Open it.")))
        try folder.write("content/ja-JP/broken.md", sxsArticle(body: "<span data-ttu-id=\"1a2b3-102\">開きます。</span>"))
        try folder.write("content/en-US/broken.md", "---\ntitle: B\n---\nOpen it now.\n")
        try folder.write("content/sv-SE/bad-english.md", sxsArticle(locale: "sv-SE", body: sxsUnit("1a2b3-102", target: "Öppna.", source: "Open it.")))
        try folder.write("content/en-US/bad-english.md", "---\ntitle: [unclosed\n---\nOpen it now.\n")
        let before = try ["orphan", "broken"].map { try Data(contentsOf: folder.url.appendingPathComponent("content/ja-JP/\($0).md")) }
        let run = try HelpKitBinary.run(["update", "content"], currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("content/ja-JP/orphan.md:1:1: warning: no English at content/en-US/orphan.md; it is left as it is [update]"))
        #expect(run.errors.contains("content/ja-JP/broken.md:1:1: warning: its units do not parse"))
        #expect(run.errors.contains("content/sv-SE/bad-english.md:1:1: warning: its English does not parse; it is left as it is [update]"))
        #expect(run.errors.contains("content/en-US/bad-english.md:3:1: error: front matter is not valid YAML"), "\(run.errors)")
        #expect(try ["orphan", "broken"].map { try Data(contentsOf: folder.url.appendingPathComponent("content/ja-JP/\($0).md")) } == before)
        #expect(run.errors.contains("2 article(s) updated"), "the others are updated: \(run.errors)")
    }
}
