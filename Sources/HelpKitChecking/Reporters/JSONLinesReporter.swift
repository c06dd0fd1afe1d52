import HelpKitCore

/// JSON Lines (https://jsonlines.org): one finding per line, each the object
/// the JSON report lists, and nothing else, so that `jq`, a log shipper or a
/// script can take each finding as it is printed. The lines come in report
/// order, article group by article group while the check runs; the exit
/// status tells whether any reached `--fail-on`.
///
/// ```json
/// {"column":5,"fingerprint":"…","line":23,"locale":"sv-SE","message":"…","path":"content/sv-SE/a.md","ruleID":"source-drift",…}
/// ```
public struct JSONLinesReporter: StreamingCheckReporter {
    public var knownFindings: Int

    public init(knownFindings: Int = 0) {
        self.knownFindings = knownFindings
    }

    public func write(_ findings: [Finding], to output: (String) -> Void) {
        let lines = JSONDocument.jsonLines(findings.inReportOrder().map(JSONReporter.Record.init))
        if !lines.isEmpty { output(lines) }
    }

    public func finish(_ summary: ReportSummary, to output: (String) -> Void) {}
}
