import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking


/// TUI content parsed straight from article folders: the articles of any
/// folder, however large, with no catalog built. (Actions need the context
/// map a `HelpLibrary` reads; see `LibraryContent`.)
///
/// Nothing is parsed up front: the list comes from file names, and an article
/// is parsed when it is first shown (a few kept in a small cache), so the
/// first frame costs a folder walk even on a corpus of thousands of files.
/// Search needs every file of a locale once; it reads them on first use.
public final class DirectContent: TUIContent {
    public let items: [TUIItem]
    public let locales: [LocaleTag]
    /// slug → locale → path, for every article file found.
    private let files: [String: [LocaleTag: String]]
    private var articles = ArticleCache(capacity: 64)
    private var searchIndexes: [LocaleTag: [SearchEntry]] = [:]
    private var labels: [TUIItem: [LocaleTag: String]] = [:]
    private let checker: Checker

    /// Lists the files below `paths`; the review checks with `configuration`
    /// (the project file's).
    public init(paths: [String], configuration: CheckConfiguration = CheckConfiguration()) {
        checker = Checker(configuration: configuration)
        let walker = ContentWalker(paths: paths)
        var files: [String: [LocaleTag: String]] = [:]
        var slugs: [String] = []
        // The walker lists a folder's files together, and a folder has one
        // locale: name it once per folder, not once per file.
        var folder: Substring = ""
        var folderLocale: LocaleTag?
        var locales: Set<LocaleTag> = [LocaleNegotiator.source]
        for path in walker.files {
            let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
            let parent = slash.map { path[..<$0] } ?? ""
            if parent != folder || folderLocale == nil {
                folder = parent
                folderLocale = LocaleTag(folderOf: path)
            }
            let name = slash.map { path[path.index(after: $0)...] } ?? path[...]
            let slug = String(name.hasSuffix(".md") ? name.dropLast(3) : name)
            guard let locale = folderLocale ?? ArticleStream.load(path).locale else { continue }
            if files[slug] == nil { slugs.append(slug) }
            files[slug, default: [:]][locale] = path
            locales.insert(locale)
        }
        self.files = files
        self.locales = locales.sorted()
        items = slugs.sorted().map { TUIItem(kind: .article, id: $0) }
    }

    public func slugs(of item: TUIItem) -> [String] { [item.id] }

    public func locales(of slug: String) -> [LocaleTag] {
        Set((files[slug] ?? [:]).keys).union([LocaleNegotiator.source]).sorted()
    }

    public func topic(_ slug: String, in locale: LocaleTag) -> TUITopic? {
        guard let (article, english) = article(slug, in: locale) else { return nil }
        let markdown = !english ? article.localizedMarkdown()
            : article.locale == LocaleNegotiator.source ? article.printed() : article.englishMarkdown()
        return TUITopic(slug: slug, locale: locale, title: title(of: article, english: english),
                        markdown: String(TerminalRenderer.body(of: String(decoding: markdown, as: UTF8.self))))
    }

    public func label(of item: TUIItem, in locale: LocaleTag) -> String {
        if let label = labels[item]?[locale] { return label }
        let found = article(item.id, in: locale) ?? article(item.id, in: LocaleNegotiator.source)
        let label = found.map { title(of: $0.article, english: $0.english) } ?? item.id
        labels[item, default: [:]][locale] = label
        return label
    }

    public func search(_ query: String, in locale: LocaleTag) -> [String] {
        let needle = SearchEntry.folded(query)
        guard !needle.isEmpty else { return [] }
        var byName: [String] = []
        var byText: [String] = []
        for entry in searchIndex(for: locale) {
            if entry.slug.contains(needle) || entry.title.contains(needle) {
                byName.append(entry.slug)
            } else if entry.text.contains(needle) {
                byText.append(entry.slug)
            }
        }
        return byName + byText
    }

    /// Articles alone have no one-line help: that is an action's.
    public func shortHelp(of item: TUIItem, in locale: LocaleTag) -> String? { nil }

    public func review(_ slug: String, in locale: LocaleTag) -> ReviewDocument? {
        guard locale != LocaleNegotiator.source else { return nil }
        return ArticleReview.document(slug: slug, locale: locale, files: files[slug] ?? [:], checker: checker)
    }

    /// The article that shows `slug` in `locale`, and whether that is English:
    /// the en-US file, or else the translation with the newest English,
    /// read through its unit sources.
    private func article(_ slug: String, in locale: LocaleTag) -> (article: Article, english: Bool)? {
        let english = locale == LocaleNegotiator.source
        if let path = files[slug]?[locale], let article = articles.article(at: path) { return (article, english) }
        return english ? englishReference(of: slug).map { ($0, true) } : nil
    }

    /// The front matter title; in English from a translation, the level-1 heading's source.
    private func title(of article: Article, english: Bool) -> String {
        if english, article.locale != LocaleNegotiator.source, let heading = article.units.first(where: { $0.block == .heading(level: 1) }) {
            return heading.source
        }
        return article.frontMatter?.title ?? article.slug
    }

    /// The localized article whose English is newest (latest hand-off): the
    /// best English text when there is no en-US file.
    private func englishReference(of slug: String) -> Article? {
        let candidates = (files[slug] ?? [:]).filter { $0.key != LocaleNegotiator.source }.sorted { $0.key < $1.key }
            .compactMap { articles.article(at: $0.value) }
        return candidates.max { ($0.frontMatter?.lastHandoff?.description ?? "") < ($1.frontMatter?.lastHandoff?.description ?? "") }
    }

    /// Title and text of every article in `locale` (English where it has no
    /// translation), folded for matching; built on the first search.
    private func searchIndex(for locale: LocaleTag) -> [SearchEntry] {
        if let index = searchIndexes[locale] { return index }
        let paths = files.keys.sorted().compactMap { slug in files[slug]?[locale] ?? files[slug]?[LocaleNegotiator.source] ?? files[slug]?.values.min() }
        var index: [SearchEntry] = []
        index.reserveCapacity(paths.count)
        ArticleStream(files: paths).forEach({ SearchEntry(article: $0, locale: locale) }) { index.append($0) }
        searchIndexes[locale] = index
        return index
    }
}

/// One article's words for search, lower-cased with no-break spaces made plain.
private struct SearchEntry: Sendable {
    var slug: String
    var title: String
    package var text: String

    init(article: Article, locale: LocaleTag) {
        slug = article.slug
        let ownLanguage = article.locale == locale
        title = Self.folded(ownLanguage ? article.frontMatter?.title ?? "" : article.units.first?.source ?? "")
        var text = slug
        for unit in article.units {
            if ownLanguage { text += "\n" + unit.target }
            text += "\n" + unit.source
        }
        if article.units.isEmpty { text += "\n" + String(decoding: article.printed(), as: UTF8.self) }
        self.text = Self.folded(text)
    }

    static func folded(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.map { $0 == "\u{A0}" || $0 == "\u{202F}" ? " " : $0 }))
    }
}

/// Parsed articles by path; the least recently used go first when full.
private struct ArticleCache {
    let capacity: Int
    private var articles: [String: Article] = [:]
    private var order: [String] = []

    init(capacity: Int) { self.capacity = capacity }

    mutating func article(at path: String) -> Article? {
        if let article = articles[path] {
            if let index = order.firstIndex(of: path) { order.remove(at: index) }
            order.append(path)
            return article
        }
        let article = ArticleStream.load(path)
        if article.diagnostics.contains(where: { $0.code == .unreadableFile }) { return nil }
        if order.count >= capacity { articles[order.removeFirst()] = nil }
        articles[path] = article
        order.append(path)
        return article
    }
}

