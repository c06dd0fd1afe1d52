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
    /// The kind of problem, such as `unpaired-span`.
    public var code: DiagnosticCode

    public init(path: String, location: SourceLocation, severity: Severity, message: String, code: DiagnosticCode) {
        self.path = path
        self.location = location
        self.severity = severity
        self.message = message
        self.code = code
    }

    public var description: String {
        let (path, message) = (TerminalText.escapingControls(path), TerminalText.escapingControls(message))
        return "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message) [\(code.rawValue)]"
    }
}

/// Every kind of problem helpkit reports about its inputs, with the stable
/// identifier printed in brackets after the message.
///
/// The problems of an article file, which the parser and the folder walker
/// find, are check rules of the same identifier, so `.helpkit.yml` can tune
/// them and reports list them; the others are about the tool's other inputs.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable, Codable {
    case unpairedSpan = "unpaired-span"
    case duplicateID = "duplicate-id"
    case idMismatch = "id-mismatch"
    case unclosedUnit = "unclosed-unit"
    case malformedUnit = "malformed-unit"
    case invalidFrontMatter = "invalid-front-matter"
    case invalidUTF8 = "invalid-utf8"
    case nulByte = "nul-byte"
    case binaryFile = "binary-file"
    case emptyFile = "empty-file"
    case unreadableFile = "unreadable-file"
    case symlinkLoop = "symlink-loop"
    /// The project file, `.helpkit.yml`.
    case config
    /// A baseline file of accepted findings.
    case baseline
    /// The context map, `contexts.yml`.
    case contexts
    /// A `locales/*.yml` file.
    case locales
    /// An article the catalog cannot place in a locale.
    case unknownLocale = "unknown-locale"
    /// A second copy of an article in one locale, left out of the catalog.
    case duplicateArticle = "duplicate-article"
    /// An XLIFF document to import, or a target in it that cannot be applied.
    case xliff
    /// An article `helpkit update` or `helpkit pseudo` leaves as it is, or cannot write.
    case update

    /// Whether this is a problem of an article file, and so a check rule.
    public var isArticleProblem: Bool {
        switch self {
        case .unpairedSpan, .duplicateID, .idMismatch, .unclosedUnit, .malformedUnit, .invalidFrontMatter, .invalidUTF8,
             .nulByte, .binaryFile, .emptyFile, .unreadableFile, .symlinkLoop: true
        case .config, .baseline, .contexts, .locales, .unknownLocale, .duplicateArticle, .xliff, .update: false
        }
    }
}

extension Sequence<Diagnostic> {
    /// The diagnostics of severity error, in order.
    package var errors: [Diagnostic] { filter { $0.severity == .error } }
    /// Whether any is of severity error.
    package var containsError: Bool { contains { $0.severity == .error } }
}
