#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The article files below some paths, grouped by slug across locales: the
/// same article in every language it exists in.
///
/// Grouping happens before parsing, from the paths alone, so that a help set
/// can be read one article group at a time. The locale here is the folder's;
/// the parsed `Article.locale` prefers `ms.contentlocale`, and a disagreement
/// between the two is a finding of the check, not a reason to regroup.
public struct ContentSet: Sendable {
    /// One article file and the locale its folder names.
    public struct File: Sendable, Hashable {
        public var path: String
        public var folderLocale: LocaleTag?
    }

    /// The files of one article (slug) in every locale.
    public struct Group: Sendable {
        public var slug: String
        public var files: [File]
    }

    /// Groups in slug order.
    public private(set) var groups: [Group] = []
    /// Every file, in walk order.
    public private(set) var files: [String] = []
    /// Locales with a folder in the set: every article is expected in each.
    public private(set) var locales: [LocaleTag] = []
    /// What the walk itself could not read.
    public private(set) var diagnostics: [Diagnostic] = []

    public var fileCount: Int { files.count }

    /// - Parameter excludes: globs of paths to leave out, relative to the path
    ///   they were found under (`*/includes/*`, `**/drafts/*`).
    public init(paths: [String], excludes: [String] = []) {
        var bySlug: [String: [File]] = [:]
        var locales: Set<LocaleTag> = []
        var folderLocales: [Substring: LocaleTag?] = [:]
        for root in paths {
            let walker = ContentWalker(paths: [root])
            diagnostics += walker.diagnostics
            for path in walker.files where !Self.isExcluded(path, under: root, by: excludes) {
                let slash = path.lastIndex(of: "/")
                let folder = slash.map { path[..<$0] } ?? ""
                let name = slash.map { path[path.index(after: $0)...] } ?? path[...]
                let locale: LocaleTag?
                if let known = folderLocales[folder] {
                    locale = known
                } else {
                    locale = LocaleTag(folderOf: path)
                    folderLocales[folder] = locale
                }
                bySlug[String(name.hasSuffix(".md") ? name.dropLast(3) : name), default: []].append(File(path: path, folderLocale: locale))
                if let locale { locales.insert(locale) }
                files.append(path)
            }
        }
        groups = bySlug.keys.sorted().map { Group(slug: $0, files: bySlug[$0] ?? []) }
        self.locales = locales.sorted()
    }

    /// `file`'s path relative to the first of `roots` it was found under
    /// (`ja-JP/a.md` below `content`); a file named on its own is its name.
    public static func relativePath(of file: String, under roots: [String]) -> String {
        for root in roots where file != root {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            if file.hasPrefix(prefix) { return String(file.dropFirst(prefix.count)) }
        }
        return Article.slug(ofPath: file) + ".md"
    }

    /// Whether a glob in `excludes` matches the file's path relative to the
    /// root it was found under, or one of the folders on that path. `*`
    /// matches across `/`, so `drafts/*` and `**/drafts/*` both work.
    public static func isExcluded(_ file: String, under root: String, by excludes: [String]) -> Bool {
        guard !excludes.isEmpty else { return false }
        let relative = relativePath(of: file, under: [root])
        var candidates = [relative]
        var folder = relative
        while let slash = folder.lastIndex(of: "/") {
            folder = String(folder[..<slash])
            candidates.append(folder)
        }
        for pattern in excludes {
            var patterns = [pattern.hasSuffix("/") ? String(pattern.dropLast()) : pattern]
            if patterns[0].hasPrefix("**/") { patterns.append(String(patterns[0].dropFirst(3))) }
            if patterns.contains(where: { pattern in candidates.contains { fnmatch(pattern, $0, 0) == 0 } }) { return true }
        }
        return false
    }
}
