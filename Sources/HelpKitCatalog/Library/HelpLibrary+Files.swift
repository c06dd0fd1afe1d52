import HelpKitCore

extension HelpLibrary {
    /// The file each locale's article of `slug` was compiled from, by locale,
    /// as the build was given the path: what a review of the translation
    /// checks. English rebuilt from unit sources has no file of its own.
    public func articlePaths(slug: String) throws(CatalogError) -> [LocaleTag: String] {
        let rows = try connection.cached("""
            SELECT l.tag, a.path FROM articles a JOIN topics t ON t.id = a.topic JOIN locales l ON l.id = a.locale
            WHERE t.slug = ? AND a.translation <> ?
            """).binding(slug, ArticleRecord.derivedTranslation).rows { ($0.text(0), $0.text(1)) }
        var paths: [LocaleTag: String] = [:]
        for (tag, path) in rows {
            if let locale = LocaleTag(tag) { paths[locale] = path }
        }
        return paths
    }
}
