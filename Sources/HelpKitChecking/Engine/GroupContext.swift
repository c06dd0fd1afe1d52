import HelpKitCore

/// One article (one slug) in every locale of the run, with the reference the
/// translations are compared with, chosen by `ReferencePolicy`. When the run
/// has an English folder or a configured reference locale and this slug is
/// missing there, the translations are orphans and have no reference.
final class GroupContext {
    let slug: String
    /// In group order: by locale, then path.
    let articles: [ArticleContext]
    let reference: ArticleContext?
    let referenceKind: ReferencePolicy.Kind?
    /// Every locale the run has a folder for: where a translation is expected.
    let expectedLocales: [LocaleTag]
    /// The locale every article must exist in, when the run has one.
    let requiredReferenceLocale: LocaleTag?
    /// The translation made from the newest English revision.
    let newestTranslation: ArticleContext?
    private var comparisons: [ObjectIdentifier: Comparison] = [:]

    /// How a translation's English compares with the reference's.
    enum Comparison {
        /// Byte for byte the same text (most translations): nothing to align.
        case sameText
        case aligned(SentenceAlignment)
    }

    init(slug: String, articles: [ArticleContext], expectedLocales: [LocaleTag], requiredReferenceLocale: LocaleTag?,
         configuredReference: LocaleTag?) {
        self.slug = slug
        let sorted = articles.sorted { ReferencePolicy.precedes(($0.locale, $0.path), ($1.locale, $1.path)) }
        self.articles = sorted
        self.expectedLocales = expectedLocales
        self.requiredReferenceLocale = requiredReferenceLocale
        let candidates = sorted.map(\.candidate)
        let chosen = ReferencePolicy.reference(among: candidates, configured: configuredReference, required: requiredReferenceLocale)
        reference = chosen.map { sorted[$0.index] }
        referenceKind = chosen?.kind
        newestTranslation = ReferencePolicy.newestTranslation(among: candidates).map { sorted[$0] }
    }

    /// The articles that are translations: not the plain English reference.
    private(set) lazy var translations: [ArticleContext] = articles.filter { !$0.isEnglish }

    /// The translations compared with the reference: readable, not the reference itself.
    private(set) lazy var comparedTranslations: [ArticleContext] = {
        guard let reference else { return [] }
        return translations.filter { $0 !== reference && !$0.isUnreadable }
    }()

    /// How `translation`'s English compares with the reference's; nil when
    /// there is no reference or `translation` is the reference.
    func comparison(of translation: ArticleContext) -> Comparison? {
        guard let reference, translation !== reference else { return nil }
        let key = ObjectIdentifier(translation)
        if let known = comparisons[key] { return known }
        let comparison: Comparison = translation.english.bytes == reference.english.bytes
            ? .sameText
            : .aligned(SentenceAlignment(old: translation.sentences, new: reference.sentences))
        comparisons[key] = comparison
        return comparison
    }

    /// How `translation`'s sentences line up with the reference's, when its
    /// text is not simply the same; nil otherwise.
    func alignment(of translation: ArticleContext) -> SentenceAlignment? {
        guard case let .aligned(alignment)? = comparison(of: translation) else { return nil }
        return alignment
    }

    /// The English of `translation` needs no translation change to match the
    /// reference's: the same sentences, at most moved, split, merged or
    /// cosmetically edited.
    func matchesReference(_ translation: ArticleContext) -> Bool {
        switch comparison(of: translation) {
        case .sameText?: true
        case let .aligned(alignment)?: !alignment.hasDrift
        case nil: false
        }
    }
}
