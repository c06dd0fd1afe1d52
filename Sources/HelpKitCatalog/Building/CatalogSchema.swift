import HelpKitCore

/// The tables of a catalog file. One file holds everything `help`, `search`
/// and the TUI need; nothing is read from `content/` at lookup time.
enum CatalogSchema {
    /// Bumped whenever a table changes; a catalog of another version is rebuilt, not read.
    static let version = "1"

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
    -- or derived (English rebuilt from the unit sources of the newest translation).
    -- newest_handoff and changed_sentences are set when the article was translated
    -- from an older English revision than the newest translation of the topic.
    -- Small columns come first and the large texts last, in the order a lookup
    -- reads them: SQLite reaches a column only after the overflow pages of the
    -- columns before it.
    CREATE TABLE articles(id INTEGER PRIMARY KEY, topic INTEGER NOT NULL, locale INTEGER NOT NULL,
                          translation TEXT NOT NULL, handoff TEXT, newest_handoff TEXT, changed_sentences INTEGER,
                          source_commit TEXT, source_hash TEXT, path TEXT NOT NULL, title TEXT NOT NULL,
                          english_title TEXT NOT NULL, markdown TEXT NOT NULL, english_markdown TEXT NOT NULL,
                          search_text TEXT NOT NULL, UNIQUE(topic, locale));
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
    -- Trigram tokens match any substring of three or more characters, so
    -- Japanese and Chinese, written without spaces, are searchable too.
    CREATE VIRTUAL TABLE search USING fts5(title, search_text, content='articles', content_rowid='id', tokenize='trigram');
    """
}
