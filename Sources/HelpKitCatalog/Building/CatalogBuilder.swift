#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import HelpKitCore

/// Compiles articles, locale files and a context map into one SQLite catalog.
///
/// Articles are grouped by slug (`ContentSet`, which applies the project's
/// excludes), parsed and compared topic by topic on every core, and inserted
/// by one writer in one transaction, so memory holds a window of topics,
/// never the corpus.
/// The file is written beside its destination and renamed into place.
public struct CatalogBuilder: Sendable {
    /// Article files or folders (searched recursively for `*.md`).
    public var contentPaths: [String]
    /// The `locales/*.yml` folder; nil builds a catalog without interface strings.
    public var localesFolder: String?
    /// `contexts.yml`; nil binds no actions.
    public var contextMapPath: String?
    /// Globs of article paths to leave out, as in the project file's `exclude`.
    public var excludes: [String] = []
    /// The locale translations are compared with when there is no English
    /// folder, as in the project file's `reference` (see `ReferencePolicy`).
    public var referenceLocale: LocaleTag?

    public init(contentPaths: [String], localesFolder: String?, contextMapPath: String?) {
        self.contentPaths = contentPaths
        self.localesFolder = localesFolder
        self.contextMapPath = contextMapPath
    }

    /// The inputs laid out as in this repository: `contexts.yml` inside the
    /// first content folder, `locales/` beside it (else in the working directory).
    public static func conventional(contentPaths: [String], localesFolder: String? = nil,
                                    contextMapPath: String? = nil) -> CatalogBuilder {
        let root = contentPaths.first ?? "content"
        let locales = localesFolder ?? [FileSystem.sibling("locales", of: root), "locales"].first(where: FileSystem.isDirectory)
        let conventionalMap = "\(root)/contexts.yml"
        let contexts = contextMapPath ?? (FileSystem.isFile(conventionalMap) ? conventionalMap : nil)
        return CatalogBuilder(contentPaths: contentPaths, localesFolder: locales, contextMapPath: contexts)
    }

    /// Builds the catalog at `path`. When the context map has errors nothing
    /// is written (`report.written` is false): a host app must not ship a
    /// catalog whose actions lead nowhere.
    public func build(to path: String) throws(CatalogError) -> CatalogBuildReport {
        TemporarySibling.removeAbandoned(besides: path)
        let temporary = TemporarySibling.path(for: path)
        // Created here rather than by SQLite, whose error for a folder that
        // cannot be written to names no reason.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(path: path, operation: "write the catalog", errno: errno) }
        close(descriptor)
        var report: CatalogBuildReport
        do {
            let connection = try SQLiteConnection(path: temporary, mode: .create)
            report = try build(into: connection)
        } catch {
            unlink(temporary)
            // Named by the file the user asked for, not the temporary one.
            if case let .sqlite(_, code, message) = error { throw .sqlite(path: path, code: code, message: message) }
            throw error
        }
        guard report.contextMapErrors.isEmpty else {
            unlink(temporary)
            return report
        }
        guard FileSystem.sync(temporary), rename(temporary, path) == 0 else {
            let failure = errno
            unlink(temporary)
            throw .io(path: path, operation: "write the catalog", errno: failure)
        }
        report.written = true
        return report
    }

    /// Fills an empty database: a file being built, or an in-memory one.
    func build(into connection: SQLiteConnection) throws(CatalogError) -> CatalogBuildReport {
        // SQLite's default 4 KiB pages: measured on the corpus, lookups run as
        // fast as with 16 or 64 KiB ones, the file is within 5% of the smallest,
        // and a catalog of a few articles stays a few dozen pages.
        try connection.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -32768")
        try connection.execute(CatalogSchema.create)
        var writer = CatalogWriter(connection: connection)
        let selection = ContentSet(paths: contentPaths, excludes: excludes)
        var diagnostics = selection.diagnostics
        let required = ReferencePolicy.requiredReference(runLocales: selection.locales, configured: referenceLocale)
        let configured = referenceLocale
        do {
            try connection.transaction {
                try OrderedParallel.forEach(selection.groups, window: 64, {
                    TopicRecords($0, requiredReference: required, configuredReference: configured)
                }, consume: { topic in
                    diagnostics += try writer.insert(topic)
                })
                let locales = localesFolder.map(LocaleDescription.loadFolder) ?? (locales: [], diagnostics: [])
                diagnostics += locales.diagnostics
                try writer.insert(locales.locales)
                if let contextMapPath {
                    let binder = ActionBinder(connection: connection)
                    diagnostics += try binder.bind(ContextMap.load(contextMapPath))
                }
                try writer.finish()
            }
        } catch let error as CatalogError {
            throw error
        } catch {
            throw .unexpected(path: connection.path, reason: "\(error)")
        }
        return try CatalogBuildReport(connection: connection, diagnostics: diagnostics)
    }
}

/// What one build produced, and what was wrong with its inputs.
public struct CatalogBuildReport: Sendable {
    /// Articles in all locales, English ones rebuilt from unit sources included.
    public var articleCount: Int
    /// Distinct slugs.
    public var topicCount: Int
    public var unitCount: Int
    public var actionCount: Int
    public var locales: [LocaleTag]
    /// Problems in articles (which are still included), locale files and the context map.
    public var diagnostics: [Diagnostic]
    /// Whether `build(to:)` renamed the catalog into place.
    public var written = false

    /// The context map's errors: any of them keeps `build(to:)` from writing.
    public var contextMapErrors: [Diagnostic] {
        diagnostics.filter { $0.code == ContextMap.ruleCode && $0.severity == .error }
    }

    init(connection: SQLiteConnection, diagnostics: [Diagnostic]) throws(CatalogError) {
        func count(_ table: String) throws(CatalogError) -> Int {
            let statement = try connection.prepare("SELECT count(*) FROM \(table)")
            return try statement.step() ? statement.int(0) : 0
        }
        articleCount = try count("articles")
        topicCount = try count("topics")
        unitCount = try count("units")
        actionCount = try count("actions")
        let tags = try connection.prepare("SELECT tag FROM locales WHERE id IN (SELECT locale FROM articles) ORDER BY tag")
        locales = (try? tags.rows { $0.text(0) })?.compactMap { LocaleTag($0) } ?? []
        self.diagnostics = diagnostics
    }
}

/// The few file-system questions the catalog asks.
enum FileSystem {
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    static func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// When the file was last changed, in nanoseconds since 1970; nil when it cannot be read.
    static func modificationTime(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
    }

    /// `name` in the folder that holds `path`: `sibling("locales", of: "a/content/")` is `a/locales`.
    static func sibling(_ name: String, of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return name }
        return trimmed[...slash] + name
    }

    /// Flushes a file to disk, so that the rename that follows never exposes a half-written one.
    static func sync(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return fsync(descriptor) == 0
    }
}
