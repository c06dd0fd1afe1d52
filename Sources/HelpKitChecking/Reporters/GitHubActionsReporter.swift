import HelpKitCore

/// GitHub Actions workflow commands: each finding becomes an annotation on
/// the line it points at in a pull request's diff.
///
/// ```
/// ::warning file=content/sv-SE/a.md,line=23,col=5,title=source-drift::The English changed …
/// ```
///
/// Levels map error → `error`, warning → `warning`, info → `notice`. Values
/// are escaped as the runner expects (`%`, CR and LF everywhere; `:` and `,`
/// in properties too), so a message can neither end its command early nor
/// start another. Annotations come in report order (article, locale, file,
/// line), written as each article is checked; a plain summary line closes the log.
public struct GitHubActionsReporter: StreamingCheckReporter {
    /// The working directory of the run (the repository root in a GitHub job):
    /// annotations name files relative to it. Nil keeps paths as they are.
    public var baseDirectory: String?
    public var knownFindings: Int

    public init(baseDirectory: String? = nil, knownFindings: Int = 0) {
        self.baseDirectory = baseDirectory
        self.knownFindings = knownFindings
    }

    public func write(_ findings: [Finding], to output: (String) -> Void) {
        var text = ""
        for finding in findings.inReportOrder() { text += annotation(finding) }
        if !text.isEmpty { output(text) }
    }

    public func finish(_ summary: ReportSummary, to output: (String) -> Void) {
        output(summary.description + "\n")
    }

    private func annotation(_ finding: Finding) -> String {
        let properties = [
            "file=" + Self.escapeProperty(baseDirectory.flatMap { ReportPath.relative(finding.path, to: $0) } ?? finding.path),
            "line=\(max(1, finding.location.line))",
            "col=\(max(1, finding.location.column))",
            "title=" + Self.escapeProperty(finding.ruleID),
        ]
        var message = finding.message
        if let change = finding.change { message += "\nWas: \(change.old)\nNow: \(change.new)" }
        return "::\(Self.command(finding.severity)) \(properties.joined(separator: ","))::\(Self.escapeData(message))\n"
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// The message after `::`. Other control characters are then dropped:
    /// the log is shown on a terminal-like viewer.
    static func escapeData(_ text: String) -> String {
        escape(text, including: ["%", "\r", "\n"])
    }

    /// A `key=value` property value.
    static func escapeProperty(_ text: String) -> String {
        escape(text, including: ["%", "\r", "\n", ":", ","])
    }

    /// Scalar by scalar: in a Swift string CR LF is one character.
    private static func escape(_ text: String, including special: Set<Unicode.Scalar>) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if special.contains(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                escaped.append(contentsOf: "%\(hex.count == 1 ? "0" : "")\(hex)".unicodeScalars)
            } else {
                escaped.append(scalar)
            }
        }
        return TerminalText.sanitize(String(escaped), keepingNewlines: false)
    }
}
