import HelpKitCore

/// Per-project tuning of `helpkit check`, read from `.helpkit.yml`.
public struct CheckConfiguration: Sendable, Hashable {
    /// Rules turned off by identifier.
    public var disabledRules: Set<String> = []
    /// Severity overrides by rule identifier.
    public var severities: [String: Severity] = [:]
    /// Terms that are never translated (product names, UI labels), per locale;
    /// the key `*` applies to every locale.
    public var doNotTranslate: [String: [String]] = [:]
    /// Glob patterns of paths to skip, relative to the content root.
    public var excludes: [String] = []
    /// The locale to compare with when there is no `en-US` folder.
    public var reference: LocaleTag?

    public init() {}

    /// The severity a rule reports at, or nil when it is off: turned off, or
    /// opt-in and given no severity.
    public func severity(of rule: RuleDescription) -> Severity? {
        guard !disabledRules.contains(rule.identifier) else { return nil }
        if let severity = severities[rule.identifier] { return severity }
        return rule.isOptIn ? nil : rule.defaultSeverity
    }
}
