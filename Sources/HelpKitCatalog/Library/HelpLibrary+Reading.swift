import HelpKitCore

/// The reads behind a lookup: indexed statements, kept prepared, and what
/// they read about names and topics kept in memory for the next lookups.
extension HelpLibrary {
    /// One article of a topic: its row id and its locale's id.
    struct ArticleReference {
        var id: Int
        var locale: Int
    }

    /// What a name means: the topics of the context id it is, the topic of the slug it is.
    struct NameTarget {
        var contextTopics: [Int]
        var slugTopic: Int?
    }

    /// A topic's articles, in the order of their locale tags, and their locale ids.
    struct TopicArticles {
        var references: [ArticleReference]
        var locales: [Int]
        /// The interned id of `locales`: topics with the same locales negotiate alike.
        var localeSet: Int
    }

    /// What a lookup needs of a topic besides the article row. A class: a
    /// lookup takes it from the cache with one retain instead of one per field.
    final class TopicRecord {
        let slug: String
        let contexts: [String]
        let articles: TopicArticles
        let tags: [LocaleTag]

        init(slug: String, contexts: [String], articles: TopicArticles, tags: [LocaleTag]) {
            self.slug = slug
            self.contexts = contexts
            self.articles = articles
            self.tags = tags
        }
    }

    func target(of name: String) throws(CatalogError) -> NameTarget {
        if let known = cache.names[name] { return known }
        let statement = try connection.cached("""
            SELECT 0, topic FROM contexts WHERE context = ?1 UNION ALL SELECT 1, id FROM topics WHERE slug = ?1
            """).binding(name)
        var viaContext: [Int] = []
        var viaSlug: Int?
        while try statement.step() {
            if statement.int(0) == 0 { viaContext.append(statement.int(1)) } else { viaSlug = statement.int(1) }
        }
        let target = NameTarget(contextTopics: viaContext, slugTopic: viaSlug)
        cache.names[name] = target
        return target
    }

    func topicID(slug: String) throws(CatalogError) -> Int? {
        try target(of: slug).slugTopic
    }

    func articles(of topic: Int) throws(CatalogError) -> TopicArticles {
        try record(of: topic).articles
    }

    func record(of topic: Int) throws(CatalogError) -> TopicRecord {
        if let known = cache.topic(topic) { return known }
        let statement = try connection.cached("""
            SELECT a.id, a.locale, t.slug, t.contexts FROM topics t JOIN articles a ON a.topic = t.id WHERE t.id = ?
            """).binding(topic)
        var references: [ArticleReference] = []
        var slug = "", contexts = ""
        while try statement.step() {
            references.append(ArticleReference(id: statement.int(0), locale: statement.int(1)))
            if references.count == 1 { (slug, contexts) = (statement.text(2), statement.text(3)) }
        }
        let articles = topicArticles(references)
        let record = TopicRecord(slug: slug, contexts: contexts.isEmpty ? [] : contexts.split(separator: "\t").map(String.init),
                                 articles: articles, tags: articles.locales.map(localeTable.tag))
        cache.store(record, topic: topic)
        return record
    }

    func topicArticles(_ references: [ArticleReference]) -> TopicArticles {
        let sorted = localeTable.sorted(references)
        let locales = sorted.map(\.locale)
        return TopicArticles(references: sorted, locales: locales, localeSet: cache.localeSet(locales))
    }

    func lookup(context: String, topics: [Int], preferences: LocalePreferences, action: HelpAction?) throws(CatalogError) -> HelpLookup {
        switch topics.count {
        case 0:
            return .notFound
        case 1:
            return .topic(try topic(topics[0], preferences: preferences, action: action))
        default:
            var summaries: [TopicSummary] = []
            for topic in topics {
                let record = try record(of: topic)
                let (resolution, article) = try resolve(preferences, among: record.articles)
                summaries.append(TopicSummary(slug: record.slug, title: try title(of: article.id), locale: resolution.locale))
            }
            return .choices(context: context, topics: summaries.sorted { $0.slug < $1.slug })
        }
    }

    func title(of article: Int) throws(CatalogError) -> String {
        if let known = cache.titles[article] { return known }
        let statement = try connection.cached("SELECT title FROM articles WHERE id = ?").binding(article)
        let title = try statement.step() ? statement.text(0) : ""
        cache.titles[article] = title
        return title
    }

    /// Topic summaries from rows of (topic id, slug, locale id, title) grouped by topic.
    func summaries(_ statement: SQLiteStatement, preferences: LocalePreferences) throws(CatalogError) -> [TopicSummary] {
        var summaries: [TopicSummary] = []
        var group: [(article: ArticleReference, title: String)] = []
        var current = (id: 0, slug: "")
        func flush() throws(CatalogError) {
            guard !group.isEmpty else { return }
            let chosen = try resolve(preferences, among: topicArticles(group.map(\.article))).article
            let title = group.first { $0.article.locale == chosen.locale }?.title ?? group[0].title
            summaries.append(TopicSummary(slug: current.slug, title: title, locale: localeTable.tag(chosen.locale)))
            group.removeAll()
        }
        while try statement.step() {
            if statement.int(0) != current.id {
                try flush()
                current = (statement.int(0), statement.text(1))
            }
            group.append((ArticleReference(id: 0, locale: statement.int(2)), statement.text(3)))
        }
        try flush()
        return summaries
    }

