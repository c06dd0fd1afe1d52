import HelpKitCore

extension HelpFolder {
    /// Topics whose title or text contains every word of `query`, in the
    /// best locale for `preferences`: the topics a catalog built from these
    /// folders finds (`SearchQuery` says what matches). Those with more of the
    /// words in their title come first, then by slug.
    ///
    /// The first search in a locale reads every article of it (for English,
    /// every translation of the topics without an English file).
    public func search(_ query: String, preferences: LocalePreferences, limit: Int = 20) throws(CatalogError) -> SearchResults {
        let resolution = negotiator.resolve(preferences, available: articleLocales)
        var results = SearchResults(query: query, locale: resolution.locale, resolution: resolution, hits: [])
        let terms = SearchQuery(query)
        guard !terms.words.isEmpty, articleLocales.contains(resolution.locale) else { return results }
        let folding = try TrigramFolding.shared.get()
        let folded = FoldedQuery(terms, folding: folding)
        var found: [(text: SearchableText, inTitle: Int)] = []
        for text in searchIndex(for: resolution.locale, folding: folding) {
            if let inTitle = text.match(folded) { found.append((text, inTitle)) }
        }
        found.sort { ($1.inTitle, $0.text.slug) < ($0.inTitle, $1.text.slug) }
        results.hits = found.prefix(max(1, limit)).map { hit in
            SearchHit(slug: hit.text.slug, title: hit.text.title, snippet: terms.snippet(of: hit.text.text),
                      rank: Double(-hit.inTitle))
        }
        return results
    }

    /// The title and search text of every topic in `locale`, read in parallel
    /// on the first search there.
    private func searchIndex(for locale: LocaleTag, folding: TrigramFolding) -> [SearchableText] {
        if let known = searchIndexes[locale] { return known }
        // One file is the topic's own article; several are those its English is rebuilt from.
        let sources: [(files: [File], rebuildsEnglish: Bool)] = slugs().compactMap { slug in
            guard let files = files[slug] else { return nil }
            if let own = files.first(where: { $0.locale == locale }) { return ([own], false) }
            return locale == LocaleNegotiator.source ? (files, true) : nil
        }
        let (configured, required) = (configuredReference, requiredReference)
        var index: [SearchableText] = []
        index.reserveCapacity(sources.count)
        OrderedParallel.forEach(sources, window: 64, { source in
            let articles = source.files.map(ParsedArticle.init)
            let record = source.rebuildsEnglish ? Self.english(from: articles, configured: configured, required: required)
                : articles.first?.record
            return record.map { SearchableText(slug: $0.slug, title: $0.title, text: $0.searchText, folding: folding) }
        }) { text in
            if let text { index.append(text) }
        }
        searchIndexes[locale] = index
        return index
    }
}
