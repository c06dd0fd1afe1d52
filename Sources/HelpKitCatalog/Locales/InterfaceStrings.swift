import HelpKitCore

/// The CLI's and TUI's own words in one locale: labels, notices, alert labels.
///
/// A key missing from the locale reads from English; a language missing from
/// the name table reads as its tag, so a notice can always be written.
public struct InterfaceStrings: Sendable {
    /// The locale the strings are in.
    public var locale: LocaleTag
    private var strings: [String: String]
    private var languageNames: [String: String]

    /// The strings of `locale`, each missing one taken from `english`, or
    /// from the English built into helpkit when there is no English file.
    public init(locale: LocaleDescription, english: LocaleDescription?) {
        let english = english ?? .builtInEnglish
        self.locale = locale.tag
        strings = english.strings.merging(locale.strings) { _, own in own }
        languageNames = english.languageNames.merging(locale.languageNames) { _, own in own }
    }

    /// The strings in the best of `locales` for `preferences` (negotiated
    /// as topics are), English filling the gaps; English alone when none fits.
    public init(_ preferences: LocalePreferences, among locales: [LocaleDescription]) {
        let english = locales.first { $0.tag == LocaleNegotiator.source }
        let chosen = LocaleNegotiator(locales: locales).resolve(preferences, available: locales.map(\.tag)).locale
        let locale = locales.first { $0.tag == chosen } ?? english ?? .builtInEnglish
        self.init(locale: locale, english: english)
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
    /// `{query}`: the list's heading while it shows search results.
    public static let results = Self(rawValue: "tui.results")
    /// The search prompt, with its colon.
    public static let search = Self(rawValue: "tui.search")
    public static let searchHint = Self(rawValue: "tui.search_hint")
    /// The heading of the key list.
    public static let keys = Self(rawValue: "tui.keys")
    public static let closeKeys = Self(rawValue: "tui.close_keys")
    /// The status line's reminder of `?` and `q`.
    public static let keysHint = Self(rawValue: "tui.keys_hint")
    public static let review = Self(rawValue: "tui.review")
    /// `{count}`
    public static let findings = Self(rawValue: "tui.findings")
    public static let noFindings = Self(rawValue: "tui.no_findings")
    /// `{index}` `{count}`: the finding `n` and `N` went to.
    public static let findingPosition = Self(rawValue: "tui.finding_position")
    /// Labels the English a translation was made from.
    public static let was = Self(rawValue: "tui.was")
    /// Labels the English of the reference today.
    public static let now = Self(rawValue: "tui.now")
    /// `{locale}` `{index}` `{count}`: the locale shown among the topic's locales.
    public static let localePosition = Self(rawValue: "tui.locale_position")
    public static let noHelp = Self(rawValue: "tui.no_help")
    public static let noTranslation = Self(rawValue: "tui.no_translation")
    /// `{count}`: topics sharing the selected action's context.
    public static let sharedContext = Self(rawValue: "tui.shared_context")
    /// `{columns}` `{rows}`: the smallest terminal the TUI draws in.
    public static let tooSmall = Self(rawValue: "tui.too_small")
    // What each key does, in the TUI's `?` list.
    public static let keyUp = Self(rawValue: "tui.key_up")
    public static let keyDown = Self(rawValue: "tui.key_down")
    public static let keyPageUp = Self(rawValue: "tui.key_page_up")
    public static let keyPageDown = Self(rawValue: "tui.key_page_down")
    public static let keyFirst = Self(rawValue: "tui.key_first")
    public static let keyLast = Self(rawValue: "tui.key_last")
    public static let keyOpen = Self(rawValue: "tui.key_open")
    public static let keySearch = Self(rawValue: "tui.key_search")
    public static let keyClearSearch = Self(rawValue: "tui.key_clear_search")
    public static let keyBack = Self(rawValue: "tui.key_back")
    public static let keyNextFinding = Self(rawValue: "tui.key_next_finding")
    public static let keyPreviousFinding = Self(rawValue: "tui.key_previous_finding")
    public static let keyLocale = Self(rawValue: "tui.key_locale")
    public static let keyReview = Self(rawValue: "tui.key_review")
    public static let keyKeys = Self(rawValue: "tui.key_keys")
    public static let keyQuit = Self(rawValue: "tui.key_quit")

    /// Every key the tools use; each bundled locale defines all of them.
    public static let all: [Self] = [
        .noticeFallback, .noticeOlderRevision, .noticeChangedSentences, .noticeSameSentences,
        .noticeMachineTranslated, .noticeShortHelpInEnglish, .topicsForContext, .pickTopic, .searchResults,
        .searchNoResults, .unknownTopic, .noShortHelp, .alertNote, .alertImportant, .alertTip, .alertWarning,
        .alertCaution,
        .actions, .articles, .results, .search, .searchHint, .keys, .closeKeys, .keysHint, .review, .findings,
        .noFindings, .findingPosition, .was, .now, .localePosition, .noHelp, .noTranslation, .sharedContext,
        .tooSmall, .keyUp, .keyDown, .keyPageUp, .keyPageDown, .keyFirst, .keyLast, .keyOpen, .keySearch,
        .keyClearSearch, .keyBack, .keyNextFinding, .keyPreviousFinding, .keyLocale, .keyReview, .keyKeys, .keyQuit,
    ]
}
