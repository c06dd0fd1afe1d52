import HelpKitCore

/// A review report: one HTML file that works offline, with no server and
/// nothing fetched (its Content-Security-Policy forbids every request).
///
/// - a summary per locale, with bars: coverage, drifted units, MT share and
///   findings by severity (the figures of `helpkit stats`, when the checker
///   counted them);
/// - the findings grouped by article and locale, each with the unit's
///   English and translation, and drift as old → new with the changed words
///   marked;
/// - filters by severity, locale and rule, which a URL fragment also sets
///   (`report.html#rule=source-drift,untranslated&locale=fr-FR`); infos are
///   filtered out until asked for.
///
/// The document is a libxml2 tree written by libxml2's HTML serializer
/// (`HTMLWriter`), so every text from content is escaped there; the page's
/// own script runs by a nonce, and no other script could.
public struct HTMLReporter: CheckReporter {
    /// The folder paths are shown relative to; nil shows them as they are.
    public var baseDirectory: String?
    public var knownFindings: Int

    public init(baseDirectory: String? = nil, knownFindings: Int = 0) {
        self.baseDirectory = baseDirectory
        self.knownFindings = knownFindings
    }

    /// The severities shown before the reader asks for more.
    static let shownSeverities: Set<Severity> = [.error, .warning]
    static let noLocale = "(no locale)"

