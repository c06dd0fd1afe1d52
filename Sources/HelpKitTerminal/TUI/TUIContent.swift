import HelpKit

/// An entry of the list pane: an action of the host app, or an article.
public struct TUIItem: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case action
        case article
    }

    public var kind: Kind
    /// The action id, or the article's slug.
    public var id: String

    public init(kind: Kind, id: String) {
        self.kind = kind
        self.id = id
    }
}

/// One topic in one locale, ready to render.
public struct TUITopic: Sendable {
    public var slug: String
    public var locale: LocaleTag
    public var title: String
    /// The body as plain markdown, without front matter or sxs spans.
    public var markdown: String

    public init(slug: String, locale: LocaleTag, title: String, markdown: String) {
        self.slug = slug
        self.locale = locale
        self.title = title
        self.markdown = markdown
    }
}

/// One translation unit as a reviewer sees it.
public struct ReviewUnit: Sendable {
    public var id: String
    public var block: Block
    public var target: String
    public var source: String
    public var line: Int
    /// What the checker found in this unit.
    public var findings: [Finding]

    public init(id: String, block: Block, target: String, source: String, line: Int, findings: [Finding]) {
        self.id = id
        self.block = block
        self.target = target
        self.source = source
        self.line = line
        self.findings = findings
    }
}

/// One article in one locale, unit by unit, with the checker's findings.
public struct ReviewDocument: Sendable {
    public var slug: String
    public var locale: LocaleTag
    public var path: String
    public var title: String
    /// Findings about the file as a whole (front matter, missing units).
    public var articleFindings: [Finding]
    public var units: [ReviewUnit]

    public init(slug: String, locale: LocaleTag, path: String, title: String, articleFindings: [Finding], units: [ReviewUnit]) {
        self.slug = slug
        self.locale = locale
        self.path = path
        self.title = title
        self.articleFindings = articleFindings
        self.units = units
    }

    /// Binds each finding about `path` to the unit it points into (the last
    /// unit starting at or before it); findings before the first unit, or
    /// about the file as a whole, stay with the article.
    public static func binding(_ findings: [Finding], to article: Article, locale: LocaleTag, title: String) -> ReviewDocument {
        var units = article.units.map {
            ReviewUnit(id: $0.id.description, block: $0.block, target: $0.target, source: $0.source, line: $0.location.line, findings: [])
        }
        var articleFindings: [Finding] = []
        let starts = article.units.map(\.location)
        for finding in findings where finding.path == article.path {
            let index = starts.lastIndex { $0.line < finding.location.line || ($0.line == finding.location.line && $0.column <= finding.location.column) }
            if let index, finding.location.line > 1 {
                units[index].findings.append(finding)
            } else {
                articleFindings.append(finding)
            }
        }
        return ReviewDocument(slug: article.slug, locale: locale, path: article.path, title: title,
                              articleFindings: articleFindings, units: units)
    }
}

/// Where the TUI gets its content: parsed from article folders directly, or
/// read from a compiled catalog. Both answer the same questions.
public protocol TUIContent: AnyObject {
    /// The list pane's entries: actions first, then articles.
    var items: [TUIItem] { get }
    /// The articles an item shows; an action's context may be shared by several.
    func slugs(of item: TUIItem) -> [String]
    /// The locales a topic can be shown in, English included, sorted.
    func locales(of slug: String) -> [LocaleTag]
    /// The topic in exactly `locale`, or nil when it has no such translation.
    func topic(_ slug: String, in locale: LocaleTag) -> TUITopic?
    /// A label for the list: the title in `locale` when there is one.
    func label(of item: TUIItem, in locale: LocaleTag) -> String
    /// An action's one-line help in `locale`.
    func shortHelp(of item: TUIItem, in locale: LocaleTag) -> String?
    /// Slugs of the articles whose title or text contains `query`, best first.
    func search(_ query: String, in locale: LocaleTag) -> [String]
    /// The article in `locale` unit by unit, with the checker's findings.
    func review(_ slug: String, in locale: LocaleTag) -> ReviewDocument?
}
