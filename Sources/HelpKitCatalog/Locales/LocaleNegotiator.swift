import HelpKitCore

/// Chooses the locale to show from what a user asked for and what exists.
///
/// For each request in order: the exact locale; else one of the same language
/// and script whatever its region (`fr-CA` → `fr-FR`); else the request's
/// configured fallbacks (`locales/<tag>.yml`). English, the source language,
/// ends every path: it is tried only after every request has had its turn, even
/// when a fallback list names it, so `LANGUAGE=sv:fr` shows French rather
/// than English when there is no Swedish.
public struct LocaleNegotiator: Sendable {
    /// The language every article can be shown in, from its unit sources.
    public static let source = LocaleTag(language: "en", region: "US")

    /// Configured fallbacks by canonical locale (`zh-TW` → `[zh-HK, en-US]`).
    public var fallbacks: [LocaleTag: [LocaleTag]]

    public init(fallbacks: [LocaleTag: [LocaleTag]] = [:]) {
        self.fallbacks = fallbacks
    }

    public init(locales: [LocaleDescription]) {
        self.init(fallbacks: Dictionary(locales.map { ($0.tag, $0.fallbacks) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The locale to show among `available`, and how it was reached.
    public func resolve(_ preferences: LocalePreferences, available: [LocaleTag]) -> LocaleResolution {
        var steps: [LocaleResolution.Step] = []
        for request in preferences.requests {
            if let (match, reason) = match(request.tag, in: available) {
                steps.append(.init(request: request, outcome: .shown(match, reason)))
                return LocaleResolution(locale: match, steps: steps, preferences: preferences)
            }
            steps.append(.init(request: request, outcome: .unavailable))
        }
        let fallback = available.contains(Self.source) ? Self.source : available.first ?? Self.source
        return LocaleResolution(locale: fallback, steps: steps, preferences: preferences)
    }

    private func match(_ wanted: LocaleTag, in available: [LocaleTag]) -> (LocaleTag, LocaleResolution.Reason)? {
        if available.contains(wanted) { return (wanted, .exact) }
        let sameLanguage = available.filter { $0.isSameLanguage(as: wanted) }
        if let best = sameLanguage.first(where: { $0 == wanted.languageOnly.canonical }) ?? sameLanguage.min() {
            return (best, .sameLanguage)
        }
        for fallback in configuredFallbacks(of: wanted) where fallback != Self.source && available.contains(fallback) {
            return (fallback, .configuredFallback(wanted))
        }
        return nil
    }

    /// The fallbacks of `tag`, or of a configured locale of the same language.
    private func configuredFallbacks(of tag: LocaleTag) -> [LocaleTag] {
        if let own = fallbacks[tag] { return own }
        return fallbacks.keys.sorted().first { $0.isSameLanguage(as: tag) }.flatMap { fallbacks[$0] } ?? []
    }
}

/// The locale chosen for one topic, with the path that led to it.
public struct LocaleResolution: Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        /// The locale asked for.
        case exact
        /// The same language and script in another region.
        case sameLanguage
        /// A fallback that the asked-for locale's `locales/<tag>.yml` lists.
        case configuredFallback(LocaleTag)
    }

    public enum Outcome: Hashable, Sendable {
        case shown(LocaleTag, Reason)
        case unavailable
    }

    public struct Step: Hashable, Sendable {
        public var request: LocaleRequest
        public var outcome: Outcome

        var matched: Bool { outcome != .unavailable }
    }

    /// The locale shown.
    public var locale: LocaleTag
    /// Each request tried, in order, with what came of it. When no request
    /// matched, `locale` is the English source (or what exists).
    public var steps: [Step]
    public var preferences: LocalePreferences

    /// The first request, when the locale shown is not in its language: the
    /// language a notice must say is missing. Nil when nothing was asked for
    /// or the user got their first language.
    public var missedLanguage: LocaleTag? {
        guard let first = preferences.requests.first, !first.tag.isSameLanguage(as: locale) else { return nil }
        return first.tag
    }

    /// One line per step, for `--verbose` output and logs: `de-DE (LANGUAGE): not available`.
    public var explanation: [String] {
        var lines = steps.map { step -> String in
            let asked = "\(step.request.tag) (\(step.request.origin)\(step.request.written == step.request.tag.identifier ? "" : ": \(step.request.written)"))"
            switch step.outcome {
            case .unavailable: return "\(asked): not available"
            case let .shown(tag, .exact): return "\(asked): shown as \(tag)"
            case let .shown(tag, .sameLanguage): return "\(asked): shown as \(tag), the same language"
            case let .shown(tag, .configuredFallback(of)): return "\(asked): shown as \(tag), the configured fallback of \(of)"
            }
        }
        if !steps.contains(where: \.matched) {
            lines.append("\(locale): the source language, shown when nothing asked for exists")
        }
        return lines
    }
}
