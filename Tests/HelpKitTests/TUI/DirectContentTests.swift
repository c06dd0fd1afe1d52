import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("TUI content parsed straight from article folders")
struct DirectContentTests {
    @Test("without an en-US file, English comes from the translation with the newest English")
    func englishFromNewestSources() throws {
        let folder = try TemporaryFolder()
        let body = { (source: String) in "# <a name=\"t\"></a>" + sxsUnit("aaaaa-102", target: "T", source: "Title") + "\n\n"
            + sxsUnit("aaaaa-103", target: "x", source: source) }
        try folder.write("ja-JP/a.md", sxsArticle(locale: "ja-JP", body: body("Admins must change plans manually.")))
        try folder.write("sv-SE/a.md", sxsArticle(locale: "sv-SE", body: body("Admins need to switch plans manually."))
            .replacingOccurrences(of: "09/14/2020", with: "07/28/2020"))
        let content = DirectContent(paths: [folder.url.path])
        let english = try #require(content.topic("a", in: LocaleNegotiator.source))
        #expect(english.title == "Title")
        #expect(english.markdown.contains("Admins must change plans manually."))
        #expect(!english.markdown.contains("ms.contentlocale"))
        #expect(content.locales(of: "a").map(\.identifier) == ["en-US", "ja-JP", "sv-SE"])
        #expect(content.topic("a", in: LocaleTag("fr-FR")!) == nil)
    }

    @Test("search ranks slug and title matches before text matches, folds case and no-break spaces")
    func searchRanking() throws {
        let folder = try TemporaryFolder()
        try folder.write("fr-FR/b-text.md", sxsArticle(locale: "fr-FR", body: sxsUnit("aaaaa-102", target: "Voir les offres\u{A0}: Exchange", source: "See the plans")))
        try folder.write("fr-FR/a-other.md", sxsArticle(locale: "fr-FR", body: sxsUnit("aaaaa-102", target: "Rien", source: "Nothing")))
        try folder.write("fr-FR/exchange-plans.md", sxsArticle(locale: "fr-FR", body: sxsUnit("aaaaa-102", target: "Rien", source: "Nothing")))
        let content = DirectContent(paths: [folder.url.path])
        let french = LocaleTag("fr-FR")!
        #expect(content.search("EXCHANGE", in: french) == ["exchange-plans", "b-text"])
        #expect(content.search("offres : exchange", in: french) == ["b-text"])
        #expect(content.search("see the plans", in: french) == ["b-text"])
        #expect(content.search("   ", in: french).isEmpty)
    }
}
