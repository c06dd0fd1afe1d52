import HelpKitCore

/// What the validator needs to know about the articles of a help set.
protocol ArticleDirectory {
    func hasArticle(_ slug: String) throws -> Bool
    /// The slugs of the articles that list `context` in `ms.custom`.
    func articles(withContext context: String) throws -> [String]
    /// The distinct English sources of the article's units, over all its locales.
    func englishSentences(of slug: String) throws -> [String]
}

/// An action whose topic and short-help sentence were found.
struct ResolvedBinding: Hashable, Sendable {
    var action: String
    var context: String?
    var article: String?
    /// The English text of the unit that is the action's short help.
    var shortHelpSource: String?
    /// The article that unit belongs to.
    var shortHelpArticle: String?
}

/// Checks a context map against the articles, the way a help compiler checks
/// its context-id map: every name must lead somewhere, every sentence exist.
struct ContextMapValidator {
    let map: ContextMap
    let directory: any ArticleDirectory

    /// The bindings that hold, and an error for each that does not.
    func validate() throws -> (bindings: [ResolvedBinding], diagnostics: [Diagnostic]) {
        var resolved: [ResolvedBinding] = []
        var diagnostics = map.diagnostics
        for binding in map.bindings {
            var problems: [Diagnostic] = []
            let result = try resolve(binding) { field, message in
                problems.append(Diagnostic(path: map.path, location: binding.fieldLocations[field] ?? binding.location,
                                           severity: .error, message: message, code: ContextMap.ruleCode))
            }
            diagnostics += problems
            if let result, problems.isEmpty { resolved.append(result) }
        }
        return (resolved, diagnostics.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) })
    }

    private func resolve(_ binding: ContextMap.Binding, report: (String, String) -> Void) throws -> ResolvedBinding? {
        var candidates: [String] = []
        if let article = binding.article {
            guard try directory.hasArticle(article) else {
                report("article", "unknown article '\(article)': no content/<locale>/\(article).md")
                return nil
            }
            candidates = [article]
        }
        if let context = binding.context {
            let sharing = try directory.articles(withContext: context)
            if sharing.isEmpty {
                report("context", "unknown context id '\(context)': no article lists it in ms.custom")
                return nil
            }
            if let article = binding.article, !sharing.contains(article) {
                report("article", "article '\(article)' does not list context id '\(context)' in ms.custom")
                return nil
            }
            if binding.article == nil { candidates = sharing }
        }
        var result = ResolvedBinding(action: binding.action, context: binding.context, article: binding.article)
        if let selector = binding.shortHelp {
            guard let (sentence, article) = try find(selector, in: candidates, report: report) else { return nil }
            result.shortHelpSource = sentence
            result.shortHelpArticle = article
        }
        return result
    }

    /// The one English sentence the selector names, and its article.
    private func find(_ selector: ContextMap.UnitSelector, in slugs: [String],
                      report: (String, String) -> Void) throws -> (String, String)? {
        var matches: [(sentence: String, article: String, key: String)] = []
        for slug in slugs {
            for sentence in try directory.englishSentences(of: slug) {
                let key = EnglishSentences.identity(of: sentence)
                // One sentence in several locales of an article is one unit; in two articles, two.
                if selector.matches(key), !matches.contains(where: { $0.key == key && $0.article == slug }) {
                    matches.append((sentence, slug, key))
                }
            }
        }
        let scope = slugs.count == 1 ? "article '\(slugs[0])'" : "the \(slugs.count) articles of the context"
        switch (matches.count, selector) {
        case (1, _):
            return (matches[0].sentence, matches[0].article)
        case (0, .source(let text)):
            report("short-help", "unknown unit: no English sentence of \(scope) reads \"\(text)\"")
        case (0, .contains(let text)):
            report("short-help", "unknown unit: no English sentence of \(scope) contains \"\(text)\"")
        default:
            report("short-help", "ambiguous unit: \(matches.count) units of \(scope) match; name the article or quote more of the sentence")
        }
        return nil
    }
}

extension ContextMap.UnitSelector {
    /// Whether a unit whose comparable English is `key` is the one selected.
    func matches(_ key: String) -> Bool {
        switch self {
        case let .source(text): key == EnglishSentences.identity(of: text)
        case let .contains(text): key.contains(EnglishSentences.identity(of: text))
        }
    }
}
