/// Inserts parsed articles and locale files into a catalog being built.
struct CatalogWriter {
    let connection: SQLiteConnection
    private var topicIDs: [String: Int] = [:]
    private var localeIDs: [LocaleTag: Int] = [:]
    /// (topic, locale) pairs already inserted, to keep the first of two copies.
    private var firstPaths: [Pair: String] = [:]
    private var nextArticleID = 1

    private struct Pair: Hashable {
        var topic: Int
        var locale: Int
    }

    init(connection: SQLiteConnection) {
        self.connection = connection
    }

    /// Inserts one article with its units and context ids; returns its diagnostics
    /// and any reason it was left out.
    mutating func insert(_ record: ArticleRecord) throws(CatalogError) -> [Diagnostic] {
        var diagnostics = record.diagnostics
        guard let locale = record.locale else {
            diagnostics.append(Diagnostic(path: record.path, location: .start, severity: .warning,
                                          message: "no locale: the article has no ms.contentlocale and no locale folder; it is left out of the catalog",
                                          code: "unknown-locale"))
            return diagnostics
        }
        let topic = try topicID(record.slug)
        let pair = Pair(topic: topic, locale: try localeID(locale))
        if let first = firstPaths[pair] {
            diagnostics.append(Diagnostic(path: record.path, location: .start, severity: .warning,
                                          message: "\(first) is the same article in \(locale); the first one read is kept",
                                          code: "duplicate-article"))
            return diagnostics
        }
        firstPaths[pair] = record.path
        let article = nextArticleID
        nextArticleID += 1
        try connection.cached("""
            INSERT INTO articles(id, topic, locale, path, title, markdown, english_title, english_markdown, search_text,
                                 translation, handoff, source_commit, source_hash)
            VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).binding(article, topic, pair.locale, record.path, record.title, record.markdown, record.englishTitle,
                         record.englishMarkdown, record.searchText, record.translation, record.handoff,
                         record.sourceCommit, record.sourceHash).run()
        let unit = try connection.cached("""
            INSERT INTO units(article, ordinal, unit_id, block, source, target, line_number, column_number)
            VALUES(?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, value) in record.units.enumerated() {
            unit.reset()
            try unit.binding(article, ordinal, value.id, value.block, value.source, value.target, value.line, value.column).run()
        }
        let context = try connection.cached("INSERT OR IGNORE INTO contexts(context, topic) VALUES(?, ?)")
        for id in record.contexts {
            context.reset()
            try context.binding(id, topic).run()
        }
        return diagnostics
    }

    /// Gives every topic without an English original an English article, built
    /// from the unit sources of its newest translation (latest `ms.lasthandoff`),
    /// so that any topic can be shown in English.
    mutating func addEnglishArticles() throws(CatalogError) {
        let english = try localeID(LocaleNegotiator.source)
        try connection.prepare("""
            INSERT INTO articles(topic, locale, path, title, markdown, english_title, english_markdown, search_text,
                                 translation, handoff, source_commit, source_hash)
            SELECT a.topic, ?1, a.path, a.english_title, a.english_markdown, a.english_title, a.english_markdown,
                   coalesce((SELECT group_concat(source, char(10)) FROM
                             (SELECT source FROM units WHERE article = a.id ORDER BY ordinal)), ''),
                   '\(ArticleRecord.derivedTranslation)', a.handoff, a.source_commit, a.source_hash
            FROM articles a
            WHERE a.id = (SELECT b.id FROM articles b WHERE b.topic = a.topic
                          ORDER BY b.handoff DESC NULLS LAST, b.id LIMIT 1)
              AND NOT EXISTS (SELECT 1 FROM articles c WHERE c.topic = a.topic AND c.locale = ?1)
            """).binding(english).run()
    }

    /// Records the locale files: names, fallbacks, interface strings and language names.
    mutating func insert(_ locales: [LocaleDescription]) throws(CatalogError) {
        let describe = try connection.prepare("""
            UPDATE locales SET name = ?, native_name = ?, direction = ?, fallback = ?, described = 1 WHERE id = ?
            """)
        let string = try connection.prepare("INSERT INTO strings(locale, key, value) VALUES(?, ?, ?)")
        let languageName = try connection.prepare("INSERT INTO language_names(locale, language, name) VALUES(?, ?, ?)")
        for locale in locales {
            let id = try localeID(locale.tag)
            describe.reset()
            try describe.binding(locale.name, locale.nativeName, locale.direction.rawValue,
                                 locale.fallbacks.map(\.identifier).joined(separator: " "), id).run()
            for (key, value) in locale.strings.sorted(by: { $0.key < $1.key }) {
                string.reset()
                try string.binding(id, key, value).run()
            }
            for (language, name) in locale.languageNames.sorted(by: { $0.key < $1.key }) {
                languageName.reset()
                try languageName.binding(id, language, name).run()
            }
        }
    }

    /// Indexes every article for search and records what built the catalog.
    func finish() throws(CatalogError) {
        try connection.execute("""
            UPDATE locales SET articles = (SELECT count(*) FROM articles WHERE articles.locale = locales.id);
            UPDATE topics SET contexts = coalesce((SELECT group_concat(context, char(9)) FROM
                (SELECT context FROM contexts WHERE contexts.topic = topics.id ORDER BY context)), '');
            INSERT INTO search(rowid, title, search_text) SELECT id, title, search_text FROM articles;
            INSERT INTO search(search) VALUES('optimize');
            INSERT INTO meta(key, value) VALUES('schema', '\(CatalogSchema.version)');
            """)
    }

    private mutating func topicID(_ slug: String) throws(CatalogError) -> Int {
        if let id = topicIDs[slug] { return id }
        let id = topicIDs.count + 1
        try connection.cached("INSERT INTO topics(id, slug) VALUES(?, ?)").binding(id, slug).run()
        topicIDs[slug] = id
        return id
    }

    private mutating func localeID(_ tag: LocaleTag) throws(CatalogError) -> Int {
        if let id = localeIDs[tag] { return id }
        let id = localeIDs.count + 1
        try connection.cached("INSERT INTO locales(id, tag) VALUES(?, ?)").binding(id, tag.identifier).run()
        localeIDs[tag] = id
        return id
    }
}
