/// What one `helpkit check` run found.
public struct CheckReport: Sendable {
    /// Every finding, sorted by path, line and column.
    public var findings: [Finding]
    public var fileCount: Int
    /// Distinct articles (slugs) across all locales.
    public var articleCount: Int
    public var locales: [LocaleTag]
    /// The rules that ran, for report metadata.
    public var rules: [RuleDescription]

    public init(findings: [Finding], fileCount: Int, articleCount: Int, locales: [LocaleTag], rules: [RuleDescription]) {
        self.findings = findings
        self.fileCount = fileCount
        self.articleCount = articleCount
        self.locales = locales
        self.rules = rules
    }
}

/// Checks that the locales of a help set stay aligned with the English source.
///
/// Interface placeholder: for now it reports what the parser found; the rule
/// engine replaces the body.
public struct Checker: Sendable {
    public var configuration: CheckConfiguration

    public init(configuration: CheckConfiguration = CheckConfiguration()) {
        self.configuration = configuration
    }

    /// Checks the articles below `paths`. `progress` is called with the files
    /// done and the total, from the calling thread.
    public func check(paths: [String], progress: ((_ done: Int, _ total: Int) -> Void)? = nil) -> CheckReport {
        let walker = ContentWalker(paths: paths)
        var findings: [Finding] = []
        var done = 0
        var slugs: Set<String> = []
        var locales: Set<LocaleTag> = []
        ArticleStream(files: walker.files).forEach({ $0 }, consume: { article in
            slugs.insert(article.slug)
            article.locale.map { locales.insert($0) }
            findings += article.diagnostics.map {
                Finding(ruleID: $0.code, severity: $0.severity, message: $0.message, path: $0.path, location: $0.location,
                        locale: article.locale, slug: article.slug, fingerprintBasis: "\(article.slug)|\($0.message)")
            }
            done += 1
            progress?(done, walker.files.count)
        })
        return CheckReport(findings: findings, fileCount: walker.files.count, articleCount: slugs.count,
                           locales: locales.sorted(), rules: RuleRegistry.all)
    }
}

/// Every rule helpkit knows, in the order the docs list them.
public enum RuleRegistry {
    public static let all: [RuleDescription] = []
}
