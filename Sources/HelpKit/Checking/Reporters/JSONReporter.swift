/// One JSON document: the tool, the summary counts and every finding with
/// all its fields, its fingerprint included, one finding per line.
///
/// ```json
/// {"findings":[
/// {"column":5,"fingerprint":"…","line":23,"ruleID":"source-drift","severity":"warning",…}
/// ],"summary":{"errors":0,"warnings":1,"infos":0,"files":6,…},"tool":{"name":"helpkit",…},"version":1}
/// ```
public struct JSONReporter: CheckReporter {
    public var knownFindings: Int

    public init(knownFindings: Int = 0) {
        self.knownFindings = knownFindings
    }

    public func render(_ report: CheckReport) -> String {
        let summary = ReportSummary(report, knownFindings: knownFindings)
        return JSONDocument.object([
            ("findings", JSONDocument.lines(report.findings.lazy.map(Record.init))),
            ("summary", JSONDocument.compact(Summary(
                errors: summary.errors, warnings: summary.warnings, infos: summary.infos, files: summary.files,
                articles: summary.articles, locales: report.locales.map(\.identifier), knownFindings: knownFindings))),
            ("tool", JSONDocument.compact(Tool(name: ToolInfo.name, version: ToolInfo.version))),
            ("version", "1"),
        ]) + "\n"
    }

    private struct Tool: Encodable {
        var name: String
        var version: String
    }

    private struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var infos: Int
        var files: Int
        var articles: Int
        var locales: [String]
        var knownFindings: Int
    }

    private struct Record: Encodable {
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

    private struct Change: Encodable {
        var old: String
        var new: String
    }
}
