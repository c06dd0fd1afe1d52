import HelpKitCore

/// Findings for people: grouped by article, then locale, each line in the
/// `path:line:col: severity: message [rule]` form editors turn into links,
/// drift shown as the old English and the new, and a summary line at the end.
///
/// ```
/// device-pin-password-reset-from-intune
///   sv-SE
///     content/sv-SE/device-pin-password-reset-from-intune.md:1:1: info: … [machine-translation]
///
/// 0 errors, 0 warnings, 1 info in 6 files (1 article, 6 locales)
/// ```
public struct TextReporter: CheckReporter {
    /// ANSI colours; see `colorEnabled(isTerminal:environment:)`.
    public var color: Bool
    public var knownFindings: Int

    public init(color: Bool = false, knownFindings: Int = 0) {
        self.color = color
        self.knownFindings = knownFindings
    }

    /// Colour only on a terminal that can show it, and never under `NO_COLOR`
    /// (https://no-color.org: set and not empty).
    public static func colorEnabled(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    public func render(_ report: CheckReport) -> String {
        var output = ""
        var currentSlug: String?
        var currentLocale: LocaleTag??
        for finding in report.findings.sorted(by: Finding.reportOrder) {
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
        if !report.findings.isEmpty { output += "\n" }
        return output + summaryLine(ReportSummary(report, knownFindings: knownFindings)) + "\n"
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

    private func safe(_ text: String) -> String { TerminalText.sanitize(text, keepingNewlines: false) }

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
