import HelpKitCore

/// Help topics to browse and search: a compiled catalog (`HelpLibrary`), or
/// folders of article files read as they are asked for (`HelpFolder`).
///
/// Both answer alike: titles, bodies and search text are made once, by the
/// catalog builder's rules; a topic without an English file is shown in the
/// English of its newest translation; and a search finds the same topics in
/// either. A browser (the TUI) is written once, against this.
///
/// Use one source from one thread at a time.
public protocol HelpSource: AnyObject {
    /// The locales with a `locales/<tag>.yml`, sorted by tag.
    var locales: [LocaleDescription] { get }
    /// The actions `contexts.yml` binds, sorted by id.
    var actions: [HelpAction] { get }
    /// The locales that have articles, sorted: what a search negotiates
    /// among. English is one of them as soon as there is a topic.
    var articleLocales: [LocaleTag] { get }

    /// Every topic's slug, sorted.
    func slugs() throws(CatalogError) -> [String]
    /// The locales the topic `slug` can be shown in, English included,
    /// sorted; empty when there is no such topic.
    func availableLocales(slug: String) throws(CatalogError) -> [LocaleTag]
    /// The topic `name` leads to, in the best locale for `preferences`
    /// (English when the topic has none of them).
    func lookup(_ name: String, preferences: LocalePreferences) throws(CatalogError) -> HelpLookup
    /// The article `slug` in exactly `locale`, or nil when it has no such translation.
    func topic(slug: String, locale: LocaleTag) throws(CatalogError) -> HelpTopic?
    /// An action's one-line help in the best locale that has its sentence.
    func shortHelp(action id: String, preferences: LocalePreferences) throws(CatalogError) -> ShortHelp?
    /// At most `limit` topics whose title or text contains every word of
    /// `query`, best first, in the best locale for `preferences`.
    func search(_ query: String, preferences: LocalePreferences, limit: Int) throws(CatalogError) -> SearchResults
    /// The units of the article `slug` in `locale`, in file order.
    func units(slug: String, locale: LocaleTag) throws(CatalogError) -> [CatalogUnit]
    /// The file of each locale's article of `slug`, by locale; English
    /// rebuilt from a translation has no file of its own.
    func articlePaths(slug: String) throws(CatalogError) -> [LocaleTag: String]
}
