import HelpKitCore

/// The tables of a catalog file. One file holds everything `help`, `search`
/// and the TUI need; nothing is read from `content/` at lookup time.
enum CatalogSchema {
    /// Bumped whenever a table changes; a catalog of another version is rebuilt, not read.
    static let version = "2"

    static let create = """
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    -- Every locale an article or a locales/<tag>.yml names; described = 1 for the latter.
    CREATE TABLE locales(id INTEGER PRIMARY KEY, tag TEXT NOT NULL UNIQUE, name TEXT, native_name TEXT,
                         direction TEXT, fallback TEXT, described INTEGER NOT NULL DEFAULT 0,
                         articles INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE strings(locale INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
                         PRIMARY KEY(locale, key)) WITHOUT ROWID;
    CREATE TABLE language_names(locale INTEGER NOT NULL, language TEXT NOT NULL, name TEXT NOT NULL,
                                PRIMARY KEY(locale, language)) WITHOUT ROWID;
    -- One topic per slug; its articles are the slug in each locale. contexts
    -- repeats the topic's context ids (tab-separated), read with the topic.
    CREATE TABLE topics(id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, contexts TEXT NOT NULL DEFAULT '');
    -- translation: HT or MT (ms.translationtype), source (an English original in content/),
    -- or derived (English rebuilt from the unit sources of the reference translation).
    -- newest_handoff and changed_sentences are set when the article was translated
    -- from an older English revision than the newest translation of the topic.
    -- Each text is stored once: an article's sentences are its units, so its
    -- searchable text is not a column but search_source's, rebuilt from them.
    -- units_of names the article whose units those are: itself, the reference
    -- translation for a derived English (its sources), or NULL for an English
    -- original without units, whose markdown is searched.
    -- Small columns come first and the large texts last, in the order a lookup
    -- reads them: SQLite reaches a column only after the overflow pages of the
    -- columns before it.
    CREATE TABLE articles(id INTEGER PRIMARY KEY, topic INTEGER NOT NULL, locale INTEGER NOT NULL,
                          translation TEXT NOT NULL, handoff TEXT, newest_handoff TEXT, changed_sentences INTEGER,
                          units_of INTEGER, path TEXT NOT NULL, title TEXT NOT NULL, markdown TEXT NOT NULL,
                          UNIQUE(topic, locale));
    CREATE TABLE units(article INTEGER NOT NULL, ordinal INTEGER NOT NULL, unit_id TEXT NOT NULL,
                       block TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
                       line_number INTEGER NOT NULL, column_number INTEGER NOT NULL,
                       PRIMARY KEY(article, ordinal)) WITHOUT ROWID;
    CREATE TABLE contexts(context TEXT NOT NULL, topic INTEGER NOT NULL, PRIMARY KEY(context, topic)) WITHOUT ROWID;
    CREATE INDEX contexts_by_topic ON contexts(topic, context);
    -- An action leads to a topic (article given) or to the topics of a context.
    CREATE TABLE actions(id TEXT PRIMARY KEY, context TEXT, topic INTEGER, short_source TEXT,
                         short_topic INTEGER) WITHOUT ROWID;
    -- The action's short help in each article (locale) of short_topic that has its sentence.
    CREATE TABLE short_help(action TEXT NOT NULL, article INTEGER NOT NULL, text TEXT NOT NULL,
                            PRIMARY KEY(action, article)) WITHOUT ROWID;
    CREATE VIEW search_source(id, topic, locale, title, search_text) AS
        SELECT a.id, a.topic, a.locale, a.title, CASE
            WHEN a.units_of IS NULL THEN a.markdown
            WHEN a.units_of = a.id THEN coalesce((SELECT group_concat(target, char(10)) FROM
                (SELECT target FROM units WHERE article = a.id ORDER BY ordinal)), '')
            ELSE coalesce((SELECT group_concat(source, char(10)) FROM
                (SELECT source FROM units WHERE article = a.units_of ORDER BY ordinal)), '')
        END FROM articles a;
    -- Trigram tokens match any substring of three or more characters, so
    -- Japanese and Chinese, written without spaces, are searchable too. The
    -- index keeps no copy of the text: snippets read it from search_source.
    -- detail=full, because a word of four characters or more is a phrase of
    -- trigrams, and SQLite runs phrase queries only on full position lists.
    CREATE VIRTUAL TABLE search USING fts5(title, search_text, content='search_source', content_rowid='id',
                                           tokenize='trigram');
    """
}
