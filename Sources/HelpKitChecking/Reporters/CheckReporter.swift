import HelpKitCore

/// Turns what a check found into one output format.
///
/// Every reporter renders the whole report as one document: a JSON or SARIF
/// file must be complete to be read, and the text summary comes last. A
/// reporter whose document is mostly one line per finding can also hand it
/// out in pieces (`write`), so that a large report is never held whole.
public protocol CheckReporter {
    func render(_ report: CheckReport) -> String
    /// The document of `render`, in pieces, in order.
    func write(_ report: CheckReport, to output: (String) -> Void)
}

extension CheckReporter {
    public func write(_ report: CheckReport, to output: (String) -> Void) {
        output(render(report))
    }
}

/// A format that can print findings while the check goes on, article group
/// by article group (`Checker.check(paths:slugs:progress:consume:)`), and
/// holds back nothing it has printed: memory is then bounded by the articles
/// being checked, not by the help set. `render` gives the same bytes as
/// `write` of every finding in report order followed by `finish`.
public protocol StreamingCheckReporter: CheckReporter {
    /// Findings a baseline held back, which `render` counts in its summary.
    var knownFindings: Int { get }
    /// Findings that follow every finding written before them in report
    /// order: those of the next article group, or of the paths themselves.
    mutating func write(_ findings: [Finding], to output: (String) -> Void)
    /// The end of the report, after the last finding.
    mutating func finish(_ summary: ReportSummary, to output: (String) -> Void)
}

extension StreamingCheckReporter {
    public func render(_ report: CheckReport) -> String {
        var reporter = self
        var text = ""
        reporter.write(report.findings, to: { text += $0 })
        reporter.finish(ReportSummary(report, knownFindings: knownFindings), to: { text += $0 })
        return text
    }
}

/// The formats `helpkit check --format` offers.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Grouped by article and locale, for people.
    case text
    /// One JSON document with every field of every finding.
    case json
    /// JSON Lines: a finding per line, printed while the check runs.
    case jsonl
    /// SARIF 2.1.0, for code-scanning dashboards.
    case sarif
    /// JUnit XML, for CI test dashboards.
    case junit
    /// GitHub Actions workflow commands, shown as annotations on a pull request.
    case github
    /// One self-contained HTML file for reviewers: a summary per locale, the
    /// findings beside their text, filters.
    case html
}

/// The counts a report ends with.
public struct ReportSummary: Hashable, Sendable, Encodable, CustomStringConvertible {
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    public var files: Int
    public var articles: Int
    /// How many locales; the report lists them.
    public var locales: Int
    /// Findings left out because the baseline already has them.
    public var knownFindings: Int

    public init(_ report: CheckReport, knownFindings: Int = 0) {
        self.init(files: report.fileCount, articles: report.articleCount, locales: report.locales.count, knownFindings: knownFindings)
        count(report.findings)
    }

    /// The scope of a check, before its findings are counted (`count`).
    public init(files: Int, articles: Int, locales: Int, knownFindings: Int = 0) {
        self.files = files
        self.articles = articles
        self.locales = locales
        self.knownFindings = knownFindings
    }

    public mutating func count(_ findings: some Sequence<Finding>) {
        for finding in findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }

    /// `3 errors, 5 warnings, 12 infos in 24 files (6 articles, 6 locales)`
    public var description: String {
        "\(Self.count(errors, "error")), \(Self.count(warnings, "warning")), \(Self.count(infos, "info")) \(scope)"
    }

    /// `in 24 files (6 articles, 6 locales)`, the part of the line after the counts.
    public var scope: String {
        var text = "in \(Self.count(files, "file")) (\(Self.count(articles, "article")), \(Self.count(locales, "locale")))"
        if knownFindings > 0 { text += "; \(knownFindings) known from the baseline not shown" }
        return text
    }

    package static func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }
}

extension Finding {
    /// The order reports group findings in: article, locale, file, position, rule, message.
    package static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let left = (lhs.slug, lhs.locale?.identifier ?? "", lhs.path, lhs.location.line, lhs.location.column)
        let right = (rhs.slug, rhs.locale?.identifier ?? "", rhs.path, rhs.location.line, rhs.location.column)
        // To the message: findings that come in batches sort the same as all at once.
        return left != right ? left < right : (lhs.ruleID, lhs.message) < (rhs.ruleID, rhs.message)
    }
}

extension Array where Element == Finding {
    /// The findings in report order, read through sorted indices: a batch
    /// can hold every finding of a large help set, and a sorted copy of them
    /// would double the memory a report takes.
    func inReportOrder() -> LazyMapSequence<[Int], Finding> {
        indices.sorted { Finding.reportOrder(self[$0], self[$1]) }.lazy.map { self[$0] }
    }
}

/// Paths as reports show them: relative to the folder the run started in
/// when they lie below it, so a report reads the same on every machine.
enum ReportPath {
    /// `path` relative to `base` (`./` dropped), or nil when it is absolute
    /// and outside `base`.
    static func relative(_ path: String, to base: String) -> String? {
        let prefix = base.hasSuffix("/") ? base : base + "/"
        if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        if path.hasPrefix("/") { return nil }
        return path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
