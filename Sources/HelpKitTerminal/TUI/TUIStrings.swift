import HelpKit
import Yams

/// The TUI's labels in the user's language, from the `tui:` block of
/// `locales/<tag>.yml`: the same files, and the same negotiation, as the CLI.
///
/// A key missing in the chosen locale is taken from its fallbacks and then
/// from en-US; a key missing everywhere shows as its name, which the tests
/// forbid for the bundled locales.
public struct TUIStrings: Sendable {
    public enum Key: String, CaseIterable, Sendable {
        case actions, articles, results
        case noResults = "no_results"
        case searchPrompt = "search_prompt"
        case searchHint = "search_hint"
        case keysTitle = "keys_title"
        case closeKeys = "close_keys"
        case keysHint = "keys_hint"
        case review
        case findings
        case noFindings = "no_findings"
        case findingPosition = "finding_position"
        case was, now
        case fallbackNotice = "fallback_notice"
        case localePosition = "locale_position"
        case noTopic = "no_topic"
        case noTranslation = "no_translation"
        case sharedContext = "shared_context"
        case tooSmall = "too_small"
        case keyUp = "key_up"
        case keyDown = "key_down"
        case keyPageUp = "key_page_up"
        case keyPageDown = "key_page_down"
        case keyFirst = "key_first"
        case keyLast = "key_last"
        case keyOpen = "key_open"
        case keySearch = "key_search"
        case keyClearSearch = "key_clear_search"
        case keyBack = "key_back"
        case keyNextFinding = "key_next_finding"
        case keyPreviousFinding = "key_previous_finding"
        case keyLocale = "key_locale"
        case keyReview = "key_review"
        case keyKeys = "key_keys"
        case keyQuit = "key_quit"
    }

    /// The locale the labels are in.
    public let locale: LocaleTag
    /// Tables from the most to the least preferred locale.
    private let tables: [[String: String]]

    init(locale: LocaleTag, tables: [[String: String]]) {
        self.locale = locale
        self.tables = tables
    }

    /// The label for `key` with `{name}` placeholders filled in.
    public func callAsFunction(_ key: Key, _ values: [String: String] = [:]) -> String {
        var text = tables.lazy.compactMap { $0[key.rawValue] }.first ?? key.rawValue
        for (name, value) in values { text = text.replacing("{\(name)}", with: value) }
        return text
    }

    /// Labels for `locale` from the locale files: the locale itself,
    /// its language, its `fallback:` list, then en-US.
    static func load(localeFiles files: LocaleFiles, locale: LocaleTag) -> TUIStrings {
        var chain: [LocaleTag] = []
        if let chosen = files.closest(to: locale) {
            chain.append(chosen)
            chain += files.fallbacks(of: chosen)
        }
        chain.append(LocaleTag(language: "en", region: "US"))
        var seen: Set<LocaleTag> = []
        let tables = chain.filter { seen.insert($0).inserted }.compactMap { files.entries[$0]?.strings }
        return TUIStrings(locale: files.closest(to: locale) ?? locale, tables: tables)
    }
}

/// What `locales/<tag>.yml` says about one locale, as far as the TUI needs it.
struct LocaleFile: Sendable {
    var tag: LocaleTag
    var fallback: [LocaleTag]
    /// The `tui:` block.
    var strings: [String: String]
}

/// The `locales/` folder, read once.
struct LocaleFiles: Sendable {
    var entries: [LocaleTag: LocaleFile]

    init(entries: [LocaleTag: LocaleFile]) { self.entries = entries }

    init(folder: String) {
        var entries: [LocaleTag: LocaleFile] = [:]
        for path in ContentWalker(paths: [folder], fileExtension: ".yml").files {
            guard let bytes = try? FileReader.read(path),
                  let yaml = try? Yams.load(yaml: String(decoding: bytes, as: UTF8.self)) as? [String: Any],
                  let tag = (yaml["tag"] as? String).flatMap({ LocaleTag($0) }) else { continue }
            let fallback = (yaml["fallback"] as? [Any] ?? []).compactMap { ($0 as? String).flatMap({ LocaleTag($0) }) }
            let strings = (yaml["tui"] as? [String: Any] ?? [:]).compactMapValues { $0 as? String }
            entries[tag] = LocaleFile(tag: tag, fallback: fallback, strings: strings)
        }
        self.init(entries: entries)
    }

    /// The bundled locale for `tag`: itself, else one of the same language.
    func closest(to tag: LocaleTag) -> LocaleTag? {
        if entries[tag] != nil { return tag }
        return entries.keys.filter { $0.language == tag.language }.min()
    }

    func fallbacks(of tag: LocaleTag) -> [LocaleTag] { entries[tag]?.fallback ?? [] }
}
