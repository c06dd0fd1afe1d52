import HelpKitCore

/// What one `helpkit check` run found.
public struct CheckReport: Sendable {
    /// Every finding, sorted by path, line and column.
    public var findings: [Finding]
    /// The files checked, after the project's excludes.
    public var files: [String]
    public var fileCount: Int { files.count }
    /// Distinct articles (slugs) across all locales.
    public var articleCount: Int
    public var locales: [LocaleTag]
    /// The rules that ran, for report metadata.
    public var rules: [RuleDescription]
    /// How far each locale is, when the checker was asked to count (`countsStatistics`).
    public var statistics: ContentStatistics?

    public init(findings: [Finding], files: [String], articleCount: Int, locales: [LocaleTag], rules: [RuleDescription],
                statistics: ContentStatistics? = nil) {
        self.findings = findings
        self.files = files
        self.articleCount = articleCount
        self.locales = locales
        self.rules = rules
        self.statistics = statistics
    }
}

/// Checks that the locales of a help set stay aligned with the English source.
///
/// Articles are grouped by slug across locales and each translation is
/// compared with the group's reference (see `GroupContext`). Groups are read,
/// parsed and checked on every core and dropped once checked, so memory holds
/// a window of groups, never the whole help set.
public struct Checker: Sendable {
    public var configuration: CheckConfiguration
    /// The rules to run (before the configuration turns any off).
    public var rules: [any Rule.Type]
    /// How many checked groups may wait, ahead of the consumer, at once.
    public var batchSize = 128
    /// Whether the report carries `ContentStatistics` of the checked
    /// articles, counted while they are parsed for the check.
    public var countsStatistics = false
    /// Whether each finding on a unit carries the unit's text (`Finding.unit`).
    /// Only the HTML report shows it; on a large help set the quotes are most
    /// of the memory a check holds.
    public var quotesUnits = true

    public init(configuration: CheckConfiguration = CheckConfiguration(), rules: [any Rule.Type] = RuleRegistry.rules) {
        self.configuration = configuration
        self.rules = rules
    }

    /// Checks the articles below `paths`; with `slugs`, only the articles
    /// (in every locale) of those slugs, against every locale of `paths`.
    /// `progress` is called with the files done and the total, from the
    /// calling thread.
    public func check(paths: [String], slugs: Set<String>? = nil,
                      progress: ((_ done: Int, _ total: Int) -> Void)? = nil) -> CheckReport {
        var findings: [Finding] = []
        var report = check(paths: paths, slugs: slugs, progress: progress) { findings += $0 }
        findings.sort { ($0.path, $0.location.line, $0.location.column, $0.ruleID, $0.message)
            < ($1.path, $1.location.line, $1.location.column, $1.ruleID, $1.message) }
        report.findings = findings
        return report
    }

    /// The check of `check(paths:slugs:progress:)`, handing the findings to
    /// `consume` as they are found and keeping none: article group by
    /// article group in the order of the slugs, each batch with the findings
    /// on paths themselves (a file that cannot be read) that sort before or
    /// among its own (`StreamingCheckReporter`). The report it returns has no findings.
    public func check(paths: [String], slugs: Set<String>? = nil,
                      progress: ((_ done: Int, _ total: Int) -> Void)? = nil,
                      consume: ([Finding]) -> Void) -> CheckReport {
        let runner = RuleRunner(rules: rules, configuration: configuration)
        let selection = ContentSet(paths: paths, excludes: configuration.excludes)
        let groups = slugs.map { slugs in selection.groups.filter { slugs.contains($0.slug) } } ?? selection.groups
        let files = slugs == nil ? selection.files : groups.flatMap { $0.files.map(\.path) }
        var locales: Set<LocaleTag> = []
        var statistics = countsStatistics ? ContentStatistics() : nil
        var pathFindings = runner.findings(for: selection.diagnostics).sorted(by: Finding.reportOrder)[...]
        statistics?.count(pathFindings)
        var done = 0
        let checker = self
        OrderedParallel.forEach(groups, window: batchSize, { group in
            checker.check(group.files, slug: group.slug, in: selection, with: runner)
        }, consume: { outcome in
            locales.formUnion(outcome.locales)
            if let counted = outcome.statistics { statistics?.merge(counted) }
            statistics?.count(outcome.findings)
            let due = pathFindings.prefix { $0.slug <= outcome.slug }
            pathFindings.removeFirst(due.count)
            consume(due + outcome.findings)
            done += outcome.fileCount
            progress?(done, files.count)
        })
        if !pathFindings.isEmpty { consume(Array(pathFindings)) }
        return CheckReport(findings: [], files: files, articleCount: groups.count,
                           locales: locales.sorted(), rules: runner.enabled, statistics: statistics)
    }

