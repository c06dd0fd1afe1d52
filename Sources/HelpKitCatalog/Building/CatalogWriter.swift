import HelpKitCore

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

    /// Inserts one topic's articles and, when it has no English article, one
    /// rebuilt from the unit sources of its reference translation, so that
    /// any topic can be shown in English. Returns the articles' diagnostics.
    mutating func insert(_ topic: TopicRecords) throws(CatalogError) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var englishSource: Int?
        for (index, record) in topic.records.enumerated() {
            let (id, problems) = try insert(record)
            diagnostics += problems
            if index == topic.englishSource { englishSource = id }
        }
        if let englishSource { try addEnglishArticle(from: englishSource) }
        return diagnostics
    }

    /// Inserts one article with its units and context ids; returns its id,
    /// unless it was left out, and its diagnostics with any reason it was.
    private mutating func insert(_ record: ArticleRecord) throws(CatalogError) -> (id: Int?, diagnostics: [Diagnostic]) {
        var diagnostics = record.diagnostics
        guard let locale = record.locale else {
            diagnostics.append(Diagnostic(path: record.path, location: .start, severity: .warning,
                                          message: "no locale: the article has no ms.contentlocale and no locale folder; it is left out of the catalog",
                                          code: .unknownLocale))
            return (nil, diagnostics)
        }
        let topic = try topicID(record.slug)
        let pair = Pair(topic: topic, locale: try localeID(locale))
        if let first = firstPaths[pair] {
            diagnostics.append(Diagnostic(path: record.path, location: .start, severity: .warning,
                                          message: "\(first) is the same article in \(locale); the first one read is kept",
                                          code: .duplicateArticle))
            return (nil, diagnostics)
        }
        firstPaths[pair] = record.path
        let article = nextArticleID
        nextArticleID += 1
        try connection.cached("""
            INSERT INTO articles(id, topic, locale, path, title, markdown, english_title, english_markdown, search_text,
                                 translation, handoff, newest_handoff, changed_sentences, source_commit, source_hash)
            VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).binding(article, topic, pair.locale, record.path, record.title, record.markdown, record.englishTitle,
                         record.englishMarkdown, record.searchText, record.translation, record.handoff,
                         record.newestHandoff, record.changedSentences, record.sourceCommit, record.sourceHash).run()
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
        return (article, diagnostics)
    }

    /// An English article for the topic of `source`, from its English title,
    /// body and unit sources, unless the topic already has one.
    private mutating func addEnglishArticle(from source: Int) throws(CatalogError) {
        let english = try localeID(LocaleNegotiator.source)
        try connection.cached("""
            INSERT INTO articles(id, topic, locale, path, title, markdown, english_title, english_markdown, search_text,
                                 translation, handoff, source_commit, source_hash)
            SELECT ?3, a.topic, ?1, a.path, a.english_title, a.english_markdown, a.english_title, a.english_markdown,
                   coalesce((SELECT group_concat(source, char(10)) FROM
                             (SELECT source FROM units WHERE article = a.id ORDER BY ordinal)), ''),
                   '\(ArticleRecord.derivedTranslation)', a.handoff, a.source_commit, a.source_hash
            FROM articles a
            WHERE a.id = ?2 AND NOT EXISTS (SELECT 1 FROM articles c WHERE c.topic = a.topic AND c.locale = ?1)
            """).binding(english, source, nextArticleID).run()
        nextArticleID += 1
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
