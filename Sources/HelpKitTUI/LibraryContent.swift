#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import HelpKitCore
import HelpKitCatalog
import HelpKitChecking

/// TUI content from a `HelpSource`: a catalog, a content folder compiled in
/// memory, or article folders read as they are shown (`HelpFolder`). The
/// actions of `contexts.yml` come first, then every topic; lookups, locales,
/// short help and search are the source's, so the TUI shows what
/// `helpkit help` and `helpkit search` would.
///
/// The review checks the article files the topic was read from when they are
/// still there (a catalog may outlive them), and otherwise shows the
/// source's units alone.
public final class LibraryContent: TUIContent {
    public let items: [TUIItem]
    public let locales: [LocaleTag]
    private let source: any HelpSource
    private let checker: Checker
    private var topicLocales: [String: [LocaleTag]] = [:]
    private var labels: [TUIItem: [LocaleTag: String]] = [:]

    /// The review checks with `configuration` (the project file's).
    public init(source: any HelpSource, configuration: CheckConfiguration = CheckConfiguration()) {
        self.source = source
        checker = Checker(configuration: configuration)
        let slugs = (try? source.slugs()) ?? []
        items = source.actions.map { TUIItem(kind: .action, id: $0.id) } + slugs.map { TUIItem(kind: .article, id: $0) }
        locales = Set(source.articleLocales + [LocaleNegotiator.source]).sorted()
    }

    public func slugs(of item: TUIItem) -> [String] {
        guard item.kind == .action else { return [item.id] }
        switch try? source.lookup(item.id, preferences: LocalePreferences([String]())) {
        case let .topic(topic)?: return [topic.slug]
        case let .choices(_, topics)?: return topics.map(\.slug)
        case .notFound?, nil: return []
        }
    }

    public func locales(of slug: String) -> [LocaleTag] {
        if let known = topicLocales[slug] { return known }
        let available = (try? source.availableLocales(slug: slug)) ?? []
        let locales = available.isEmpty ? [LocaleNegotiator.source] : available
        topicLocales[slug] = locales
        return locales
    }

    public func topic(_ slug: String, in locale: LocaleTag) -> TUITopic? {
        guard let topic = try? source.topic(slug: slug, locale: locale) else { return nil }
        return TUITopic(slug: slug, locale: topic.locale, title: topic.title, markdown: topic.markdown)
    }

    public func label(of item: TUIItem, in locale: LocaleTag) -> String {
        if let label = labels[item]?[locale] { return label }
        let label = item.kind == .action ? item.id
            : (topic(item.id, in: locale) ?? topic(item.id, in: LocaleNegotiator.source))?.title ?? item.id
        labels[item, default: [:]][locale] = label
        return label
    }

    public func shortHelp(of item: TUIItem, in locale: LocaleTag) -> String? {
        guard item.kind == .action else { return nil }
        return (try? source.shortHelp(action: item.id, preferences: LocalePreferences([locale.identifier])))?.text
    }

    public func search(_ query: String, in locale: LocaleTag) -> [String] {
        let results = try? source.search(query, preferences: LocalePreferences([locale.identifier]), limit: 500)
        return results?.hits.map(\.slug) ?? []
    }

    public func review(_ slug: String, in locale: LocaleTag) -> ReviewDocument? {
        guard locale != LocaleNegotiator.source else { return nil }
        let files = ((try? source.articlePaths(slug: slug)) ?? [:]).filter { access($0.value, R_OK) == 0 }
        if let document = ArticleReview.document(slug: slug, locale: locale, files: files, checker: checker) { return document }
        guard let units = try? source.units(slug: slug, locale: locale), !units.isEmpty else { return nil }
        return ReviewDocument(slug: slug, locale: locale, path: "", title: topic(slug, in: locale)?.title ?? slug,
                              units: units.map { ReviewUnit(id: $0.id, target: $0.target, source: $0.source, line: $0.line, column: $0.column) },
                              findings: [])
    }
}
