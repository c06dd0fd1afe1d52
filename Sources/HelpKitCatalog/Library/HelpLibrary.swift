import CSQLite
import HelpKitCore

/// Help topics for a host app: open a catalog (or a content folder), ask for
/// a topic by action id, context id or slug with the user's languages, and get
/// the text in the best locale there is, with the path that led to it.
///
/// ```swift
/// let library = try HelpLibrary(.automatic)
/// let preferences = LocalePreferences(acceptLanguage: "fr-CA, fr;q=0.9, en;q=0.5")
/// if case let .topic(topic) = try library.lookup("reset-passcode", preferences: preferences) {
///     print(topic.title, topic.locale, topic.shortHelp?.text ?? "")
/// }
/// ```
///
/// Both sources go through the same code: a content folder is compiled into
/// an in-memory catalog when opened. Prepared statements are kept, and the
/// locales and actions are held in memory, so a lookup costs a few indexed
/// reads. Use one library from one thread at a time.
public final class HelpLibrary: HelpSource {
    /// Where `helpkit build` writes by default, and where `.automatic` looks first.
    public static let defaultCatalogPath = ".build/helpkit-catalog.sqlite"
    /// What `.automatic` parses when there is no default catalog.
    public static let defaultContentFolder = "content"

    public enum Source: Hashable, Sendable {
        /// A file `helpkit build` wrote.
        case catalog(String)
        /// Articles parsed when opened; locales and contexts found as `CatalogBuilder.conventional` does.
        case content(String, localesFolder: String? = nil, contextMapPath: String? = nil)
        /// The default catalog when it exists, else the default content folder.
        case automatic
    }

    /// What was opened (`.automatic` resolved).
    public let source: Source
    /// Problems found while compiling a content folder (empty for a catalog file).
    public let buildDiagnostics: [Diagnostic]
    /// The locales with a `locales/<tag>.yml`, sorted by tag.
    public let locales: [LocaleDescription]
    /// The actions `contexts.yml` binds, sorted by id.
    public let actions: [HelpAction]

    public let articleLocales: [LocaleTag]

    let connection: SQLiteConnection
    let localeTable: LocaleTable
    let negotiator: LocaleNegotiator
    let actionsByID: [String: HelpAction]
    /// What lookups have read so far: names, topics' articles, negotiations.
    var cache = LookupCache()

    public convenience init(_ source: Source = .automatic) throws(CatalogError) {
        switch source {
        case .automatic:
            try self.init(Self.defaultCatalogIsCurrent ? .catalog(Self.defaultCatalogPath) : .content(Self.defaultContentFolder))
        case let .catalog(path):
            guard FileSystem.isFile(path) else { throw .noSuchFile(path: path) }
            let connection = try SQLiteConnection(path: path, mode: .immutable)
            try Self.checkSchema(connection)
            try self.init(source: source, connection: connection, buildDiagnostics: [])
        case let .content(folder, localesFolder, contextMapPath):
            guard FileSystem.isDirectory(folder) else { throw .noSuchFolder(path: folder) }
            let connection = try SQLiteConnection(path: ":memory:", mode: .create)
            let builder = CatalogBuilder.conventional(contentPaths: [folder], localesFolder: localesFolder, contextMapPath: contextMapPath)
            let diagnostics = try builder.build(into: connection).diagnostics
            try self.init(source: source, connection: connection, buildDiagnostics: diagnostics)
        }
    }

    private init(source: Source, connection: SQLiteConnection, buildDiagnostics: [Diagnostic]) throws(CatalogError) {
        self.source = source
        self.connection = connection
        self.buildDiagnostics = buildDiagnostics
        let catalog = try CatalogContents(connection)
        locales = catalog.described
        localeTable = LocaleTable(catalog.tags)
        articleLocales = catalog.withArticles
        negotiator = LocaleNegotiator(locales: catalog.described)
        actions = catalog.actions
        var actionsByID: [String: HelpAction] = [:]
        for action in catalog.actions {
            // The builder writes each action once: a second one means the file was changed since.
            guard actionsByID.updateValue(action, forKey: action.id) == nil else {
                throw .damaged(path: connection.path, reason: "action \"\(action.id)\" appears twice")
            }
        }
        self.actionsByID = actionsByID
    }

