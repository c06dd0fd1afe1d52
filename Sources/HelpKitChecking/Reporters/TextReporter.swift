import HelpKitCore

/// Findings for people: errors and warnings grouped by article, then
/// locale, each line in the `path:line:col: severity: message [rule]` form
/// editors turn into links, drift shown as the old English and the new; then
/// the infos, folded into one line per rule unless `showInfos`; and a
/// summary line at the end. Infos come by the thousand on a real help set
/// (every machine-translated article is one) and would bury the warnings.
///
/// ```
/// device-pin-password-reset-from-intune
///   sv-SE
///     content/sv-SE/device-pin-password-reset-from-intune.md:23:5: warning: … [source-drift]
///
/// 4,918 infos: machine-translation 4,901, stale-source-revision 17; --show-infos lists them
/// 0 errors, 1 warning, 4,918 infos in 6 files (1 article, 6 locales)
/// ```
public struct TextReporter: StreamingCheckReporter {
    /// ANSI colours; see `colorEnabled(isTerminal:environment:)`.
    public var color: Bool
    public var knownFindings: Int
    /// List every info like the other findings, instead of one line per rule.
    public var showInfos: Bool
    /// The article and locale whose headings the last finding printed.
    private var heading = Heading()
    /// Infos come after everything else: kept to be listed (`showInfos`), or counted by rule.
    private var heldInfos: [Finding] = []
    private var infoCounts: [String: Int] = [:]

    public init(color: Bool = false, knownFindings: Int = 0, showInfos: Bool = false) {
        self.color = color
        self.knownFindings = knownFindings
        self.showInfos = showInfos
    }

    /// Colour only on a terminal that can show it, and never under `NO_COLOR`
    /// (https://no-color.org: set and not empty).
    public static func colorEnabled(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    public mutating func write(_ findings: [Finding], to output: (String) -> Void) {
        var text = ""
        for finding in findings.inReportOrder() {
            if finding.severity != .info {
                append(finding, under: &heading, to: &text)
            } else if showInfos {
                heldInfos.append(finding)
            } else {
                infoCounts[finding.ruleID, default: 0] += 1
            }
        }
        if !text.isEmpty { output(text) }
    }

    public mutating func finish(_ summary: ReportSummary, to output: (String) -> Void) {
        var text = heading.article != nil ? "\n" : ""
        if showInfos {
            var infoHeading = Heading()
            for finding in heldInfos { append(finding, under: &infoHeading, to: &text) }
            if infoHeading.article != nil { text += "\n" }
        } else if !infoCounts.isEmpty {
            text += foldedLine() + "\n"
        }
        output(text + summaryLine(summary) + "\n")
    }

    /// `4,918 infos: machine-translation 4,901, stale-source-revision 17; --show-infos lists them`
    private func foldedLine() -> String {
        let total = infoCounts.values.reduce(0, +)
        let rules = infoCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\(safe($0.key)) \(Self.thousands($0.value))" }
        let noun = total == 1 ? "info" : "infos"
        return style(.cyan, "\(Self.thousands(total)) \(noun)") + ": \(rules.joined(separator: ", ")); --show-infos lists them"
    }

    /// `4918` as `4,918`.
    static func thousands(_ value: Int) -> String {
        let digits = String(value)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return text
    }

    /// Where a list of findings stands: the article and locale headings printed last.
    private struct Heading {
        var article: String?
        var locale: LocaleTag??
    }

    /// A finding under its article and locale headings, a blank line after each article.
    private func append(_ finding: Finding, under heading: inout Heading, to output: inout String) {
        if finding.slug != heading.article {
            if heading.article != nil { output += "\n" }
            output += style(.bold, safe(finding.slug.isEmpty ? "(no article)" : finding.slug)) + "\n"
            heading = Heading(article: finding.slug, locale: .none)
        }
        if heading.locale != .some(finding.locale) {
            output += "  " + style(.bold, finding.locale?.identifier ?? "(no locale)") + "\n"
            heading.locale = finding.locale
        }
        output += "    " + line(for: finding) + "\n"
        if let change = finding.change {
            output += "        " + style(.red, safe(change.old)) + "\n"
            output += "      " + style(.green, "→ " + safe(change.new)) + "\n"
        }
    }

    private func line(for finding: Finding) -> String {
        let position = "\(safe(finding.path)):\(finding.location.line):\(finding.location.column):"
        let severity = style(Style(finding.severity), "\(finding.severity.rawValue):")
        return "\(position) \(severity) \(safe(finding.message)) \(style(.dim, "[\(safe(finding.ruleID))]"))"
    }

    private func summaryLine(_ summary: ReportSummary) -> String {
        guard color else { return summary.description }
        let counts = [
            style(summary.errors > 0 ? .red : .plain, ReportSummary.count(summary.errors, "error")),
            style(summary.warnings > 0 ? .yellow : .plain, ReportSummary.count(summary.warnings, "warning")),
            style(summary.infos > 0 ? .cyan : .plain, ReportSummary.count(summary.infos, "info")),
        ]
        return counts.joined(separator: ", ") + " " + summary.scope
    }

    private func safe(_ text: String) -> String { TerminalText.escapingControls(text) }

    private func style(_ style: Style, _ text: String) -> String {
        guard color, style != .plain else { return text }
        return "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m"
    }

    /// SGR parameters.
    private enum Style: String {
        case plain = ""
        case bold = "1"
        case dim = "2"
        case red = "31"
        case green = "32"
        case yellow = "33"
        case cyan = "36"

        init(_ severity: Severity) {
            switch severity {
            case .error: self = .red
            case .warning: self = .yellow
            case .info: self = .cyan
            }
        }
    }
}
