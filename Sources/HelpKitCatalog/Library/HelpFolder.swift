import HelpKitCore

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
/// articles are made by the catalog builder's own `ArticleRecord`, a topic
/// without an English article gets the English of the translation
/// `ReferencePolicy` picks, and a search finds the same topics (ranked more
/// simply: topics with more of the words in their title first). A folder has
/// no context map, so no actions and no short help; a topic's context ids
/// are the shown article's own, and no `olderRevision` is worked out.
public final class HelpFolder: HelpSource {
    public let locales: [LocaleDescription]
    public var actions: [HelpAction] { [] }
    public let articleLocales: [LocaleTag]

    /// One article file, in the locale it is filed under: its folder's, else its own.
    struct File: Sendable {
        var locale: LocaleTag
        var path: String
    }

    /// slug → its files, the first of each locale, in group order (`ReferencePolicy.precedes`).
    let files: [String: [File]]
    private let sortedSlugs: [String]
    let negotiator: LocaleNegotiator
    /// What `ReferencePolicy.reference` is given, as the catalog builder gives it.
    let configuredReference: LocaleTag?
    let requiredReference: LocaleTag?
    private var parsed = ParsedCache(capacity: 64)
    var searchIndexes: [LocaleTag: [SearchableText]] = [:]

    /// Lists the article files below `paths`, leaving out those `excludes`
    /// matches, with `referenceLocale` the locale English is rebuilt from when
    /// there is no English folder (the project file's `exclude` and
    /// `reference`, as `helpkit build` takes them). `locales` gives the
    /// fallbacks that negotiation follows.
    public init(paths: [String], excludes: [String] = [], referenceLocale: LocaleTag? = nil,
                locales: [LocaleDescription] = []) {
        self.locales = locales.sorted { $0.tag < $1.tag }
        negotiator = LocaleNegotiator(locales: locales)
        let set = ContentSet(paths: paths, excludes: excludes)
        configuredReference = referenceLocale
        requiredReference = ReferencePolicy.requiredReference(runLocales: set.locales, configured: referenceLocale)
        var files: [String: [File]] = [:]
        var found: Set<LocaleTag> = []
        for group in set.groups {
            var kept: [File] = []
            let located = group.files.compactMap { file in
                (file.folderLocale ?? ArticleStream.load(file.path).locale).map { File(locale: $0.canonical, path: file.path) }
            }
            for file in located.sorted(by: { ReferencePolicy.precedes(($0.locale, $0.path), ($1.locale, $1.path)) })
            where !kept.contains(where: { $0.locale == file.locale }) {
                kept.append(file)
            }
            guard !kept.isEmpty else { continue }
            files[group.slug] = kept
            found.formUnion(kept.map(\.locale))
        }
        let required = requiredReference
        let english = files.values.contains { Self.hasEnglish($0, configured: referenceLocale, required: required) }
        self.files = files
        sortedSlugs = set.groups.map(\.slug).filter { files[$0] != nil }
        articleLocales = (english ? found.union([LocaleNegotiator.source]) : found).sorted()
    }

    public func slugs() -> [String] { sortedSlugs }

    public func availableLocales(slug: String) -> [LocaleTag] {
        guard let files = files[slug] else { return [] }
        let own = Set(files.map(\.locale))
        let english = Self.hasEnglish(files, configured: configuredReference, required: requiredReference)
        return (english ? own.union([LocaleNegotiator.source]) : own).sorted()
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
        if let file = files.first(where: { $0.locale == locale }) { return parsed.article(file).record }
        guard locale == LocaleNegotiator.source else { return nil }
        return Self.english(from: files.map { parsed.article($0) }, configured: configuredReference, required: requiredReference)
    }

    /// Whether a topic of these files has English, as far as names tell:
    /// its own, or a translation `ReferencePolicy` takes as its reference.
    /// (A reference that turns out unreadable gives none.)
    private static func hasEnglish(_ files: [File], configured: LocaleTag?, required: LocaleTag?) -> Bool {
        let candidates = files.map { ReferencePolicy.Candidate(locale: $0.locale, lastHandoff: nil) }
        return ReferencePolicy.reference(among: candidates, configured: configured, required: required) != nil
    }

    /// What the catalog builder gives a topic with no English article
    /// (`TopicRecords`, `CatalogWriter`): the English of the reference
    /// translation, with its unit sources as the text to search.
    static func english(from articles: [ParsedArticle], configured: LocaleTag?, required: LocaleTag?) -> ArticleRecord? {
        guard let reference = ReferencePolicy.reference(among: articles.map(\.candidate), configured: configured, required: required),
              let derived = articles[reference.index].record.derivedEnglish else { return nil }
        var english = articles[reference.index].record
        english.locale = LocaleNegotiator.source
        english.title = derived.title
        english.markdown = derived.markdown
        english.searchText = english.units.map(\.source).joined(separator: "\n")
        english.translation = ArticleRecord.derivedTranslation
        english.units = []
        return english
    }
}

/// One parsed file: what the catalog keeps of it, and what the reference policy weighs.
struct ParsedArticle: Sendable {
    var record: ArticleRecord
    var candidate: ReferencePolicy.Candidate

    init(_ file: HelpFolder.File) {
        let article = ArticleStream.load(file.path)
        record = ArticleRecord(article)
        candidate = article.candidate(folderLocale: file.locale)
        if !candidate.isEnglish { record.derivedEnglish = ArticleRecord.DerivedEnglish(article, record: record) }
    }
}

/// Parsed articles by path; the least recently used go first when full.
private struct ParsedCache {
    let capacity: Int
    private var articles: [String: ParsedArticle] = [:]
    private var order: [String] = []

    init(capacity: Int) { self.capacity = capacity }

    mutating func article(_ file: HelpFolder.File) -> ParsedArticle {
        if let article = articles[file.path] {
            if let index = order.firstIndex(of: file.path) { order.remove(at: index) }
            order.append(file.path)
            return article
        }
        let article = ParsedArticle(file)
        if order.count >= capacity { articles[order.removeFirst()] = nil }
        articles[file.path] = article
        order.append(file.path)
        return article
    }
}
