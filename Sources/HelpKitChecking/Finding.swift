import HelpKitCore

/// One problem a check found in one place of one article.
public struct Finding: Hashable, Sendable, CustomStringConvertible {
    /// The rule's identifier, such as `source-drift`; stable across releases.
    public var ruleID: String
    public var severity: Severity
    /// What is wrong and, where it helps, what to do.
    public var message: String
    public var path: String
    public var location: SourceLocation
    public var locale: LocaleTag?
    /// The article's slug, joining it across locales.
    public var slug: String
    /// What identifies this finding across runs, independent of unit ids and
    /// line numbers (which shift when a sentence is inserted): typically the
    /// rule, slug, locale and the normalized English of the unit.
    public var fingerprintBasis: String
    /// For drift: the English the translation was made from and the English now.
    public var change: TextChange?
    /// The unit the finding points into, quoted: set by the checker for
    /// reports that show a finding beside its English and translation.
    public var unit: QuotedUnit?

    public init(ruleID: String, severity: Severity, message: String, path: String, location: SourceLocation,
                locale: LocaleTag?, slug: String, fingerprintBasis: String, change: TextChange? = nil) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.path = path
        self.location = location
        self.locale = locale
        self.slug = slug
        self.fingerprintBasis = fingerprintBasis
        self.change = change
    }

    /// A stable 16-hex-digit hash of `fingerprintBasis` (FNV-1a, 64 bits), for
    /// baselines and SARIF `partialFingerprints`.
    public var fingerprint: String { StableHash.hex(of: "\(ruleID)\u{1F}\(fingerprintBasis)") }

    /// `path:line:col: severity: message [rule]`
    public var description: String {
        let (path, message) = (TerminalText.escapingControls(path), TerminalText.escapingControls(message))
        return "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message) [\(ruleID)]"
    }
}

/// An old and a new text, such as the English a translation was made from and
/// the English of the reference now.
public struct TextChange: Hashable, Sendable {
    public var old: String
    public var new: String

    public init(old: String, new: String) {
        self.old = old
        self.new = new
    }
}
