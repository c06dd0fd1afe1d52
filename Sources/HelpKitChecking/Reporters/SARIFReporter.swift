import HelpKitCore

/// A SARIF 2.1.0 log, the format code-scanning dashboards (GitHub, Azure
/// DevOps, VS Code's SARIF viewer) read.
///
/// Rule metadata comes from the rule descriptions; a finding whose rule is not
/// among them (a parser diagnostic) gets a descriptor of its own, so every
/// `ruleIndex` points at its rule. `partialFingerprints["helpkit/v1"]` is the
/// finding's fingerprint, which does not move when units are renumbered, so a
/// dashboard keeps tracking the same problem across revisions.
public struct SARIFReporter: CheckReporter {
    /// The absolute folder that relative artifact URIs are relative to (the
    /// working directory of the run); nil keeps paths as they are.
    public var baseDirectory: String?
    /// Effective levels and `enabled` of each rule; nil reports the defaults.
    public var configuration: CheckConfiguration?

    public static let fingerprintKey = "helpkit/v1"
    static let baseID = "SRCROOT"

    public init(baseDirectory: String? = nil, configuration: CheckConfiguration? = nil) {
        self.baseDirectory = baseDirectory
        self.configuration = configuration
    }

    public func render(_ report: CheckReport) -> String {
        var log = ""
        write(report) { log += $0 }
        return log
    }

    /// The log in pieces, a result per piece: the results of a large help set
    /// are never one string.
    public func write(_ report: CheckReport, to output: (String) -> Void) {
        var rules = report.rules.map(descriptor)
        var ruleIndex = Dictionary(report.rules.enumerated().map { ($1.identifier, $0) }) { first, _ in first }
        for finding in report.findings where ruleIndex[finding.ruleID] == nil {
            ruleIndex[finding.ruleID] = rules.count
            rules.append(Self.unlistedDescriptor(finding))
        }
        var runHead = [(key: "columnKind", json: JSONDocument.compact("unicodeCodePoints"))]
        if let baseDirectory {
            let bases = [Self.baseID: ArtifactLocation(uri: Self.fileURI(baseDirectory, directory: true))]
            runHead.append(("originalUriBaseIds", JSONDocument.compact(bases)))
        }
        let driver = JSONDocument.object([
            ("name", JSONDocument.compact(ToolInfo.name)),
            ("rules", JSONDocument.lines(rules)),
            ("version", JSONDocument.compact(ToolInfo.version)),
        ])
        // {"$schema":…,"runs":[{"columnKind":…,"results":[…],"tool":{"driver":…}}],"version":"2.1.0"}
        output("{" + JSONDocument.members([("$schema", JSONDocument.compact("https://json.schemastore.org/sarif-2.1.0.json"))])
               + "," + JSONDocument.compact("runs") + ":[{" + JSONDocument.members(runHead) + "," + JSONDocument.compact("results") + ":")
        JSONDocument.writeLines(report.findings.lazy.map { result(for: $0, ruleIndex: ruleIndex[$0.ruleID] ?? 0) }, to: output)
        output("," + JSONDocument.members([("tool", JSONDocument.object([("driver", driver)]))]) + "}],"
               + JSONDocument.members([("version", JSONDocument.compact("2.1.0"))]) + "}\n")
    }

    private func descriptor(_ rule: RuleDescription) -> ReportingDescriptor {
        let severity = configuration.flatMap { $0.severity(of: rule) } ?? rule.defaultSeverity
        let enabled = configuration.map { $0.severity(of: rule) != nil } ?? true
        let tuning = "Tune it in .helpkit.yml: `rules: { \(rule.identifier): off | error | warning | info }`."
        return ReportingDescriptor(
            id: rule.identifier,
            name: rule.name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(),
            shortDescription: .init(text: rule.description),
            fullDescription: .init(text: "\(rule.description) Category: \(rule.category.rawValue); "
                + "default severity: \(rule.defaultSeverity.rawValue)."),
            defaultConfiguration: .init(level: Self.level(severity), enabled: enabled),
            help: .init(text: "\(rule.description) \(tuning)", markdown: "\(rule.description)\n\n\(tuning)"),
            properties: .init(category: rule.category.rawValue, tags: [rule.category.rawValue])
        )
    }

    private static func unlistedDescriptor(_ finding: Finding) -> ReportingDescriptor {
        let text = "Reported while reading the articles (\(finding.ruleID))."
        return ReportingDescriptor(
            id: finding.ruleID,
            name: finding.ruleID.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
            shortDescription: .init(text: text), fullDescription: .init(text: text),
            defaultConfiguration: .init(level: level(finding.severity), enabled: true),
            help: .init(text: text, markdown: text), properties: nil
        )
    }

    private func result(for finding: Finding, ruleIndex: Int) -> ResultRecord {
        var message = finding.message
        if let change = finding.change { message += "\nWas: \(change.old)\nNow: \(change.new)" }
        return ResultRecord(
            ruleId: finding.ruleID, ruleIndex: ruleIndex, level: Self.level(finding.severity),
            message: .init(text: message),
            locations: [.init(physicalLocation: .init(
                artifactLocation: artifactLocation(finding.path),
                region: .init(startLine: max(1, finding.location.line), startColumn: max(1, finding.location.column))
            ))],
            partialFingerprints: [Self.fingerprintKey: finding.fingerprint],
            properties: .init(locale: finding.locale?.identifier, slug: finding.slug)
        )
    }

    /// A path below `baseDirectory` (or already relative) as a relative URI
    /// against `SRCROOT`; anything else as an absolute `file:` URI.
    private func artifactLocation(_ path: String) -> ArtifactLocation {
        guard let base = baseDirectory else { return .init(uri: Self.percentEncoded(path), uriBaseId: nil) }
        guard let relative = ReportPath.relative(path, to: base) else { return .init(uri: Self.fileURI(path, directory: false)) }
        return .init(uri: Self.percentEncoded(relative), uriBaseId: Self.baseID)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    static func fileURI(_ absolutePath: String, directory: Bool) -> String {
        "file://" + percentEncoded(absolutePath) + (directory && !absolutePath.hasSuffix("/") ? "/" : "")
    }

    /// RFC 3986: unreserved characters and `/` stay, every other byte of the
    /// UTF-8 is `%XX` (file names hold spaces, apostrophes, zero-width spaces).
    static func percentEncoded(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return encoded
    }
}

// The objects of the SARIF 2.1.0 model that helpkit encodes; names follow the spec.
extension SARIFReporter {
    private struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var defaultConfiguration: Configuration
        var help: Message
        var properties: RuleProperties?
    }

    private struct Configuration: Encodable {
        var level: String
        var enabled: Bool
    }

    private struct RuleProperties: Encodable {
        var category: String
        var tags: [String]
    }

    private struct Message: Encodable {
        var text: String
        var markdown: String?

        init(text: String, markdown: String? = nil) {
            self.text = text
            self.markdown = markdown
        }
    }

    private struct ResultRecord: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]
        var properties: ResultProperties
    }

    private struct ResultProperties: Encodable {
        var locale: String?
        var slug: String
    }

    private struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    private struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    private struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?

        init(uri: String, uriBaseId: String? = nil) {
            self.uri = uri
            self.uriBaseId = uriBaseId
        }
    }

    private struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }
}
