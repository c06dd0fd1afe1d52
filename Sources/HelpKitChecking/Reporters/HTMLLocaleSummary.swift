import HelpKitCore

/// The HTML report's summary: a row per locale with its figures and a bar
/// for each, drawn in inline SVG. Coverage, drift and MT share are those of
/// `helpkit stats` (`ContentStatistics`) and appear when the checker counted
/// them; findings by severity are the report's own, after the baseline.
struct LocaleSummary {
    struct Row {
        var locale: String
        var statistics: LocaleStatistics?
        var counts: [Severity: Int]

        var findings: Int { counts.values.reduce(0, +) }
    }

    let rows: [Row]
    /// The most findings of any locale: the length of a full findings bar.
    let mostFindings: Int

    init(_ report: CheckReport) {
        let statistics = Dictionary((report.statistics?.rows ?? []).map { ($0.locale, $0) }) { first, _ in first }
        var counts: [String: [Severity: Int]] = [:]
        // A finding of no one locale (a defect every locale copied, reported once) has no row of its own.
        for finding in report.findings {
            guard let locale = finding.locale?.identifier else { continue }
            counts[locale, default: [:]][finding.severity, default: 0] += 1
        }
        rows = Set(statistics.keys).union(counts.keys).sorted().map { locale in
            Row(locale: locale, statistics: statistics[locale], counts: counts[locale] ?? [:])
        }
        mostFindings = rows.map(\.findings).max() ?? 0
    }

    private static let barWidth = 100
    private static let barHeight = 10

    func write(to html: HTMLWriter) {
        html.element("section", ["id": "summary"]) {
            html.element("h2", text: "Locales")
            html.element("table") {
                html.element("thead") {
                    html.element("tr") {
                        for heading in ["Locale", "Articles", "Units", "Coverage", "Drifted units", "MT share", "Findings"] {
                            html.element("th", ["scope": "col"], text: heading)
                        }
                    }
                }
                html.element("tbody") { for row in rows { write(row, to: html) } }
            }
        }
    }

    private func write(_ row: Row, to html: HTMLWriter) {
        html.element("tr", ["data-locale": row.locale]) {
            html.element("th", ["scope": "row"], text: row.locale)
            if let figures = row.statistics {
                html.element("td", ["class": "number"], text: String(figures.articles))
                html.element("td", ["class": "number"], text: String(figures.units))
                meterCell("coverage", "coverage", part: figures.translatedUnits, of: figures.units,
                          figure: Self.percent(figures.translatedUnits, of: figures.units), to: html)
                meterCell("drift", "drifted units", part: figures.driftedUnits, of: figures.units,
                          figure: "\(figures.driftedUnits) (\(Self.percent(figures.driftedUnits, of: figures.units)))", to: html)
                meterCell("machine", "MT share", part: figures.machineTranslated, of: figures.articles,
                          figure: Self.percent(figures.machineTranslated, of: figures.articles), to: html)
            } else {
                for _ in 0..<5 { html.element("td", ["class": "number"], text: "–") }
            }
            html.element("td") { severityBar(row, to: html) }
        }
    }

    /// A bar of class `kind` filled to `part` of `whole`, and its figure beside it.
    private func meterCell(_ kind: String, _ heading: String, part: Int, of whole: Int, figure: String, to html: HTMLWriter) {
        html.element("td") {
            svg(label: "\(heading) \(figure)", to: html) {
                rect("track", x: 0, width: Self.barWidth, to: html)
                rect(kind, x: 0, width: Self.length(part, of: whole), to: html)
            }
            html.element("span", ["class": "figure"], text: figure)
        }
    }

    /// Errors, warnings and infos end to end, on the scale of the locale with the most findings.
    private func severityBar(_ row: Row, to html: HTMLWriter) {
        let counts = Severity.allCases.sorted(by: >).map { ($0, row.counts[$0] ?? 0) }
        let label = counts.map { ReportSummary.count($0.1, $0.0.rawValue) }.joined(separator: ", ")
        svg(label: label, to: html) {
            rect("track", x: 0, width: Self.barWidth, to: html)
            var x = 0
            var sum = 0
            for (severity, count) in counts where count > 0 {
                sum += count
                let end = Self.length(sum, of: mostFindings)
                rect(severity.rawValue, x: x, width: end - x, to: html)
                x = end
            }
        }
        html.element("span", ["class": "figure"], text: label)
    }

    private func svg(label: String, to html: HTMLWriter, _ content: () -> Void) {
        html.element("svg", ["class": "bar", "width": String(Self.barWidth), "height": String(Self.barHeight),
                             "viewBox": "0 0 \(Self.barWidth) \(Self.barHeight)", "role": "img", "aria-label": label]) {
            html.element("title", text: label)
            content()
        }
    }

    private func rect(_ kind: String, x: Int, width: Int, to html: HTMLWriter) {
        html.element("rect", ["class": kind, "x": String(x), "width": String(width), "height": String(Self.barHeight)])
    }

    /// `part` of `whole` in bar units; a part that is not nothing shows at least one.
    private static func length(_ part: Int, of whole: Int) -> Int {
        guard whole > 0, part > 0 else { return 0 }
        return max(1, part * barWidth / whole)
    }

    /// `97%`; `<1%` for a share that is small but not nothing.
    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        let rounded = (part * 100 + whole / 2) / whole
        return rounded == 0 && part > 0 ? "<1%" : "\(rounded)%"
    }
}
