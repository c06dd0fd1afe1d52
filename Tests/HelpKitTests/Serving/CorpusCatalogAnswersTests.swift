import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitCatalog

/// What the corpus catalog answers, recorded once and compared on every run,
/// so that a change to how the catalog stores its texts provably changes no
/// search result and no lookup. Rerun with HELPKIT_RECORD_FIXTURES=1 only
/// when an answer is meant to change, and review the diff.
@Suite("The corpus catalog's answers", .enabled(if: Corpus.isAvailable, "the corpus archive is not beside the checkout"))
struct CorpusCatalogAnswersTests {
    static let fixture = repositoryRoot.appendingPathComponent("Tests/Fixtures/corpus-catalog-answers.txt")

    /// Latin, accented and CJK queries, words of three characters and more
    /// (the trigram index), shorter ones (the LIKE scan) and both together.
    static let searches: [(query: String, locale: String)] = [
        ("public folder", "en"), ("reset password", "en"), ("PIN", "en"), ("Outlook iOS", "en"),
        ("réinitialiser mot de passe", "fr-FR"), ("sécurité", "fr-FR"), ("ÉCHEC", "fr-FR"), ("Outlook", "fr-FR"),
        ("lösenord", "sv-SE"), ("användare ID", "sv-SE"),
        ("削除されたパブリック", "ja"), ("削除", "ja"), ("削除 パブリック", "ja"), ("パスワード リセット", "ja"),
    ]

    /// An exact locale, one found through its language, one falling back to
    /// English, and a list of two.
    static let preferences: [[String]] = [["ja"], ["fr-CA"], ["de-DE"], ["sv", "fr"]]

    @Test("search results and lookups by slug and context id, in four locale preferences, are the recorded ones")
    func answersAreTheRecordedOnes() throws {
        let run = try CorpusCatalog.build.get()
        #expect(run.status == 0, "\(run.errors)")
        let library = try HelpLibrary(.catalog(CorpusCatalog.path))
        var lines: [String] = []
        for (query, locale) in Self.searches {
            let results = try library.search(query, preferences: LocalePreferences([locale]), limit: 10)
            lines.append("search \(query) [\(locale)] in \(results.locale): \(results.hits.count) hits")
            for hit in results.hits {
                let snippet = hit.snippet.replacing("\(SearchHit.highlightStart)", with: "[").replacing("\(SearchHit.highlightEnd)", with: "]")
                    .replacing("\n", with: "⏎")
                lines.append("  \(hit.slug) | \(hit.title) | \(String(format: "%.6f", hit.rank)) | \(snippet)")
            }
        }
        // Every seventh slug and context id: a few hundred of every shape.
        let slugs = try library.slugs().enumerated().filter { $0.offset % 7 == 0 }.map(\.element)
        let names = slugs + (try library.contextIDs()).enumerated().filter { $0.offset % 7 == 0 }.map(\.element)
        for tags in Self.preferences {
            let preferences = LocalePreferences(tags)
            for name in names {
                let lookup = try library.lookup(name, preferences: preferences)
                lines.append("lookup \(name) \(tags.joined(separator: ",")): \(Self.summarize(lookup)) \(StableHash.hex(of: "\(lookup)"))")
            }
        }
        for slug in slugs {
            for locale in try library.availableLocales(slug: slug) {
                let units = try library.units(slug: slug, locale: locale)
                let text = units.map { "\($0.id) \($0.block) \($0.line):\($0.column) \($0.source)\u{1F}\($0.target)" }.joined(separator: "\n")
                lines.append("units \(slug) \(locale): \(units.count) \(StableHash.hex(of: text))")
            }
        }
        let text = lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["HELPKIT_RECORD_FIXTURES"] != nil {
            try Data(text.utf8).write(to: Self.fixture)
        }
        let expected = try String(contentsOf: Self.fixture, encoding: .utf8)
        let changed = zip(text.split(separator: "\n"), expected.split(separator: "\n")).first { $0 != $1 }
        #expect(text == expected, "first difference: \(changed.map { "\($0.0)\n  was \($0.1)" } ?? "in the line count")")
        #expect(lines.count > 2000)
    }

    /// What a lookup found, in a few words; the fixture holds a hash of the rest.
    private static func summarize(_ lookup: HelpLookup) -> String {
        switch lookup {
        case .notFound:
            return "not found"
        case let .choices(_, topics):
            return "\(topics.count) topics"
        case let .topic(topic):
            let older = topic.olderRevision.map { " older by \($0.changedSentences)" } ?? ""
            return "\(topic.slug) \(topic.locale) \(topic.translation.code)\(older)"
        }
    }
}
