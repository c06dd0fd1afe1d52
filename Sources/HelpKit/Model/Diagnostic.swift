/// How much a finding matters: errors fail a run, warnings and notes inform.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Something a person must hear about one place in one file.
///
/// Printed as `path:line:col: severity: message [code]`, the form compilers use,
/// so editors and terminals turn it into a link.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    /// A stable identifier of the kind of problem, such as `unpaired-span`.
    public var code: String

    public init(path: String, location: SourceLocation, severity: Severity, message: String, code: String) {
        self.path = path
        self.location = location
        self.severity = severity
        self.message = message
        self.code = code
    }

    public var description: String {
        "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message) [\(code)]"
    }
}
