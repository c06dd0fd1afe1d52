import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// What the drift check treats as the same English, sentence by sentence.
@Suite("English sentences normalized for alignment")
struct SentenceNormalizationTests {
    /// The normalized sentences of an article whose body is `body`.
    static func sentences(_ body: String) -> [String] {
        ArticleParser.parse(Array(sxsArticle(body: body).utf8), path: "ja-JP/a.md").normalizedEnglishSentences
    }

    static func unit(_ source: String, _ number: Int = 102) -> String {
        sxsUnit("1a2b3-\(number)", target: "訳", source: source)
    }

    static let samePairs: [(String, String)] = [
        (unit("Select **Reactivate** ."), unit("Select **Reactivate**.")),
        (unit("See [Plans](https://docs.microsoft.com/ja-jp/plans)."), unit("See [Plans](/en-us/plans).")),
        (unit("See [Plans](https://Support.Office.com/fr-fr/article/x?) ."), unit("See [Plans](https://support.office.com/article/x).")),
        (unit("See [Plans](/plans \"Plans de l’abonnement\")."), unit("See [Plans](/plans).")),
        ("![代替テキスト](media/a.png) " + unit("Open it."), "![Alt text](media/a.png) " + unit("Open it.")),
        (unit("R&amp;D&nbsp;teams"), unit("R&D teams")),
        (unit("Open\u{200B} the\u{00A0}page."), unit("Open the page.")),
        ("- [" + unit("Change plans") + "](https://docs.microsoft.com/ja-jp/plans)", "- " + unit("[Change plans](/plans)")),
        (sxsUnit("1a2b3-p102", target: "訳", source: "Open it. Then close it."), unit("Open it.") + " " + unit("Then close it.", 103)),
        ("# <a name=\"open\"></a>" + unit("Open"), "# <a name=\"open-it\"></a>" + unit("Open")),
        (unit("Go to\n  the page."), unit("Go to the page.")),
    ]

    @Test("renderings the localization pipeline produces of the same English compare equal", arguments: samePairs)
    func same(pair: (String, String)) {
        #expect(Self.sentences(pair.0) == Self.sentences(pair.1))
        #expect(!Self.sentences(pair.0).isEmpty)
    }

    static let differentPairs: [(String, String)] = [
        (unit("Admins need to switch plans manually."), unit("Admins must change plans manually.")),
        (unit("See [Plans](https://portal.office.com/plans)."), unit("See [Plans](https://admin.microsoft.com/plans).")),
        (unit("Select **Save**."), unit("Select Save.")),
        (unit("Wait 24 hours."), unit("Wait 48 hours.")),
    ]

    @Test("a changed word, link target, emphasis or number is a change", arguments: differentPairs)
    func different(pair: (String, String)) {
        #expect(Self.sentences(pair.0) != Self.sentences(pair.1))
    }

    @Test("sentences end at . ! ? before a space and at block boundaries, never inside a number or URL")
    func boundaries() {
        let body = Self.unit("Open v1.5 at https://example.com/a.b now. Close it! Done?") + "\n\n- " + Self.unit("Item one")
            + "\n- " + Self.unit("Item two") + "\n\n| " + Self.unit("Cell", 106) + " | " + Self.unit("Other cell", 107) + " |"
        #expect(Self.sentences(body) == ["Open v1.5 at https://example.com/a.b now.", "Close it!", "Done?",
                                         "Item one", "Item two", "Cell", "Other cell"])
    }

    @Test("a code fence line is a block of its own: the paragraph right after a closing fence starts a sentence")
    func fences() {
        for fence in ["```", "~~~"] {
            let english = EnglishSentences(markdown: "Run it:\n\(fence)\nmanage-bde -get\n\(fence)\nIf it fails, retry.\n".utf8)
            #expect(english.indices.map(english.displayText(of:)) == ["Run it:", "manage-bde -get", "If it fails, retry."])
        }
    }

    @Test("URLs lose what points nowhere new: locale segment, docs host, case, spaces and empty query marks")
    func urls() {
        func normalized(_ url: String) -> String { URLNormalizer.normalize(url) }
        #expect(normalized("https://docs.microsoft.com/en-us/microsoft-365/admin?view=o365-worldwide")
            == "/microsoft-365/admin?view=o365-worldwide")
        #expect(normalized("https://support.microsoft.com/zh-hant-tw/office/x??#top") == "https://support.microsoft.com/office/x#top")
        #expect(normalized("/ja-JP/a/b?") == "/a/b")
        #expect(normalized("https://example.com/tools/ab-cdefgh/x") == "https://example.com/tools/ab-cdefgh/x")
    }
}
