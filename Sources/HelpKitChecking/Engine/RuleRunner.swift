import HelpKitCore

/// The rules a run uses, at the severities the project gives them, sorted by
/// the context each one needs.
struct RuleRunner: Sendable {
    let enabled: [RuleDescription]
    private let diagnosticRules: [DiagnosticCode: (any DiagnosticRule.Type, Severity)]
    /// The rules whose findings `CopiedDefects` merges across locales.
    private let copiedFromEnglish: Set<String>
    private let articleRules: [(any ArticleRule.Type, Severity)]
    private let unitRules: [(any UnitRule.Type, Severity)]
    private let groupRules: [(any GroupRule.Type, Severity)]

    init(rules: [any Rule.Type], configuration: CheckConfiguration) {
        var enabled: [RuleDescription] = []
        var diagnostics: [DiagnosticCode: (any DiagnosticRule.Type, Severity)] = [:]
        var articleRules: [(any ArticleRule.Type, Severity)] = []
        var unitRules: [(any UnitRule.Type, Severity)] = []
        var groupRules: [(any GroupRule.Type, Severity)] = []
        for rule in rules {
            guard let severity = configuration.severity(of: rule.description) else { continue }
            enabled.append(rule.description)
            switch rule {
            case let rule as any DiagnosticRule.Type:
                if let code = DiagnosticCode(rawValue: rule.description.identifier) { diagnostics[code] = (rule, severity) }
            case let rule as any ArticleRule.Type: articleRules.append((rule, severity))
            case let rule as any UnitRule.Type: unitRules.append((rule, severity))
            case let rule as any GroupRule.Type: groupRules.append((rule, severity))
            default: break
            }
        }
        self.enabled = enabled
        self.diagnosticRules = diagnostics
        copiedFromEnglish = Set(enabled.filter(\.isCopiedFromEnglish).map(\.identifier))
        self.articleRules = articleRules
        self.unitRules = unitRules
        self.groupRules = groupRules
    }

    /// Findings for problems found before any article was parsed, such as a
    /// folder that could not be read.
    func findings(for diagnostics: [Diagnostic]) -> [Finding] {
        diagnostics.compactMap { diagnostic in
            guard let (rule, severity) = diagnosticRules[diagnostic.code] else { return nil }
            var sink = FindingSink(rule: rule.description, severity: severity)
            sink.report(diagnostic.message, path: diagnostic.path, at: diagnostic.location,
                        basis: Self.maskingNumbers(diagnostic.message))
            return sink.findings.first
        }
    }

    /// Every finding of one group, with fingerprints made unique within it.
    func findings(for group: GroupContext) -> [Finding] {
        var findings: [Finding] = []
        for article in group.articles {
            findings += diagnosticFindings(of: article)
        }
        for (rule, severity) in articleRules {
            var sink = FindingSink(rule: rule.description, severity: severity)
            for article in group.articles { rule.check(article, &sink) }
            findings += sink.findings
        }
        if !unitRules.isEmpty {
            var sinks = unitRules.map { FindingSink(rule: $0.0.description, severity: $0.1) }
            for article in group.translations {
                for (position, unit) in article.article.units.enumerated() where unit.block != .frontMatter {
                    let context = UnitContext(position, in: article)
                    for index in unitRules.indices { unitRules[index].0.check(context, &sinks[index]) }
                }
            }
            findings += sinks.flatMap(\.findings)
        }
        for (rule, severity) in groupRules {
            var sink = FindingSink(rule: rule.description, severity: severity)
            rule.check(group, &sink)
            findings += sink.findings
        }
        return Self.distinguishingRepeats(CopiedDefects.merged(findings, in: group, rules: copiedFromEnglish))
    }

    private func diagnosticFindings(of article: ArticleContext) -> [Finding] {
        article.article.diagnostics.compactMap { diagnostic in
            guard let (rule, severity) = diagnosticRules[diagnostic.code] else { return nil }
            var sink = FindingSink(rule: rule.description, severity: severity)
            let unit = article.article.units.last { $0.location.offset <= diagnostic.location.offset }
            let (message, location) = rule.report(diagnostic, in: article)
            let basis = Self.maskingNumbers(message) + "|" + (unit?.englishIdentity ?? "")
            sink.report(message, in: article, at: location, basis: basis)
            return sink.findings.first
        }
    }

    /// The same problem twice in one article (a repeated sentence) would give
    /// one fingerprint twice; the second and later get `#2`, `#3`, …
    private static func distinguishingRepeats(_ findings: [Finding]) -> [Finding] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let key = "\(finding.ruleID)\u{1F}\(finding.fingerprintBasis)"
            let count = (seen[key] ?? 0) + 1
            seen[key] = count
            guard count > 1 else { return finding }
            var repeated = finding
            repeated.fingerprintBasis += "#\(count)"
            return repeated
        }
    }

    /// Unit ids and line numbers shift when a sentence is inserted; a
    /// fingerprint must not: every word with a digit in it reads `#`.
    static func maskingNumbers(_ message: String) -> String {
        message.split(separator: " ").map { $0.contains(where: \.isASCIIDigit) ? "#" : String($0) }.joined(separator: " ")
    }
}
