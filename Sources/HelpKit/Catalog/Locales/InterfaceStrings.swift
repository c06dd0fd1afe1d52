/// The CLI's and TUI's own words in one locale: labels, notices, alert labels.
///
/// A key missing from the locale reads from English; a language missing from
/// the name table reads as its tag, so a notice can always be written.
public struct InterfaceStrings: Sendable {
    /// The locale the strings are in.
    public var locale: LocaleTag
    private var strings: [String: String]
    private var languageNames: [String: String]

    /// The strings of `locale`, each missing one taken from `english`.
    public init(locale: LocaleDescription, english: LocaleDescription?) {
        self.locale = locale.tag
        strings = (english?.strings ?? [:]).merging(locale.strings) { _, own in own }
        languageNames = (english?.languageNames ?? [:]).merging(locale.languageNames) { _, own in own }
    }

    /// The string for `key` with each `{name}` replaced by `values[name]`.
    public func text(_ key: InterfaceStringKey, _ values: [String: String] = [:]) -> String {
        var text = strings[key.rawValue] ?? key.rawValue
        for (name, value) in values {
            text = text.replacing("{\(name)}", with: value)
        }
        return text
    }

    /// The language of `tag` named in this locale's language: `German`,
    /// `allemand`, `ドイツ語`; Chinese by script (`zh-Hant`) when the table has it.
    public func languageName(of tag: LocaleTag) -> String {
        if let script = tag.likelyScript, let name = languageNames["\(tag.language)-\(script)"] { return name }
        return languageNames[tag.language] ?? tag.identifier
    }

    /// DocFX alert labels for the renderer: `NOTE` → `Remarque`.
    public var alertLabels: [AlertKind: String] {
        [.note: text(.alertNote), .important: text(.alertImportant), .tip: text(.alertTip),
         .warning: text(.alertWarning), .caution: text(.alertCaution)]
    }
}

/// The key of an interface string in `locales/<tag>.yml` (`strings:`).
public struct InterfaceStringKey: RawRepresentable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `{shown}` `{requested}`: a topic shown in another language than the one asked for.
    public static let noticeFallback = Self(rawValue: "notice.fallback")
    /// `{date}` `{newest}`: the translation was made from an older English revision.
    public static let noticeOlderRevision = Self(rawValue: "notice.older_revision")
    /// `{count}`: English sentences that changed since that revision.
    public static let noticeChangedSentences = Self(rawValue: "notice.changed_sentences")
    /// The older revision has the same sentences as the newest.
    public static let noticeSameSentences = Self(rawValue: "notice.same_sentences")
    public static let noticeMachineTranslated = Self(rawValue: "notice.machine_translated")
    /// `{language}`: an action's short help shown in English because the translation lacks its sentence.
    public static let noticeShortHelpInEnglish = Self(rawValue: "notice.short_help_in_english")
    /// `{id}`: the heading of the topics that share one context id.
    public static let topicsForContext = Self(rawValue: "label.topics_for_context")
    /// `{command}`: how to show one of several topics.
    public static let pickTopic = Self(rawValue: "label.pick_topic")
    /// `{query}` `{language}`
    public static let searchResults = Self(rawValue: "label.search_results")
    /// `{query}` `{language}`
    public static let searchNoResults = Self(rawValue: "label.search_no_results")
    /// `{name}`: no action, context or article has that name.
    public static let unknownTopic = Self(rawValue: "error.unknown_topic")
    /// `{name}`: `--short` for something that has no short help.
    public static let noShortHelp = Self(rawValue: "error.no_short_help")
    public static let alertNote = Self(rawValue: "alert.note")
    public static let alertImportant = Self(rawValue: "alert.important")
    public static let alertTip = Self(rawValue: "alert.tip")
    public static let alertWarning = Self(rawValue: "alert.warning")
    public static let alertCaution = Self(rawValue: "alert.caution")
    public static let actions = Self(rawValue: "tui.actions")
    public static let articles = Self(rawValue: "tui.articles")
    public static let help = Self(rawValue: "tui.help")
    public static let search = Self(rawValue: "tui.search")
    public static let keys = Self(rawValue: "tui.keys")
    public static let locale = Self(rawValue: "tui.locale")
    public static let review = Self(rawValue: "tui.review")
    public static let quit = Self(rawValue: "tui.quit")
    public static let open = Self(rawValue: "tui.open")
    public static let back = Self(rawValue: "tui.back")
    public static let scroll = Self(rawValue: "tui.scroll")
    public static let nextLocale = Self(rawValue: "tui.next_locale")
    public static let nextFinding = Self(rawValue: "tui.next_finding")
    public static let previousFinding = Self(rawValue: "tui.previous_finding")
    public static let englishSource = Self(rawValue: "tui.english_source")
    public static let translation = Self(rawValue: "tui.translation")
    /// `{count}`
    public static let findings = Self(rawValue: "tui.findings")
    public static let noFindings = Self(rawValue: "tui.no_findings")
    public static let noHelp = Self(rawValue: "tui.no_help")
    public static let filter = Self(rawValue: "tui.filter")

    /// Every key the tools use; each bundled locale defines all of them.
    public static let all: [Self] = [
        .noticeFallback, .noticeOlderRevision, .noticeChangedSentences, .noticeSameSentences,
        .noticeMachineTranslated, .noticeShortHelpInEnglish, .topicsForContext, .pickTopic, .searchResults,
        .searchNoResults, .unknownTopic, .noShortHelp, .alertNote, .alertImportant, .alertTip, .alertWarning,
        .alertCaution, .actions, .articles, .help, .search, .keys, .locale, .review, .quit, .open, .back, .scroll,
        .nextLocale, .nextFinding, .previousFinding, .englishSource, .translation, .findings, .noFindings,
        .noHelp, .filter,
    ]
}
