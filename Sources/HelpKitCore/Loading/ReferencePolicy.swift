/// Which article of a group (one slug in every locale) is the English the
/// others are compared with, and which translation is newest: decided here
/// once, for the checker, the catalog builder and every browser.
///
/// - The English reference is `en-US` or plain `en`. Other English variants
///   (`en-GB`, `en-AU`) are translations like any other locale: they are
///   made from the US English and can drift from it.
/// - The newest translation is the one with the latest `ms.lasthandoff` (the
///   day its English was handed off); a tie goes to the first in group order
///   (locale tag, then path). A translation without a hand-off date is never
///   the newest.
/// - The reference is the English article when the group has one; else the
///   configured reference locale's article; else, when the run requires a
///   reference locale (it has an English folder, or one is configured) the
///   group has none; else the newest translation, or the first readable
///   article when no translation has a date.
package enum ReferencePolicy {
    /// One article of a group, as the policy sees it.
    package struct Candidate: Sendable {
        /// The locale the article is filed under: its folder's, else its own.
        package var locale: LocaleTag?
        package var lastHandoff: CalendarDate?
        /// Unreadable and binary files take no part.
        package var isReadable: Bool

        package init(locale: LocaleTag?, lastHandoff: CalendarDate?, isReadable: Bool = true) {
            self.locale = locale
            self.lastHandoff = lastHandoff
            self.isReadable = isReadable
        }

        package var isEnglish: Bool { locale.map(ReferencePolicy.isEnglishReference) ?? false }
    }

    /// How a group's reference was chosen, for messages.
    package enum Kind: Sendable {
        case english
        case configured
        case newestRevision
    }

    /// `en-US` or plain `en`: the English the translations are made from.
    package static func isEnglishReference(_ locale: LocaleTag) -> Bool {
        locale.language == "en" && locale.script == nil && (locale.region == nil || locale.region == "US")
    }

    /// The order of a group's articles: by locale tag, then path.
    package static func precedes(_ left: (locale: LocaleTag?, path: String), _ right: (locale: LocaleTag?, path: String)) -> Bool {
        (left.locale?.identifier ?? "", left.path) < (right.locale?.identifier ?? "", right.path)
    }

    /// The index of the translation made from the newest English, among
    /// `candidates` in group order.
    package static func newestTranslation(among candidates: [Candidate]) -> Int? {
        var newest: (index: Int, date: CalendarDate)?
        for (index, candidate) in candidates.enumerated() where candidate.isReadable && !candidate.isEnglish {
            guard let date = candidate.lastHandoff else { continue }
            if newest.map({ date > $0.date }) ?? true { newest = (index, date) }
        }
        return newest?.index
    }

    /// The index of the reference among `candidates` in group order, and why
    /// it was chosen; nil when the group has none.
    /// - Parameters:
    ///   - configured: the project's reference locale, if any.
    ///   - required: the locale every article must have its reference in
    ///     (the run's English folder, or the configured locale); nil when the
    ///     newest translation may serve.
    package static func reference(among candidates: [Candidate], configured: LocaleTag?,
                                  required: LocaleTag?) -> (index: Int, kind: Kind)? {
        let readable = candidates.indices.filter { candidates[$0].isReadable }
        if let english = readable.first(where: { candidates[$0].isEnglish }) { return (english, .english) }
        if let configured, let match = readable.first(where: { candidates[$0].locale == configured }) { return (match, .configured) }
        if required != nil { return nil }
        guard let newest = newestTranslation(among: candidates) ?? readable.first else { return nil }
        return (newest, .newestRevision)
    }

    /// The locale every article of a run must have its reference in: the
    /// English folder when the run has one, else the configured locale.
    package static func requiredReference(runLocales: [LocaleTag], configured: LocaleTag?) -> LocaleTag? {
        runLocales.first(where: isEnglishReference) ?? configured
    }
}

extension Article {
    /// Whether the file could be read as text: unreadable and binary files
    /// take no part in comparisons.
    package var isReadableText: Bool {
        !diagnostics.contains { $0.code == .binaryFile || $0.code == .unreadableFile }
    }

    /// The article as `ReferencePolicy` weighs it, filed under `folderLocale` when it has one.
    package func candidate(folderLocale: LocaleTag?) -> ReferencePolicy.Candidate {
        ReferencePolicy.Candidate(locale: folderLocale ?? locale, lastHandoff: frontMatter?.lastHandoff, isReadable: isReadableText)
    }
}
