#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking

/// TUI content from a `HelpLibrary`: a catalog file, or a content folder
/// compiled in memory. The actions of `contexts.yml` come first, then every
/// topic; lookups, locales, short help and search are the library's, so the
/// TUI shows what `helpkit help` and `helpkit search` would.
///
/// A catalog holds no findings: the review checks the article files the
/// catalog was built from when they are still there, and otherwise shows
/// the catalog's units alone.
public final class LibraryContent: TUIContent {
    public let items: [TUIItem]
    public let locales: [LocaleTag]
    private let library: HelpLibrary
    private let checker: Checker
    private var topicLocales: [String: [LocaleTag]] = [:]
    private var labels: [TUIItem: [LocaleTag: String]] = [:]

    public init(library: HelpLibrary, configuration: CheckConfiguration = CheckConfiguration()) {
        self.library = library
        checker = Checker(configuration: configuration)
        let topics = (try? library.topics(preferences: LocalePreferences([String]()))) ?? []
        items = library.actions.map { TUIItem(kind: .action, id: $0.id) } + topics.map { TUIItem(kind: .article, id: $0.slug) }
        locales = Set(library.locales.map(\.tag) + [LocaleNegotiator.source]).sorted()
    }

    public func slugs(of item: TUIItem) -> [String] {
        guard item.kind == .action else { return [item.id] }
        switch try? library.lookup(item.id, preferences: LocalePreferences([String]())) {
        case let .topic(topic)?: return [topic.slug]
        case let .choices(_, topics)?: return topics.map(\.slug)
        case .notFound?, nil: return []
        }
    }

    public func locales(of slug: String) -> [LocaleTag] {
        if let known = topicLocales[slug] { return known }
        let available = (try? library.topic(slug: slug, locale: LocaleNegotiator.source))?.availableLocales.sorted()
            ?? [LocaleNegotiator.source]
        topicLocales[slug] = available
        return available
    }

    public func topic(_ slug: String, in locale: LocaleTag) -> TUITopic? {
        guard let topic = try? library.topic(slug: slug, locale: locale) else { return nil }
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
        return (try? library.shortHelp(action: item.id, preferences: LocalePreferences([locale.identifier])))?.text
    }

    public func search(_ query: String, in locale: LocaleTag) -> [String] {
        let results = try? library.search(query, preferences: LocalePreferences([locale.identifier]), limit: 500)
        return results?.hits.map(\.slug) ?? []
    }

    public func review(_ slug: String, in locale: LocaleTag) -> ReviewDocument? {
        guard locale != LocaleNegotiator.source else { return nil }
        let files = ((try? library.articlePaths(slug: slug)) ?? [:]).filter { access($0.value, R_OK) == 0 }
        if let document = ArticleReview.document(slug: slug, locale: locale, files: files, checker: checker) { return document }
        guard let units = try? library.units(slug: slug, locale: locale), !units.isEmpty else { return nil }
        return ReviewDocument(slug: slug, locale: locale, path: "", title: topic(slug, in: locale)?.title ?? slug,
                              units: units.map { ReviewUnit(id: $0.id, target: $0.target, source: $0.source, line: $0.line, column: $0.column) },
                              findings: [])
    }
}
