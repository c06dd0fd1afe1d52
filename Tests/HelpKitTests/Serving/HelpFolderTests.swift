import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitCatalog

@Suite("HelpFolder: articles read directly answer as a catalog of them does")
struct HelpFolderTests {
    static let seeds = repositoryRoot.appendingPathComponent("content").path

    /// Every topic `source` finds for `query` in `locale`.
    static func found(_ source: any HelpSource, _ query: String, in locale: String) throws -> Set<String> {
        Set(try source.search(query, preferences: LocalePreferences([locale]), limit: 100_000).hits.map(\.slug))
    }

    @Test("without an en-US file, English comes from the translation with the newest English")
    func englishFromNewestSources() throws {
        let folder = try TemporaryFolder()
        let body = { (source: String) in "# <a name=\"t\"></a>" + sxsUnit("aaaaa-102", target: "T", source: "Title") + "\n\n"
            + sxsUnit("aaaaa-103", target: "x", source: source) }
        try folder.write("ja-JP/a.md", sxsArticle(locale: "ja-JP", body: body("Admins must change plans manually.")))
        try folder.write("sv-SE/a.md", sxsArticle(locale: "sv-SE", body: body("Admins need to switch plans manually."))
            .replacingOccurrences(of: "09/14/2020", with: "07/28/2020"))
        let help = HelpFolder(paths: [folder.url.path])
        let english = try #require(help.topic(slug: "a", locale: LocaleNegotiator.source))
        #expect(english.title == "Title")
        #expect(english.markdown.contains("Admins must change plans manually."))
        #expect(!english.markdown.contains("ms.contentlocale"))
        #expect(english.translation == .englishFromSources)
        #expect(help.availableLocales(slug: "a").map(\.identifier) == ["en-US", "ja-JP", "sv-SE"])
        #expect(help.topic(slug: "a", locale: LocaleTag("fr-FR")!) == nil)
        guard case let .topic(fallback) = help.lookup("a", preferences: LocalePreferences(["de-DE"])) else {
            Issue.record("the slug should lead to its topic")
            return
        }
        #expect(fallback.locale == LocaleNegotiator.source)
        #expect(fallback.resolution.missedLanguage?.identifier == "de-DE")
        #expect(try Self.found(help, "must change", in: "en-US") == ["a"])
        #expect(try Self.found(help, "need to switch", in: "en-US").isEmpty)
    }

    @Test("a file written on Windows (byte order mark, CRLF) shows its body, not its front matter")
    func windowsFile() throws {
        let folder = try TemporaryFolder()
        let article = sxsArticle(locale: "ja-JP", body: "# " + sxsUnit("aaaaa-102", target: "タイトル", source: "Title") + "\n\n"
            + sxsUnit("aaaaa-103", target: "本文です。", source: "Body."))
        try folder.write("ja-JP/a.md", "\u{FEFF}" + article.replacingOccurrences(of: "\n", with: "\r\n"))
        let help = HelpFolder(paths: [folder.url.path])
        for locale in ["ja-JP", "en-US"] {
            let topic = try #require(help.topic(slug: "a", locale: LocaleTag(locale)!))
            #expect(!topic.markdown.contains("ms.contentlocale"), "\(locale): \(topic.markdown)")
            #expect(topic.markdown.contains(locale == "ja-JP" ? "本文です。" : "Body."))
        }
    }

