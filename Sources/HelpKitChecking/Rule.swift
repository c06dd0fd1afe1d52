import HelpKitCore

/// A check helpkit runs, in the manner of SwiftLint: a description that
/// documents it (with examples the tests run) and a check function over the
/// context it needs, given by one of the protocols below.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
}

/// Publishes a kind of problem the parser or the folder walker already
/// reports: the rule's identifier is the diagnostic's code.
protocol DiagnosticRule: Rule {
    /// What a finding says about `diagnostic` in `article`, and where: the
    /// parser's message and place, unless the rule knows better what caused it.
    static func report(_ diagnostic: Diagnostic, in article: ArticleContext) -> (message: String, location: SourceLocation)
}

extension DiagnosticRule {
    static func report(_ diagnostic: Diagnostic, in article: ArticleContext) -> (message: String, location: SourceLocation) {
        (diagnostic.message, diagnostic.location)
    }
}

/// Looks at one article on its own: its front matter, its translation type.
protocol ArticleRule: Rule {
    static func check(_ article: ArticleContext, _ findings: inout FindingSink)
}

/// Looks at one translation unit: its target beside its own source.
protocol UnitRule: Rule {
    static func check(_ unit: UnitContext, _ findings: inout FindingSink)
}

/// Compares one article across its locales, usually with the reference.
protocol GroupRule: Rule {
    static func check(_ group: GroupContext, _ findings: inout FindingSink)
}

/// Collects the findings of one rule at the severity the project gives it.
struct FindingSink {
    let ruleID: String
    let severity: Severity
    private(set) var findings: [Finding] = []

    init(rule: RuleDescription, severity: Severity) {
        ruleID = rule.identifier
        self.severity = severity
    }

    /// Reports a finding in `article`. `basis` is what identifies it across
    /// runs within the article and locale, such as the unit's normalized English.
    mutating func report(_ message: String, in article: ArticleContext, at location: SourceLocation,
                         basis: String, locale: LocaleTag? = nil, change: TextChange? = nil) {
        let locale = locale ?? article.locale
        findings.append(Finding(
            ruleID: ruleID, severity: severity, message: message, path: article.path, location: location,
            locale: locale, slug: article.slug,
            fingerprintBasis: "\(article.slug)|\(locale?.identifier ?? "")|\(basis)", change: change
        ))
    }

    /// Reports a problem of one unit, so that it reads without opening the
    /// file: `unit ID: problem: "English" → "translation"`, each quote an
    /// excerpt around its focus (the start of the text when nil).
    mutating func report(_ problem: String, on unit: UnitContext, english: String? = nil, translation: String? = nil,
                         at location: SourceLocation? = nil) {
        let quotes = "\(Quote.excerpt(unit.unit.source, around: english)) → \(Quote.excerpt(unit.unit.target, around: translation))"
        report("unit \(unit.unit.id): \(problem): \(quotes)", in: unit.article, at: location ?? unit.unit.location, basis: unit.basis)
    }

    /// Reports a finding in a path that holds no article, such as a folder
    /// that loops back on itself.
    mutating func report(_ message: String, path: String, at location: SourceLocation, basis: String) {
        let slug = Article.slug(ofPath: path)
        findings.append(Finding(ruleID: ruleID, severity: severity, message: message, path: path, location: location,
                                locale: nil, slug: slug, fingerprintBasis: "\(slug)||\(basis)"))
    }
}
