import HelpKitCore

/// The small tables a library holds in memory from the moment it opens:
/// locales with their strings, and the actions.
struct CatalogContents {
    var tags: [Int: LocaleTag] = [:]
    /// The locales that have articles.
    var withArticles: [LocaleTag] = []
    var described: [LocaleDescription] = []
    var actions: [HelpAction] = []

    init(_ connection: SQLiteConnection) throws(CatalogError) {
        let locales = try connection.prepare("SELECT id, tag, name, native_name, direction, fallback, described, articles FROM locales ORDER BY tag")
        var byID: [Int: LocaleDescription] = [:]
        while try locales.step() {
            guard let tag = LocaleTag(locales.text(1)) else { continue }
            tags[locales.int(0)] = tag
            if locales.int(7) > 0 { withArticles.append(tag) }
            guard locales.int(6) == 1 else { continue }
            byID[locales.int(0)] = LocaleDescription(
                tag: tag, name: locales.text(2), nativeName: locales.text(3),
                direction: LocaleDescription.Direction(rawValue: locales.text(4)) ?? .leftToRight,
                fallbacks: locales.text(5).split(separator: " ").compactMap { LocaleTag($0) })
        }
        let strings = try connection.prepare("SELECT locale, key, value FROM strings")
        while try strings.step() { byID[strings.int(0)]?.strings[strings.text(1)] = strings.text(2) }
        let names = try connection.prepare("SELECT locale, language, name FROM language_names")
        while try names.step() { byID[names.int(0)]?.languageNames[names.text(1)] = names.text(2) }
        described = byID.values.sorted { $0.tag < $1.tag }
        let actions = try connection.prepare("""
            SELECT a.id, a.context, t.slug, a.short_source, s.slug FROM actions a
            LEFT JOIN topics t ON t.id = a.topic LEFT JOIN topics s ON s.id = a.short_topic ORDER BY a.id
            """)
        while try actions.step() {
            self.actions.append(HelpAction(id: actions.text(0), context: actions.optionalText(1),
                                           article: actions.optionalText(2), shortHelpSource: actions.optionalText(3),
                                           shortHelpArticle: actions.optionalText(4)))
        }
    }
}
