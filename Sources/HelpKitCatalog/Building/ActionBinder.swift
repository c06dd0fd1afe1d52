import HelpKitCore

/// Validates the context map against the articles being built and records
/// each action with its short help in every locale that has its sentence.
struct ActionBinder: ArticleDirectory {
    let connection: SQLiteConnection

    /// Binds what holds; returns a diagnostic for each entry that does not.
    func bind(_ map: ContextMap) throws -> [Diagnostic] {
        let (bindings, diagnostics) = try ContextMapValidator(map: map, directory: self).validate()
        let action = try connection.prepare("""
            INSERT INTO actions(id, context, topic, short_source, short_topic)
            VALUES(?, ?, (SELECT id FROM topics WHERE slug = ?), ?, (SELECT id FROM topics WHERE slug = ?))
            """)
        for binding in bindings {
            action.reset()
            try action.binding(binding.action, binding.context, binding.article,
                               binding.shortHelpSource.map(ArticleRecord.displayable), binding.shortHelpArticle).run()
            if let source = binding.shortHelpSource, let article = binding.shortHelpArticle {
                try recordShortHelp(binding.action, source: source, article: article)
            }
        }
        return diagnostics
    }

    /// The target of the unit whose English is `source`, in each locale of the
    /// article; English articles take the sentence itself.
    private func recordShortHelp(_ action: String, source: String, article slug: String) throws(CatalogError) {
        let wanted = EnglishSentences.identity(of: source)
        let articles = try connection.prepare("""
            SELECT a.id, a.translation FROM articles a JOIN topics t ON t.id = a.topic WHERE t.slug = ?
            """).binding(slug)
        let units = try connection.prepare("SELECT source, target FROM units WHERE article = ? ORDER BY ordinal")
        let insert = try connection.prepare("INSERT INTO short_help(action, article, text) VALUES(?, ?, ?)")
        while try articles.step() {
            let article = articles.int(0)
            var text: String?
            if [ArticleRecord.sourceTranslation, ArticleRecord.derivedTranslation].contains(articles.text(1)) {
                text = source
            } else {
                units.reset()
                units.binding(article)
                while text == nil, try units.step() {
                    if EnglishSentences.identity(of: units.text(0)) == wanted { text = units.text(1) }
                }
            }
            if let text {
                insert.reset()
                try insert.binding(action, article, ArticleRecord.displayable(text)).run()
            }
        }
    }

    func hasArticle(_ slug: String) throws -> Bool {
        try connection.cached("SELECT 1 FROM topics WHERE slug = ?").binding(slug).step()
    }

    func articles(withContext context: String) throws -> [String] {
        try connection.cached("""
            SELECT t.slug FROM contexts c JOIN topics t ON t.id = c.topic WHERE c.context = ? ORDER BY t.slug
            """).binding(context).rows { $0.text(0) }
    }

    func englishSentences(of slug: String) throws -> [String] {
        let sources = try connection.cached("""
            SELECT u.source FROM units u JOIN articles a ON a.id = u.article JOIN topics t ON t.id = a.topic
            WHERE t.slug = ? ORDER BY a.id, u.ordinal
            """).binding(slug).rows { $0.text(0) }
        var seen: Set<String> = []
        return sources.filter { seen.insert($0).inserted }
    }
}
