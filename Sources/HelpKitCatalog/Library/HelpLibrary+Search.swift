import HelpKitCore

/// One topic a search found.
public struct SearchHit: Hashable, Sendable {
    public var slug: String
    public var title: String
    /// A few words around the match; each match sits between
    /// `SearchHit.highlightStart` and `SearchHit.highlightEnd`.
    public var snippet: String
    /// Lower is better (SQLite's bm25); searches of short words rank titles first.
    public var rank: Double

    /// Marks around a match in `snippet`: control characters that article
    /// text cannot contain (the catalog drops them from searchable text).
    public static let highlightStart: Character = "\u{02}"
    public static let highlightEnd: Character = "\u{03}"
}

/// The topics that match a query in one locale.
public struct SearchResults: Hashable, Sendable {
    public var query: String
    /// The locale searched, negotiated among the locales that have articles.
    public var locale: LocaleTag
    public var resolution: LocaleResolution
    public var hits: [SearchHit]
}

extension HelpLibrary {
    /// Ranked topics whose title or sentences contain every word of `query`,
    /// in the best locale for `preferences` (see `SearchQuery` for what
    /// matches).
    ///
    /// Words of three or more characters go through the trigram full-text
    /// index, ranked by bm25 with titles weighing ten times the body. Shorter
    /// words (two-character Japanese words such as 削除, or `PIN`'s cousins
    /// like `iOS`… of two letters) cannot use trigrams and are matched with
    /// LIKE, which scans the locale's articles.
    public func search(_ query: String, preferences: LocalePreferences, limit: Int = 20) throws(CatalogError) -> SearchResults {
        let resolution = negotiator.resolve(preferences, available: articleLocales)
        var results = SearchResults(query: query, locale: resolution.locale, resolution: resolution, hits: [])
        let terms = SearchQuery(query)
        guard !terms.words.isEmpty, let locale = localeTable.ids[resolution.locale] else { return results }
        let short = terms.scanned.map(Self.likePattern)
        let shortFilter = short.indices.map { " AND (a.title LIKE ?\($0 + 4) ESCAPE '\\' OR a.search_text LIKE ?\($0 + 4) ESCAPE '\\')" }.joined()
        let statement: SQLiteStatement
        if terms.indexed.isEmpty {
            statement = try connection.cached("""
                SELECT t.slug, a.title, a.search_text, 0 FROM search_source a JOIN topics t ON t.id = a.topic
                WHERE a.locale = ?2\(shortFilter)
                ORDER BY (a.title LIKE ?4 ESCAPE '\\') DESC, t.slug LIMIT ?3
                """)
        } else {
            statement = try connection.cached("""
                SELECT t.slug, a.title, snippet(search, 1, char(2), char(3), '…', 64), bm25(search, 10.0, 1.0) AS rank
                FROM search JOIN search_source a ON a.id = search.rowid JOIN topics t ON t.id = a.topic
                WHERE search MATCH ?1 AND a.locale = ?2\(shortFilter)
                ORDER BY rank LIMIT ?3
                """)
        }
        statement.binding(contentsOf: [terms.indexed.map(Self.phrase).joined(separator: " "), locale, max(1, limit)] + short)
        while try statement.step() {
            // Trigram matches overlap; marks that meet are one match.
            let snippet = terms.indexed.isEmpty ? terms.snippet(of: statement.text(2))
                : statement.text(2).replacing("\(SearchHit.highlightEnd)\(SearchHit.highlightStart)", with: "")
            results.hits.append(SearchHit(slug: statement.text(0), title: statement.text(1), snippet: snippet,
                                          rank: statement.double(3)))
        }
        return results
    }

    /// A word as an FTS5 string: quoted, so that `AND`, `*` or `"` in it are text.
    private static func phrase(_ word: String) -> String {
        "\"" + word.replacing("\"", with: "\"\"") + "\""
    }

    /// `%word%` with LIKE's wildcards escaped.
    private static func likePattern(_ word: String) -> String {
        "%" + word.replacing("\\", with: "\\\\").replacing("%", with: "\\%").replacing("_", with: "\\_") + "%"
    }
}