    @Test("excludes and the reference locale apply as helpkit build applies them", arguments: [nil, "sv-SE"])
    func referenceAndExcludes(reference: String?) throws {
        let folder = try TemporaryFolder()
        let unit = { (source: String) in "# " + sxsUnit("aaaaa-102", target: "T", source: source) }
        try folder.write("ja-JP/a.md", sxsArticle(locale: "ja-JP", body: unit("Newest English")))
        try folder.write("sv-SE/a.md", sxsArticle(locale: "sv-SE", body: unit("Older English"))
            .replacingOccurrences(of: "09/14/2020", with: "07/28/2020"))
        try folder.write("fr-FR/b.md", sxsArticle(locale: "fr-FR", body: unit("Only French")))
        try folder.write("fr-FR/skip.md", sxsArticle(locale: "fr-FR", body: unit("Left out")))
        let referenceLocale = reference.flatMap { LocaleTag($0) }
        let help = HelpFolder(paths: [folder.url.path], excludes: ["*/skip.md"], referenceLocale: referenceLocale)
        var builder = CatalogBuilder(contentPaths: [folder.url.path], localesFolder: nil, contextMapPath: nil)
        builder.excludes = ["*/skip.md"]
        builder.referenceLocale = referenceLocale
        let catalog = folder.path("catalog.sqlite")
        _ = try builder.build(to: catalog)
        let library = try HelpLibrary(.catalog(catalog))
        #expect(help.slugs() == ["a", "b"])
        #expect(help.slugs() == (try library.slugs()))
        #expect(help.articleLocales == library.articleLocales)
        for slug in help.slugs() {
            #expect(help.availableLocales(slug: slug) == (try library.availableLocales(slug: slug)), "\(slug)")
            let english = help.topic(slug: slug, locale: LocaleNegotiator.source)
            #expect(english?.markdown == (try library.topic(slug: slug, locale: LocaleNegotiator.source))?.markdown, "\(slug)")
        }
        let expected = reference == nil ? "Newest English" : "Older English"
        #expect(help.topic(slug: "a", locale: LocaleNegotiator.source)?.markdown.contains(expected) == true)
        #expect((help.topic(slug: "b", locale: LocaleNegotiator.source) == nil) == (reference != nil))
        for query in ["English", "Newest", "Older", "French"] {
            #expect(try Self.found(help, query, in: "en-US") == (try Self.found(library, query, in: "en-US")), "\(query)")
        }
    }

    @Test("the seed topic reads as the catalog reads it: titles, bodies, units and files in every locale")
    func seedsAsCatalog() throws {
        let help = HelpFolder(paths: [Self.seeds])
        let library = try HelpLibrary(.content(Self.seeds))
        #expect(help.slugs() == (try library.slugs()))
        #expect(help.articleLocales == library.articleLocales)
        for slug in help.slugs() {
            #expect(help.availableLocales(slug: slug) == (try library.availableLocales(slug: slug)))
            #expect(help.articlePaths(slug: slug) == (try library.articlePaths(slug: slug)))
            for locale in help.articleLocales {
                let own = try #require(help.topic(slug: slug, locale: locale))
                let compiled = try #require(try library.topic(slug: slug, locale: locale))
                #expect(own.title == compiled.title, "\(locale)")
                #expect(own.markdown == compiled.markdown, "\(locale)")
                #expect(own.translation == compiled.translation, "\(locale)")
                #expect(help.units(slug: slug, locale: locale) == (try library.units(slug: slug, locale: locale)), "\(locale)")
            }
        }
    }

