/// Help topics read straight from folders of article files, with no catalog
/// built: the `HelpSource` for a folder of any size, opened at once.
///
/// Nothing is parsed up front: topics and their locales come from file
/// names (`ContentSet`, which also leaves out `excludes`), and an article is
/// parsed when it is first asked for, a few kept, so opening costs a folder
/// walk even for thousands of files. A search reads every article of its
/// locale once, on first use.
///
/// What it answers is what a catalog built from the same folders answers:
/// articles are made by the catalog builder's own `ArticleRecord`, English
/// is rebuilt from the newest translation where there is no English file,
/// and a search finds the same topics (ranked more simply: topics with more
/// of the words in their title first). A folder has no context map, so no
/// actions and no short help; a topic's context ids are the shown article's
/// own, and no `olderRevision` is worked out.
public final class HelpFolder: HelpSource {
    public let locales: [LocaleDescription]
    public var actions: [HelpAction] { [] }
    public let articleLocales: [LocaleTag]

    /// One article file, in the locale it counts for.
    struct File: Sendable {
        var locale: LocaleTag
        var path: String
    }

    /// slug → its files, the first of each locale, in the order the walk found them.
    let files: [String: [File]]
    private let sortedSlugs: [String]
    let negotiator: LocaleNegotiator
    private var records = RecordCache(capacity: 64)
    var searchIndexes: [LocaleTag: [SearchableText]] = [:]

    /// Lists the article files below `paths`, leaving out those `excludes`
    /// matches (globs, as in `.helpkit.yml`). `locales` gives the fallbacks
    /// that negotiation follows; a file's locale is its folder's, else the
    /// one its front matter names.
    public init(paths: [String], excludes: [String] = [], locales: [LocaleDescription] = []) {
        self.locales = locales.sorted { $0.tag < $1.tag }
        negotiator = LocaleNegotiator(locales: locales)
        var files: [String: [File]] = [:]
        var found: Set<LocaleTag> = []
        let set = ContentSet(paths: paths, excludes: excludes)
        for group in set.groups {
            var kept: [File] = []
            for file in group.files {
                guard let locale = (file.folderLocale ?? ArticleStream.load(file.path).locale)?.canonical,
                      !kept.contains(where: { $0.locale == locale }) else { continue }
                kept.append(File(locale: locale, path: file.path))
                found.insert(locale)
            }
            if !kept.isEmpty { files[group.slug] = kept }
        }
        self.files = files
        sortedSlugs = set.groups.map(\.slug).filter { files[$0] != nil }
        articleLocales = files.isEmpty ? [] : found.union([LocaleNegotiator.source]).sorted()
    }

    public func slugs() -> [String] { sortedSlugs }

    public func availableLocales(slug: String) -> [LocaleTag] {
        guard let files = files[slug] else { return [] }
        return Set(files.map(\.locale)).union([LocaleNegotiator.source]).sorted()
    }

    /// The topic of the slug `name`: a folder knows no action or context id.
    public func lookup(_ name: String, preferences: LocalePreferences) -> HelpLookup {
        let resolution = negotiator.resolve(preferences, available: availableLocales(slug: name))
        return topic(slug: name, resolution: resolution).map(HelpLookup.topic) ?? .notFound
    }

    public func topic(slug: String, locale: LocaleTag) -> HelpTopic? {
        let available = availableLocales(slug: slug)
        guard available.contains(locale) else { return nil }
        return topic(slug: slug, resolution: negotiator.resolve(LocalePreferences([locale.identifier]), available: available))
    }

    /// Without a context map there are no actions, so no short help.
    public func shortHelp(action id: String, preferences: LocalePreferences) -> ShortHelp? { nil }

    public func units(slug: String, locale: LocaleTag) -> [CatalogUnit] {
        (record(slug, locale: locale)?.units ?? []).map { unit in
            CatalogUnit(id: unit.id, block: unit.block, source: unit.source, target: unit.target,
                        line: unit.line, column: unit.column)
        }
    }

    public func articlePaths(slug: String) -> [LocaleTag: String] {
        Dictionary((files[slug] ?? []).map { ($0.locale, $0.path) }, uniquingKeysWith: { first, _ in first })
    }

    private func topic(slug: String, resolution: LocaleResolution) -> HelpTopic? {
        guard let record = record(slug, locale: resolution.locale) else { return nil }
        return HelpTopic(slug: slug, title: record.title, markdown: record.markdown, locale: resolution.locale,
                         resolution: resolution, availableLocales: availableLocales(slug: slug),
                         translation: .init(code: record.translation), contextIDs: record.contexts)
    }

    /// The article of `slug` in `locale`: its file's, or English rebuilt from a translation.
    private func record(_ slug: String, locale: LocaleTag) -> ArticleRecord? {
        guard let files = files[slug] else { return nil }
        if let file = files.first(where: { $0.locale == locale }) { return records.record(at: file.path) }
        guard locale == LocaleNegotiator.source else { return nil }
        return Self.english(from: files.map { records.record(at: $0.path) })
    }

    /// What the catalog builder gives a topic with no English file
    /// (`CatalogWriter.addEnglishArticles`): the English of the translation
    /// with the latest hand-off, the first read among equals, with its unit
    /// sources as the text to search.
    static func english(from translations: [ArticleRecord]) -> ArticleRecord? {
        guard var newest = translations.first else { return nil }
        for candidate in translations.dropFirst() where (candidate.handoff ?? "") > (newest.handoff ?? "") {
            newest = candidate
        }
        newest.locale = LocaleNegotiator.source
        newest.title = newest.englishTitle
        newest.markdown = newest.englishMarkdown
        newest.searchText = newest.units.map(\.source).joined(separator: "\n")
        newest.translation = ArticleRecord.derivedTranslation
        newest.units = []
        return newest
    }
}

/// Parsed articles by path; the least recently used go first when full.
private struct RecordCache {
    let capacity: Int
    private var records: [String: ArticleRecord] = [:]
    private var order: [String] = []

    init(capacity: Int) { self.capacity = capacity }

    mutating func record(at path: String) -> ArticleRecord {
        if let record = records[path] {
            if let index = order.firstIndex(of: path) { order.remove(at: index) }
            order.append(path)
            return record
        }
        let record = ArticleRecord(ArticleStream.load(path))
        if order.count >= capacity { records[order.removeFirst()] = nil }
        records[path] = record
        order.append(path)
        return record
    }
}