    /// One article in all its locales, parsed once and checked: what a
    /// command that needs the articles and the verdicts on them (`export`)
    /// gets, without a second parse.
    public struct CheckedGroup: Sendable {
        public var slug: String
        /// The group's articles, in the order of the group's files, each with
        /// the locale of its folder.
        public var articles: [(article: Article, folderLocale: LocaleTag?)]
        /// The findings on the group's files.
        public var findings: [Finding]
    }

    /// Checks the articles below `paths` group by group on every core, hands
    /// each group (articles and findings) to `transform` on the worker that
    /// checked it, and the results to `consume` in group order. Memory holds
    /// a window of groups, never the whole help set. Returns the problems
    /// with the paths themselves (a path that does not exist, say).
    public func forEachGroup<Result>(paths: [String], _ transform: @escaping @Sendable (CheckedGroup) -> Result,
                                     consume: (Result) throws -> Void) rethrows -> [Diagnostic] {
        let runner = RuleRunner(rules: rules, configuration: configuration)
        let selection = ContentSet(paths: paths, excludes: configuration.excludes)
        let checker = self
        try OrderedParallel.forEach(selection.groups, window: batchSize, { group in
            let contexts = checker.contexts(group.files, slug: group.slug)
            let outcome = checker.check(contexts, slug: group.slug, in: selection, with: runner)
            return transform(CheckedGroup(slug: group.slug, articles: zip(contexts, group.files).map { ($0.article, $1.folderLocale) },
                                          findings: outcome.findings))
        }, consume: consume)
        return selection.diagnostics
    }

    private func contexts(_ files: [ContentSet.File], slug: String) -> [ArticleContext] {
        files.map { ArticleContext(ArticleStream.load($0.path), slug: slug, folderLocale: $0.folderLocale, configuration: configuration) }
    }

    /// Reads, parses and checks one article in all its locales; the articles
    /// are dropped on return, only the findings stay.
    private func check(_ files: [ContentSet.File], slug: String, in selection: ContentSet,
                       with runner: RuleRunner) -> GroupOutcome {
        check(contexts(files, slug: slug), slug: slug, in: selection, with: runner)
    }

    private func check(_ articles: [ArticleContext], slug: String, in selection: ContentSet,
                       with runner: RuleRunner) -> GroupOutcome {
        // An English folder in the run makes en-US the reference of every article.
        let requiredReference = ReferencePolicy.requiredReference(runLocales: selection.locales, configured: configuration.reference)
        let group = GroupContext(slug: slug, articles: articles, expectedLocales: selection.locales,
                                 requiredReferenceLocale: requiredReference, configuredReference: configuration.reference)
        let parsed = articles.map(\.article)
        var statistics: ContentStatistics?
        if countsStatistics {
            statistics = ContentStatistics()
            for article in parsed { statistics?.add(article) }
        }
        let findings = runner.findings(for: group)
        return GroupOutcome(slug: slug, findings: quotesUnits ? findings.map { $0.quotingUnit(from: parsed) } : findings,
                            locales: articles.compactMap(\.locale), fileCount: articles.count, statistics: statistics)
    }
}

private struct GroupOutcome: Sendable {
    var slug: String
    var findings: [Finding]
    var locales: [LocaleTag]
    var fileCount: Int
    var statistics: ContentStatistics?
}