    func topic(_ id: Int, preferences: LocalePreferences, action: HelpAction?) throws(CatalogError) -> HelpTopic {
        let record = try record(of: id)
        let (resolution, article) = try resolve(preferences, among: record.articles)
        let row = try connection.cached("""
            SELECT translation, handoff, newest_handoff, changed_sentences, title, markdown FROM articles WHERE id = ?
            """).binding(article.id)
        guard try row.step() else { throw .damaged(path: connection.path, reason: "article \(article.id) of topic \(id) is missing") }
        var topic = HelpTopic(slug: record.slug, title: row.text(4), markdown: row.text(5), locale: resolution.locale,
                              resolution: resolution, availableLocales: record.tags, translation: .init(code: row.text(0)),
                              action: action?.id, contextIDs: record.contexts)
        if let handoff = row.optionalText(1), let newest = row.optionalText(2) {
            topic.olderRevision = .init(handoff: handoff, newestHandoff: newest, changedSentences: row.int(3))
        }
        if let action { topic.shortHelp = try shortHelp(action, preferences: preferences) }
        return topic
    }

    /// The action's sentence in the best locale of its article that has it, else in English.
    func shortHelp(_ action: HelpAction, preferences: LocalePreferences) throws(CatalogError) -> ShortHelp? {
        guard let source = action.shortHelpSource, let shortArticle = action.shortHelpArticle,
              let topic = try topicID(slug: shortArticle) else { return nil }
        let available = try articles(of: topic)
        let chosen = try resolve(preferences, among: available).article
        let chosenTag = localeTable.tag(chosen.locale)
        let text = try connection.cached("SELECT text FROM short_help WHERE action = ? AND article = ?").binding(action.id, chosen.id)
        if try text.step() { return ShortHelp(text: text.text(0), locale: chosenTag, missingIn: nil) }
        return ShortHelp(text: source, locale: LocaleNegotiator.source, missingIn: chosenTag)
    }

    /// The negotiated locale among `available` (sorted by tag) and its article;
    /// a topic with no article at all is a damaged catalog.
    func resolve(_ preferences: LocalePreferences, among available: TopicArticles)
        throws(CatalogError) -> (resolution: LocaleResolution, article: ArticleReference) {
        guard let first = available.references.first else { throw .damaged(path: connection.path, reason: "a topic has no article") }
        let (resolution, locale) = cache.resolution(for: preferences, localeSet: available.localeSet) {
            let resolution = negotiator.resolve(preferences, available: available.locales.map(localeTable.tag))
            return (resolution, localeTable.ids[resolution.locale] ?? 0)
        }
        return (resolution, available.references.first { $0.locale == locale } ?? first)
    }
}

/// Locale ids of a catalog and their tags, with the tags' sort order.
struct LocaleTable {
    let ids: [LocaleTag: Int]
    /// By locale id (ids are small and dense).
    private let tags: [LocaleTag?]
    private let rank: [Int]

    init(_ tags: [Int: LocaleTag]) {
        let size = (tags.keys.max() ?? 0) + 1
        var byID = [LocaleTag?](repeating: nil, count: size)
        var rank = [Int](repeating: .max, count: size)
        for (order, entry) in tags.sorted(by: { $0.value < $1.value }).enumerated() where entry.key >= 0 {
            byID[entry.key] = entry.value
            rank[entry.key] = order
        }
        self.tags = byID
        self.rank = rank
        ids = Dictionary(tags.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func tag(_ id: Int) -> LocaleTag { (tags.indices.contains(id) ? tags[id] : nil) ?? LocaleNegotiator.source }

    func sorted(_ articles: [HelpLibrary.ArticleReference]) -> [HelpLibrary.ArticleReference] {
        articles.sorted { order($0.locale) < order($1.locale) }
    }

    private func order(_ id: Int) -> Int { rank.indices.contains(id) ? rank[id] : .max }
}

/// What a library has read for earlier lookups. Names, topics' articles and
/// titles never change in an open catalog, so each is read once; negotiations are
/// kept for the last preferences, by the set of locales available (a catalog
/// has a handful of such sets, so negotiation becomes a dictionary read).
struct LookupCache {
    var names: [String: HelpLibrary.NameTarget] = [:]
    var titles: [Int: String] = [:]
    /// By topic id (ids are dense, from 1).
    private var topics: [HelpLibrary.TopicRecord?] = []
    private var localeSets: [[Int]: Int] = [:]
    private var preferences: LocalePreferences?
    /// By locale set id, for `preferences`.
    private var resolutions: [(LocaleResolution, Int)?] = []

    func topic(_ id: Int) -> HelpLibrary.TopicRecord? {
        topics.indices.contains(id) ? topics[id] : nil
    }

    mutating func store(_ record: HelpLibrary.TopicRecord, topic id: Int) {
        guard id >= 0 else { return }
        if id >= topics.count { topics += repeatElement(nil, count: id - topics.count + 1) }
        topics[id] = record
    }

    mutating func localeSet(_ locales: [Int]) -> Int {
        if let known = localeSets[locales] { return known }
        localeSets[locales] = localeSets.count
        return localeSets.count - 1
    }

    mutating func resolution(for preferences: LocalePreferences, localeSet: Int,
                             negotiate: () -> (LocaleResolution, Int)) -> (LocaleResolution, Int) {
        if preferences != self.preferences {
            self.preferences = preferences
            resolutions.removeAll()
        }
        if localeSet < resolutions.count, let cached = resolutions[localeSet] { return cached }
        let resolution = negotiate()
        if localeSet >= resolutions.count { resolutions += repeatElement(nil, count: localeSet - resolutions.count + 1) }
        resolutions[localeSet] = resolution
        return resolution
    }
}
