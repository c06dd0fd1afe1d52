import HelpKitCore

/// What the catalog keeps of one parsed article, made on a worker thread so
/// that the single writer only inserts.
struct ArticleRecord: Sendable {
    struct Unit: Sendable {
        var id: String
        var block: String
        var source: String
        var target: String
        var line: Int
        var column: Int
    }

    var path: String
    var slug: String
    var locale: LocaleTag?
    var title: String
    /// The body in the article's language, without front matter.
    var markdown: String
    /// Whether a search looks through the body, as for an English original
    /// without units, rather than through the unit targets.
    var searchesMarkdown: Bool
    /// The sentences a search looks through, as the catalog's `search_source`
    /// view rebuilds them from the stored texts.
    var searchText: String
    /// The topic's English rebuilt from this translation, set on the one
    /// record it is rebuilt from (`TopicRecords.englishSource`).
    var derivedEnglish: DerivedEnglish?
    var translation: String
    var handoff: String?
    var contexts: [String]
    /// Sentences of this translation's English that the topic's reference
    /// changed, added or removed (`TopicRecords`); nil for the reference and English articles.
    var changedSentences: Int?
    /// The newest translation's hand-off, when this one was made from an older English.
    var newestHandoff: String?
    var units: [Unit]
    var diagnostics: [Diagnostic]

    static let sourceTranslation = "source"
    static let derivedTranslation = "derived"

    init(_ article: Article) {
        path = article.path
        slug = article.slug
        locale = article.locale?.canonical
        diagnostics = article.diagnostics
        let frontMatter = article.frontMatter
        let heading = article.units.first { $0.block == .heading(level: 1) }
        let isEnglish = locale.map(ReferencePolicy.isEnglishReference) ?? false
        title = Self.displayable(frontMatter?.title ?? heading?.target ?? article.slug)
        markdown = Self.displayable(MarkdownBody.strippingFrontMatter(article.localizedMarkdown()))
        searchesMarkdown = isEnglish && article.units.isEmpty
        searchText = Self.displayable(searchesMarkdown ? markdown : article.units.map(\.target).joined(separator: "\n"))
        translation = isEnglish ? Self.sourceTranslation : frontMatter?.translationType?.description ?? "HT"
        handoff = frontMatter?.lastHandoff?.description
        contexts = (frontMatter?.contextIDs ?? []).flatMap { $0.split(separator: ",") }.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        units = article.units.map { unit in
            Unit(id: unit.id.description, block: unit.block.kind, source: Self.displayable(unit.source),
                 target: Self.displayable(unit.target),
                 line: unit.location.line, column: unit.location.column)
        }
    }

    /// A topic's English title and body, from a translation's unit sources.
    struct DerivedEnglish: Sendable {
        var title: String
        var markdown: String

        init(_ article: Article, record: ArticleRecord) {
            let heading = article.units.first { $0.block == .heading(level: 1) }
            title = heading.map { ArticleRecord.displayable($0.source) } ?? record.title
            markdown = ArticleRecord.displayable(MarkdownBody.strippingFrontMatter(article.englishMarkdown()))
        }
    }

    /// Text as the catalog stores it for display: sanitised once here, so
    /// that no escape sequence reaches a terminal through any reader of the
    /// catalog (markdown and JSON output, host apps), and so that the two
    /// control characters a search snippet marks matches with cannot be forged.
    /// Tabs stay: markdown reads them as indentation.
    static func displayable(_ text: String) -> String {
        TerminalText.sanitize(text, keepingTabs: true)
    }
}

/// The body of a markdown article: what follows its `---` front matter.
enum MarkdownBody {
    static func strippingFrontMatter(_ bytes: [UInt8]) -> String {
        var lines = bytes.split(separator: .newline, maxSplits: .max, omittingEmptySubsequences: false)[...]
        guard let first = lines.first, FrontMatterFence.matches(first, isFirstLine: true) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        lines = lines.dropFirst()
        guard let closing = lines.firstIndex(where: { FrontMatterFence.matches($0, isFirstLine: false) }) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        let body = lines[(closing + 1)...].drop { $0.allSatisfy { $0 == .space || $0 == .tab || $0 == 0x0D } }
        return String(decoding: Array(body.joined(separator: [.newline])), as: UTF8.self)
    }
}