    /// The whole page; empty only when libxml2 runs out of memory building it.
    public func render(_ report: CheckReport) -> String {
        guard let html = try? HTMLWriter() else { return "" }
        let nonce = String(UInt64.random(in: .min ... .max), radix: 16)
        let summary = ReportSummary(report, knownFindings: knownFindings)
        html.element("html", ["lang": "en"]) {
            html.element("head") {
                // The form of the charset declaration libxml2's serializer reads: it then writes UTF-8, not entities.
                html.element("meta", ["http-equiv": "Content-Type", "content": "text/html; charset=utf-8"])
                html.element("meta", ["http-equiv": "Content-Security-Policy", "content":
                    "default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-\(nonce)'; form-action 'none'; base-uri 'none'"])
                html.element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                html.element("title", text: "helpkit review: \(summary.description)")
                html.element("style") { html.code(HTMLReportAssets.style) }
            }
            html.element("body") {
                html.element("header") {
                    html.element("h1", text: "helpkit review")
                    html.element("p", ["id": "scope"], text: summary.description)
                }
                html.element("main") {
                    LocaleSummary(report).write(to: html)
                    writeFilters(report, to: html)
                    writeFindings(report, to: html)
                }
                html.element("footer", text: "\(ToolInfo.name) \(ToolInfo.version)")
                html.element("script", ["nonce": nonce]) { html.code(HTMLReportAssets.script) }
            }
        }
        guard let bytes = try? html.finish() else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Filters

    /// A checkbox per severity, locale and rule, each with its count. The
    /// form stays hidden until the script shows it: without a script every
    /// finding is shown and the boxes would do nothing.
    private func writeFilters(_ report: CheckReport, to html: HTMLWriter) {
        let severities = Severity.allCases.sorted(by: >).map { ($0.rawValue, $0) }
        html.element("form", ["id": "filters", "hidden": "hidden"]) {
            writeChoices("severity", "Severity", values: severities.map(\.0), report: report,
                         checked: { value in severities.contains { $0.0 == value && Self.shownSeverities.contains($0.1) } },
                         to: html)
            writeChoices("locale", "Locale", values: Set(report.findings.map(Self.localeName)).sorted(), report: report, to: html)
            writeChoices("rule", "Rule", values: Set(report.findings.map(\.ruleID)).sorted(), report: report, to: html)
            html.element("p", ["id": "shown", "aria-live": "polite"])
        }
    }

    private func writeChoices(_ name: String, _ legend: String, values: [String], report: CheckReport,
                              checked: (String) -> Bool = { _ in true }, to html: HTMLWriter) {
        let counts = Dictionary(grouping: report.findings, by: { Self.value(of: name, in: $0) }).mapValues(\.count)
        html.element("fieldset") {
            html.element("legend", text: legend)
            for value in values {
                html.element("label") {
                    html.start("input", ["type": "checkbox", "name": name, "value": value])
                    if checked(value) { html.attribute("checked", "checked") }
                    html.end()
                    html.text(" \(value) ")
                    html.element("span", ["class": "count"], text: String(counts[value] ?? 0))
                }
            }
        }
    }

    /// What filter `name` compares a finding by.
    static func value(of name: String, in finding: Finding) -> String {
        switch name {
        case "severity": finding.severity.rawValue
        case "locale": localeName(finding)
        default: finding.ruleID
        }
    }

    static func localeName(_ finding: Finding) -> String { finding.locale?.identifier ?? noLocale }

    // MARK: Findings

    /// A section per article, in it one per locale, in it the findings in file order.
    private func writeFindings(_ report: CheckReport, to html: HTMLWriter) {
        let sorted = report.findings.sorted(by: Finding.reportOrder)
        let articles = Dictionary(grouping: sorted, by: \.slug).sorted { $0.key < $1.key }
        html.element("section", ["id": "findings"]) {
            html.element("h2", text: "Findings")
            if articles.isEmpty { html.element("p", text: "No findings.") }
            for (slug, findings) in articles {
                html.element("section", ["class": "article"]) {
                    html.element("h3", text: slug.isEmpty ? "(no article)" : slug)
                    let locales = Dictionary(grouping: findings, by: Self.localeName).sorted { $0.key < $1.key }
                    for (locale, inLocale) in locales {
                        html.element("section", ["class": "locale", "data-locale": locale]) {
                            html.element("h4") {
                                html.element("span", ["class": "tag"], text: locale)
                                for path in Set(inLocale.map(\.path)).sorted() { html.element("code", text: shown(path)) }
                            }
                            html.element("ol") { for finding in inLocale { write(finding, to: html) } }
                        }
                    }
                }
            }
        }
    }

    private func write(_ finding: Finding, to html: HTMLWriter) {
        let locale = Self.localeName(finding)
        html.element("li", ["class": "finding \(finding.severity.rawValue)", "data-rule": finding.ruleID,
                            "data-severity": finding.severity.rawValue, "data-locale": locale]) {
            html.element("p", ["class": "head"]) {
                html.element("span", ["class": "severity"], text: finding.severity.rawValue)
                html.element("code", ["class": "rule"], text: finding.ruleID)
                html.element("span", ["class": "place"],
                             text: "\(shown(finding.path)):\(finding.location.line):\(finding.location.column)")
            }
            html.element("p", ["class": "message"], text: finding.message)
            if let change = finding.change { Self.write(change, to: html) }
            if let unit = finding.unit {
                html.element("dl", ["class": "unit"]) {
                    html.element("dt", text: "English · unit \(unit.id)")
                    html.element("dd", ["lang": "en", "dir": "auto"], text: unit.source)
                    html.element("dt", text: "Translation · \(locale)")
                    html.element("dd", ["lang": finding.locale?.identifier ?? "", "dir": "auto"], text: unit.target)
                }
            }
        }
    }

    /// The English a translation was made from and the English now, with the
    /// words that went (`del`) and came (`ins`) marked.
    private static func write(_ change: TextChange, to html: HTMLWriter) {
        let difference = WordDifference(old: change.old, new: change.new)
        html.element("dl", ["class": "drift"]) {
            for (label, runs, mark) in [("was", difference.old, "del"), ("now", difference.new, "ins")] {
                html.element("dt", text: label)
                html.element("dd", ["lang": "en", "dir": "auto"]) {
                    for run in runs {
                        if run.isChanged { html.element(mark, text: run.text) } else { html.text(run.text) }
                    }
                }
            }
        }
    }

    private func shown(_ path: String) -> String {
        baseDirectory.flatMap { ReportPath.relative(path, to: $0) } ?? path
    }
}