    /// The topic `name` leads to: an action id, a context id or an article
    /// slug, tried in that order.
    public func lookup(_ name: String, preferences: LocalePreferences) throws(CatalogError) -> HelpLookup {
        if let action = actionsByID[name] {
            if let slug = action.article, let id = try topicID(slug: slug) {
                return .topic(try topic(id, preferences: preferences, action: action))
            }
            let context = action.context ?? ""
            return try lookup(context: context, topics: target(of: context).contextTopics, preferences: preferences, action: action)
        }
        let target = try target(of: name)
        if !target.contextTopics.isEmpty {
            return try lookup(context: name, topics: target.contextTopics, preferences: preferences, action: nil)
        }
        guard let id = target.slugTopic else { return .notFound }
        return .topic(try topic(id, preferences: preferences, action: nil))
    }

    /// The article `slug` in exactly `locale`, or nil when it has no such translation.
    public func topic(slug: String, locale: LocaleTag) throws(CatalogError) -> HelpTopic? {
        guard let id = try topicID(slug: slug), let localeID = localeTable.ids[locale],
              try articles(of: id).locales.contains(localeID) else { return nil }
        return try topic(id, preferences: LocalePreferences([locale.identifier]), action: nil)
    }

    /// An action's one-line help in the best locale that has its sentence.
    public func shortHelp(action id: String, preferences: LocalePreferences) throws(CatalogError) -> ShortHelp? {
        guard let action = actionsByID[id] else { return nil }
        return try shortHelp(action, preferences: preferences)
    }

    /// Every topic with its title in the best locale for `preferences`, sorted by slug.
    public func topics(preferences: LocalePreferences) throws(CatalogError) -> [TopicSummary] {
        try summaries(connection.cached("""
            SELECT t.id, t.slug, a.locale, a.title FROM topics t JOIN articles a ON a.topic = t.id ORDER BY t.slug
            """), preferences: preferences)
    }

    public func slugs() throws(CatalogError) -> [String] {
        try connection.cached("SELECT slug FROM topics ORDER BY slug").rows { $0.text(0) }
    }

    public func availableLocales(slug: String) throws(CatalogError) -> [LocaleTag] {
        guard let id = try topicID(slug: slug) else { return [] }
        return try record(of: id).tags
    }

    /// Every context id a topic carries, sorted.
    public func contextIDs() throws(CatalogError) -> [String] {
        try connection.cached("SELECT DISTINCT context FROM contexts ORDER BY context").rows { $0.text(0) }
    }

    /// The units of the article `slug` in `locale`, in file order.
    public func units(slug: String, locale: LocaleTag) throws(CatalogError) -> [CatalogUnit] {
        guard let localeID = localeTable.ids[locale] else { return [] }
        return try connection.cached("""
            SELECT u.unit_id, u.block, u.source, u.target, u.line_number, u.column_number
            FROM units u JOIN articles a ON a.id = u.article JOIN topics t ON t.id = a.topic
            WHERE t.slug = ? AND a.locale = ? ORDER BY u.ordinal
            """).binding(slug, localeID).rows { row in
            CatalogUnit(id: row.text(0), block: row.text(1), source: row.text(2), target: row.text(3),
                        line: row.int(4), column: row.int(5))
        }
    }

    /// The interface strings in the best locale that has them.
    public func interfaceStrings(_ preferences: LocalePreferences) -> InterfaceStrings {
        InterfaceStrings(preferences, among: locales)
    }

    /// Whether the default catalog exists and is newer than every file of the
    /// default content and locales folders, so that an edit is never hidden
    /// behind a catalog built before it.
    static var defaultCatalogIsCurrent: Bool {
        guard let built = FileSystem.modificationTime(defaultCatalogPath) else { return false }
        let inputs = ContentWalker(paths: [defaultContentFolder, "locales"].filter(FileSystem.isDirectory), fileExtension: "")
        return inputs.files.allSatisfy { (FileSystem.modificationTime($0) ?? .max) <= built }
    }

    static func checkSchema(_ connection: SQLiteConnection) throws(CatalogError) {
        let statement: SQLiteStatement
        do {
            statement = try connection.prepare("SELECT value FROM meta WHERE key = 'schema'")
        } catch let .sqlite(path, code, message) where [SQLITE_NOTADB, SQLITE_ERROR].contains(code & 0xFF) {
            // Not a database, or one without a meta table; a file that cannot be read stays an SQLite failure.
            throw .notACatalog(path: path, reason: message)
        }
        let found = try statement.step() ? statement.text(0) : nil
        guard found == CatalogSchema.version else {
            throw .schemaVersion(path: connection.path, found: found, expected: CatalogSchema.version)
        }
    }
}