    @Test("search matches as the catalog does: long words folded as the trigram tokenizer folds, short ones by LIKE")
    func searchSemantics() throws {
        let folder = try TemporaryFolder()
        let articles = [
            ("securite", "Paramètres de sécurité\u{A0}: Exchange", "Security settings: Exchange"),
            ("micro", "Un délai de 5 μsec", "A delay of 5 microseconds"),
            ("cherokee", "ᎠᎡᎢ", "Cherokee"),
            ("etat", "État du service", "Service health"),
        ]
        for (slug, target, source) in articles {
            try folder.write("fr-FR/\(slug).md", sxsArticle(locale: "fr-FR", body: sxsUnit("aaaaa-102", target: target, source: source)))
        }
        let help = HelpFolder(paths: [folder.url.path])
        let library = try HelpLibrary(.content(folder.url.path))
        let expected: [(query: String, locale: String, slugs: Set<String>)] = [
            ("EXCHANGE", "fr-FR", ["securite"]),
            ("SÉCURITÉ", "fr-FR", ["securite"]),
            // Accents are kept: the tokenizer does not remove diacritics.
            ("securite", "fr-FR", []),
            // The no-break space separates words; ":" is a short word LIKE finds.
            ("sécurité : exchange", "fr-FR", ["securite"]),
            // SQLite folds the micro sign to Greek mu; Swift's lowercasing does not.
            ("µsec", "fr-FR", ["micro"]),
            // Swift lowercases Cherokee; SQLite's older table does not.
            ("ꭰꭱꭲ", "fr-FR", []),
            ("ᎠᎡᎢ", "fr-FR", ["cherokee"]),
            // LIKE ignores the case of ASCII letters only.
            ("ét", "fr-FR", []),
            ("Ét", "fr-FR", ["etat"]),
            ("DU", "fr-FR", ["etat"]),
            // A translation's English sources are not its text; English rebuilt from them is.
            ("security settings", "fr-FR", []),
            ("security settings", "en-US", ["securite"]),
            ("   ", "fr-FR", []),
        ]
        for (query, locale, slugs) in expected {
            #expect(try Self.found(help, query, in: locale) == slugs, "\(query) in \(locale)")
            #expect(try Self.found(library, query, in: locale) == slugs, "catalog: \(query) in \(locale)")
        }
        let ranked = try help.search("exchange service", preferences: LocalePreferences(["fr-FR"]), limit: 5)
        #expect(ranked.hits.isEmpty)
        let titled = try help.search("Exchange", preferences: LocalePreferences(["fr-FR"]), limit: 5)
        #expect(titled.hits.first?.snippet.contains("\(SearchHit.highlightStart)Exchange\(SearchHit.highlightEnd)") == true)
    }

    @Test("the corpus: the same topics as the catalog's search, for Latin, Japanese and accented French queries",
          .enabled(if: Corpus.isAvailable, "the corpus archive is not beside the checkout"))
    func corpusSearch() throws {
        let help = HelpFolder(paths: [Corpus.root.path])
        let library = try HelpLibrary(.content(Corpus.root.path))
        let queries: [(query: String, locales: [String])] = [
            ("password", ["en-US", "fr-FR", "sv-SE"]),
            ("OneDrive", ["en-US", "fr-FR", "ja-JP", "sv-SE"]),
            ("onedrive for business", ["en-US"]),
            ("パブリック フォルダー", ["ja-JP"]),
            ("公開", ["ja-JP"]),
            ("パスワード", ["ja-JP"]),
            ("削除 パブリック", ["ja-JP"]),
            ("削除", ["ja-JP"]),
            ("sécurité", ["fr-FR"]),
            ("SÉCURITÉ", ["fr-FR"]),
            ("réinitialiser", ["fr-FR"]),
            ("mot de passe", ["fr-FR"]),
            ("Ét", ["fr-FR"]),
            ("lösenord", ["sv-SE"]),
            ("Exchange Online-abonnemang", ["sv-SE"]),
            ("PIN", ["en-US", "sv-SE"]),
        ]
        // The corpus says パブリック フォルダー: neither finds this one.
        #expect(try Self.found(help, "公開フォルダー", in: "ja-JP").isEmpty)
        #expect(try Self.found(library, "公開フォルダー", in: "ja-JP").isEmpty)
        for (query, locales) in queries {
            for locale in locales {
                let compiled = try Self.found(library, query, in: locale)
                #expect(!compiled.isEmpty, "\(query) in \(locale) should find something")
                let read = try Self.found(help, query, in: locale)
                #expect(read == compiled, """
                    \(query) in \(locale): only the folder \(read.subtracting(compiled).sorted()), \
                    only the catalog \(compiled.subtracting(read).sorted())
                    """)
            }
        }
    }
}
