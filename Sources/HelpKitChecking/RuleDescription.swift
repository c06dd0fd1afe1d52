import HelpKitCore

/// What a rule is, for people and for tools: the single source of the
/// `helpkit rules` list, the README's rule table, SARIF rule metadata and the
/// tests that run every example.
public struct RuleDescription: Sendable, Hashable {
    /// Stable kebab-case id, such as `source-drift`.
    public var identifier: String
    /// Title-case name, such as `Source Drift`.
    public var name: String
    /// One line: what the rule finds.
    public var description: String
    public var category: RuleCategory
    public var defaultSeverity: Severity
    /// An opt-in rule runs only when the project file gives it a severity:
    /// what it says explains rather than finds fault, and most teams do not
    /// want it in every report.
    public var isOptIn: Bool
    /// What the rule finds is usually copied from the English into every
    /// locale (front matter, the English of units): the same finding in
    /// several locales of one article is one defect, reported once.
    public var isCopiedFromEnglish: Bool
    /// Content that must trigger the rule; `↓` marks where each finding lands,
    /// and `message` says what each finding says.
    public var triggeringExamples: [RuleExample]
    /// Content that must not trigger the rule.
    public var nonTriggeringExamples: [RuleExample]

    public init(identifier: String, name: String, description: String, category: RuleCategory,
                defaultSeverity: Severity, isOptIn: Bool = false, isCopiedFromEnglish: Bool = false,
                triggeringExamples: [RuleExample],
                nonTriggeringExamples: [RuleExample]) {
        self.identifier = identifier
        self.name = name
        self.description = description
        self.category = category
        self.defaultSeverity = defaultSeverity
        self.isOptIn = isOptIn
        self.isCopiedFromEnglish = isCopiedFromEnglish
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}

public enum RuleCategory: String, Sendable, Hashable, CaseIterable {
    case structure
    case drift
    case translation
    case frontMatter = "front-matter"
}

/// A small content set for one rule example: files by relative path
/// (`en-US/a.md`, `ja-JP/a.md`) with their text. In a triggering example the
/// marker `↓` stands where a finding must land (it is removed before
/// parsing) and `message` is what every finding of the example says.
/// In file text, `\xFF` stands for the single byte 0xFF, so that examples can
/// hold bytes that are not UTF-8.
public struct RuleExample: Sendable, Hashable {
    public static let marker: Character = "↓"

    public var files: [String: String]
    /// Project configuration for the example, as `.helpkit.yml` text.
    public var configuration: String?
    /// Symbolic links to make beside the files: link path → what it points
    /// to. A target that starts with the marker expects a finding at the
    /// link's own path, line 1, column 1.
    public var links: [String: String]
    /// Part of the message each finding of a triggering example carries: a
    /// marker at the right place with the wrong message is still a failure.
    public var message: String?

    public init(files: [String: String], configuration: String? = nil, links: [String: String] = [:], message: String? = nil) {
        self.files = files
        self.configuration = configuration
        self.links = links
        self.message = message
    }

    /// This example, expecting each finding to say `message`.
    public func expecting(_ message: String) -> RuleExample {
        var example = self
        example.message = message
        return example
    }
}
