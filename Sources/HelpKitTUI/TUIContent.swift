import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking


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
    public var target: String
    public var source: String
    /// Where the unit starts in its file.
    public var line: Int
    public var column: Int
    /// What the checker found in this unit.
    public var findings: [Finding] = []

    public init(id: String, target: String, source: String, line: Int, column: Int) {
        self.id = id
        self.target = target
        self.source = source
        self.line = line
        self.column = column
    }

    /// A parsed unit, where it stands in its file.
    public init(_ unit: TranslationUnit) {
        self.init(id: unit.id.description, target: unit.target, source: unit.source,
                  line: unit.location.line, column: unit.location.column)
    }
}

/// One article in one locale, unit by unit, with the checker's findings.
public struct ReviewDocument: Sendable {
    public var slug: String
    public var locale: LocaleTag
    public var path: String
    public var title: String
    /// Findings about the file as a whole (front matter, missing units).
    public var articleFindings: [Finding] = []
    public var units: [ReviewUnit]

    /// The units (in file order) with each finding about `path` bound to the
    /// unit it points into: the last one starting at or before it. Findings
    /// before the first unit, or about the file as a whole, stay with the article.
    public init(slug: String, locale: LocaleTag, path: String, title: String, units: [ReviewUnit], findings: [Finding]) {
        self.slug = slug
        self.locale = locale
        self.path = path
        self.title = title
        self.units = units
        for finding in findings where finding.path == path {
            let at = (finding.location.line, finding.location.column)
            if at.0 > 1, let index = units.lastIndex(where: { ($0.line, $0.column) <= at }) {
                self.units[index].findings.append(finding)
            } else {
                articleFindings.append(finding)
            }
        }
    }
}

/// What the TUI shows, in the terms of its list and panes: `LibraryContent`
/// over any `HelpSource` (a catalog, or article folders read directly).
public protocol TUIContent: AnyObject {
    /// The list pane's entries: actions first, then articles.
    var items: [TUIItem] { get }
    /// Every locale some topic is in, English included, sorted.
    var locales: [LocaleTag] { get }
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
