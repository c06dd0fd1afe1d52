#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The article files a check reads, grouped by slug across locales, after the
/// project's excludes.
struct ContentSelection {
    /// One article file and the locale its folder names.
    struct File: Sendable {
        var path: String
        var folderLocale: LocaleTag?
    }

    /// The files of one slug in every locale, groups in slug order.
    private(set) var groups: [(slug: String, files: [File])] = []
    private(set) var fileCount = 0
    /// Locales with a folder in the run: every article is expected in each.
    private(set) var locales: [LocaleTag] = []
    /// What the walk itself could not read.
    private(set) var diagnostics: [Diagnostic] = []

    init(paths: [String], excludes: [String]) {
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
                    locale = ArticleContext.folderLocale(of: path)
                    folderLocales[folder] = locale
                }
                bySlug[String(name.hasSuffix(".md") ? name.dropLast(3) : name), default: []].append(File(path: path, folderLocale: locale))
                if let locale { locales.insert(locale) }
                fileCount += 1
            }
        }
        groups = bySlug.keys.sorted().map { ($0, bySlug[$0] ?? []) }
        self.locales = locales.sorted()
    }

    /// Whether a glob in `excludes` matches the file's path relative to the
    /// root it was found under, or one of the folders on that path. `*`
    /// matches across `/`, so `drafts/*` and `**/drafts/*` both work.
    static func isExcluded(_ file: String, under root: String, by excludes: [String]) -> Bool {
        guard !excludes.isEmpty else { return false }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        let relative = file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : Article.slug(ofPath: file) + ".md"
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
