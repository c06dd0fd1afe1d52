import HelpKitCore

/// One help topic in the locale chosen for the user.
public struct HelpTopic: Hashable, Sendable {
    /// How the text shown came to be.
    public enum Translation: Hashable, Sendable {
        case human
        case machine
        /// An English original from the content folder.
        case englishOriginal
        /// English rebuilt from the unit sources of the topic's newest translation.
        case englishFromSources
        case other(String)

        init(code: String) {
            switch code {
            case "HT": self = .human
            case "MT": self = .machine
            case ArticleRecord.sourceTranslation: self = .englishOriginal
            case ArticleRecord.derivedTranslation: self = .englishFromSources
            default: self = .other(code)
            }
        }

        public var code: String {
            switch self {
            case .human: "HT"
            case .machine: "MT"
            case .englishOriginal: ArticleRecord.sourceTranslation
            case .englishFromSources: ArticleRecord.derivedTranslation
            case let .other(code): code
            }
        }
    }

    /// A translation made from an older English revision than the topic's
    /// newest translation, or with sentences the reference has changed since (see `TopicRecords`).
    public struct OlderRevision: Hashable, Sendable {
        /// `ms.lasthandoff` of this translation, `YYYY-MM-DD`.
        public var handoff: String
        /// `ms.lasthandoff` of the newest translation.
        public var newestHandoff: String
        /// Unit sources of this translation that the newest English no longer has.
        public var changedSentences: Int

        public init(handoff: String, newestHandoff: String, changedSentences: Int) {
            self.handoff = handoff
            self.newestHandoff = newestHandoff
            self.changedSentences = changedSentences
        }
    }

    public var slug: String
    public var title: String
    /// The body in `locale`, without front matter.
    public var markdown: String
    /// The locale shown, and why.
    public var locale: LocaleTag
    public var resolution: LocaleResolution
    /// Every locale the topic exists in (English always among them).
    public var availableLocales: [LocaleTag]
    public var translation: Translation
    public var olderRevision: OlderRevision?
    /// The action the topic was asked for by, with its short help, if any.
    public var action: String?
    public var shortHelp: ShortHelp?
    /// The context ids the topic carries (`ms.custom`).
    public var contextIDs: [String]

    /// What a reader should know about the text shown, in the interface's
    /// language: a fallback to another language, an older English revision,
    /// a machine translation.
    public func notices(_ strings: InterfaceStrings) -> [String] {
        var notices: [String] = []
        if let missed = resolution.missedLanguage {
            notices.append(strings.text(.noticeFallback, ["shown": strings.languageName(of: locale),
                                                          "requested": strings.languageName(of: missed)]))
        }
        if let olderRevision {
            let detail: String = olderRevision.changedSentences == 0
                ? strings.text(.noticeSameSentences)
                : strings.text(.noticeChangedSentences, ["count": String(olderRevision.changedSentences)])
            notices.append(strings.text(.noticeOlderRevision, ["date": olderRevision.handoff,
                                                               "newest": olderRevision.newestHandoff]) + " " + detail)
        }
        if translation == .machine { notices.append(strings.text(.noticeMachineTranslated)) }
        return notices
    }
}

/// An action's one-line help: the translation of the sentence it is bound to.
public struct ShortHelp: Hashable, Sendable {
    public var text: String
    /// The locale of `text`: English when the chosen translation lacks the sentence.
    public var locale: LocaleTag
    /// The locale that lacked the sentence, when `text` fell back to English.
    public var missingIn: LocaleTag?

    /// The notice to show beside an English fallback, in the interface's language.
    public func notice(_ strings: InterfaceStrings) -> String? {
        missingIn.map { strings.text(.noticeShortHelpInEnglish, ["language": strings.languageName(of: $0)]) }
    }
}

/// A topic in a list: the topics sharing a context, or the whole catalog.
public struct TopicSummary: Hashable, Sendable {
    public var slug: String
    public var title: String
    public var locale: LocaleTag

    public init(slug: String, title: String, locale: LocaleTag) {
        self.slug = slug
        self.title = title
        self.locale = locale
    }
}

/// An action of the host app, as `contexts.yml` binds it.
public struct HelpAction: Hashable, Sendable {
    public var id: String
    public var context: String?
    /// The article slug, when the action names one.
    public var article: String?
    /// The English sentence of its short help.
    public var shortHelpSource: String?
    /// The article that sentence belongs to.
    public var shortHelpArticle: String?
}

/// What a name leads to.
public enum HelpLookup: Hashable, Sendable {
    case topic(HelpTopic)
    /// A context id several topics share: the user picks one by slug.
    case choices(context: String, topics: [TopicSummary])
    /// No action, context id or slug has the name.
    case notFound
}

/// One unit of an article in the catalog, for a review of the translation.
public struct CatalogUnit: Hashable, Sendable {
    public var id: String
    /// `heading`, `paragraph`, `list-item`, … (`Block.kind`).
    public var block: String
    public var source: String
    public var target: String
    public var line: Int
    public var column: Int
}
