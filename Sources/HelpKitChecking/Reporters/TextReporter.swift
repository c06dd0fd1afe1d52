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
public struct TextReporter: CheckReporter {
    /// ANSI colours; see `colorEnabled(isTerminal:environment:)`.
    public var color: Bool
    public var knownFindings: Int
    /// List every info like the other findings, instead of one line per rule.
    public var showInfos: Bool

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

    public func render(_ report: CheckReport) -> String {
        // The findings are put in order by index: a large help set has tens of
        // thousands, and sorted or filtered copies of them would double the memory.
        let findings = report.findings
        let order = findings.indices.sorted { Finding.reportOrder(findings[$0], findings[$1]) }
        let ordered = order.lazy.map { findings[$0] }
        let infos = ordered.filter { $0.severity == .info }
        var output = grouped(ordered.filter { $0.severity != .info })
        if showInfos {
            output += grouped(infos)
        } else if !infos.isEmpty {
            output += foldedLine(infos) + "\n"
        }
        return output + summaryLine(ReportSummary(report, knownFindings: knownFindings)) + "\n"
    }

    /// `4,918 infos: machine-translation 4,901, stale-source-revision 17; --show-infos lists them`
    private func foldedLine(_ infos: some Sequence<Finding>) -> String {
        var counts: [String: Int] = [:]
        var total = 0
        for finding in infos {
            counts[finding.ruleID, default: 0] += 1
            total += 1
        }
        let rules = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
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

    /// Findings under their article and locale, a blank line after each article.
    private func grouped(_ findings: some Sequence<Finding>) -> String {
        var output = ""
        var currentSlug: String?
        var currentLocale: LocaleTag??
        for finding in findings {
            if finding.slug != currentSlug {
                if currentSlug != nil { output += "\n" }
                output += style(.bold, safe(finding.slug.isEmpty ? "(no article)" : finding.slug)) + "\n"
                currentSlug = finding.slug
                currentLocale = .none
            }
            if currentLocale != .some(finding.locale) {
                output += "  " + style(.bold, finding.locale?.identifier ?? "(no locale)") + "\n"
                currentLocale = finding.locale
            }
            output += "    " + line(for: finding) + "\n"
            if let change = finding.change {
                output += "        " + style(.red, safe(change.old)) + "\n"
                output += "      " + style(.green, "→ " + safe(change.new)) + "\n"
            }
        }
        if currentSlug != nil { output += "\n" }
        return output
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
