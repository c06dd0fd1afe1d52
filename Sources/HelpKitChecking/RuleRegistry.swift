import HelpKitCore

/// Every rule helpkit knows, in the order the docs list them: structure,
/// drift, translation, front matter.
public enum RuleRegistry {
    public static let rules: [any Rule.Type] = [
        // Structure: files and units that are missing, extra or broken.
        MissingArticleRule.self,
        ExtraArticleRule.self,
        MissingUnitRule.self,
        ExtraUnitRule.self,
        UnpairedSpanRule.self,
        DuplicateIDRule.self,
        IDMismatchRule.self,
        UnclosedUnitRule.self,
        MalformedUnitRule.self,
        InvalidUTF8Rule.self,
        NulByteRule.self,
        BinaryFileRule.self,
        EmptyFileRule.self,
        UnreadableFileRule.self,
        SymlinkLoopRule.self,
        // Drift: English that moved on since the translation.
        SourceDriftRule.self,
        CosmeticSourceChangeRule.self,
        StaleSourceRevisionRule.self,
        SegmentationDifferenceRule.self,
        // Translation: each unit's target against its own source.
        UntranslatedRule.self,
        EmptyTargetRule.self,
        LinkParityRule.self,
        BrokenLinkSyntaxRule.self,
        MarkupParityRule.self,
        PlaceholderParityRule.self,
        NumberParityRule.self,
        WhitespaceMismatchRule.self,
        LengthRatioRule.self,
        MachineTranslationRule.self,
        // Front matter.
        InvalidFrontMatterRule.self,
        MissingFrontMatterKeyRule.self,
        ContentLocaleMismatchRule.self,
        UnknownFrontMatterKeyRule.self,
        MalformedDateRule.self,
        InvalidContextIDRule.self,
        ContextIDMismatchRule.self,
    ]

    /// The descriptions of `rules`, for `helpkit rules`, the README table and SARIF.
    public static let all: [RuleDescription] = rules.map { $0.description }

    /// The rules that look at one unit at a time: their findings name the
    /// unit and quote its English and its translation.
    package static let unitRules: [RuleDescription] = rules.compactMap { $0 is any UnitRule.Type ? $0.description : nil }

    /// The rule with `identifier`, if there is one.
    public static func rule(_ identifier: String) -> (any Rule.Type)? {
        rules.first { $0.description.identifier == identifier }
    }
}
