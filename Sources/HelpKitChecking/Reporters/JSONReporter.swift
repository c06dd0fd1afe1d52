import HelpKitCore

/// One JSON document: the tool, the locales, the summary counts and every
/// finding with all its fields, its fingerprint included, one finding per line.
///
/// ```json
/// {"findings":[
/// {"column":5,"fingerprint":"…","line":23,"ruleID":"source-drift","severity":"warning",…}
/// ],"locales":["fr-FR",…],"summary":{"errors":0,"warnings":1,"infos":0,"files":6,…},"tool":{…},"version":1}
/// ```
public struct JSONReporter: CheckReporter {
    public var knownFindings: Int

    public init(knownFindings: Int = 0) {
        self.knownFindings = knownFindings
    }

    public func render(_ report: CheckReport) -> String {
        var json = ""
        write(report) { json += $0 }
        return json
    }

    public func write(_ report: CheckReport, to output: (String) -> Void) {
        output("{" + JSONDocument.compact("findings") + ":")
        JSONDocument.writeLines(report.findings.lazy.map(Record.init), to: output)
        output("," + JSONDocument.members([
            ("locales", JSONDocument.compact(report.locales.map(\.identifier))),
            ("summary", JSONDocument.compact(ReportSummary(report, knownFindings: knownFindings))),
            ("tool", JSONDocument.compact(["name": ToolInfo.name, "version": ToolInfo.version])),
            ("version", "1"),
        ]) + "}\n")
    }

    /// A finding as both JSON formats write it: the JSON report's lines and JSON Lines.
    struct Record: Encodable {
        var ruleID: String
        var severity: String
        var message: String
        var path: String
        var line: Int
        var column: Int
        var locale: String?
        var slug: String
        var fingerprint: String
        var fingerprintBasis: String
        var change: Change?

        init(_ finding: Finding) {
            ruleID = finding.ruleID
            severity = finding.severity.rawValue
            message = finding.message
            path = finding.path
            line = finding.location.line
            column = finding.location.column
            locale = finding.locale?.identifier
            slug = finding.slug
            fingerprint = finding.fingerprint
            fingerprintBasis = finding.fingerprintBasis
            change = finding.change.map { Change(old: $0.old, new: $0.new) }
        }
    }

    struct Change: Encodable {
        var old: String
        var new: String
    }
}
