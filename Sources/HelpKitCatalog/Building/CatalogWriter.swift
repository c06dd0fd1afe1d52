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
        var englishSource: (record: ArticleRecord, english: ArticleRecord.DerivedEnglish, id: Int)?
        for record in topic.records {
            let (id, problems) = try insert(record)
            diagnostics += problems
            if let id, let english = record.derivedEnglish { englishSource = (record, english, id) }
        }
        if let englishSource { try insert(englishSource.english, of: englishSource.record, from: englishSource.id) }
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
        try insertArticle(id: article, topic: topic, locale: pair.locale, record: record, title: record.title,
                          markdown: record.markdown, translation: record.translation, unitsOf: record.searchesMarkdown ? nil : article)
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

    /// The topic's English, rebuilt from the translation `source`, unless the topic has an English article.
    private mutating func insert(_ english: ArticleRecord.DerivedEnglish, of record: ArticleRecord,
                                 from source: Int) throws(CatalogError) {
        let topic = try topicID(record.slug)
        let pair = Pair(topic: topic, locale: try localeID(LocaleNegotiator.source))
        guard firstPaths[pair] == nil else { return }
        try insertArticle(id: nextArticleID, topic: topic, locale: pair.locale, record: record, title: english.title,
                          markdown: english.markdown, translation: ArticleRecord.derivedTranslation, unitsOf: source)
        nextArticleID += 1
    }

    private func insertArticle(id: Int, topic: Int, locale: Int, record: ArticleRecord, title: String, markdown: String,
                               translation: String, unitsOf: Int?) throws(CatalogError) {
        let isDerived = translation == ArticleRecord.derivedTranslation
        try connection.cached("""
            INSERT INTO articles(id, topic, locale, translation, handoff, newest_handoff, changed_sentences, units_of,
                                 path, title, markdown)
            VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).binding(id, topic, locale, translation, record.handoff, isDerived ? nil : record.newestHandoff,
                         isDerived ? nil : record.changedSentences, unitsOf, record.path, title, markdown).run()
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
            -- A hash of 64 MB writes the index of a corpus like the bench's as one
            -- segment: no merge leaves free pages behind, and optimize has nothing to do.
            INSERT INTO search(search, rank) VALUES('hashsize', 67108864);
            INSERT INTO search(rowid, title, search_text) SELECT id, title, search_text FROM search_source;
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
