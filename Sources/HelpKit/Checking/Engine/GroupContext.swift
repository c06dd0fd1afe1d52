/// One article (one slug) in every locale of the run, with the reference the
/// translations are compared with.
///
/// The reference is the plain English article (`en-US/`) when there is one;
/// else the article in the configured reference locale; else the locale whose
/// source revision is newest (`ms.lasthandoff`; ties go to the first locale in
/// tag order). When the run has an English folder or a configured reference
/// locale and this slug is missing there, the translations are orphans and
/// have no reference.
final class GroupContext {
    enum ReferenceKind {
        case english
        case configured
        case newestRevision
    }

    let slug: String
    /// Sorted by locale, then path.
    let articles: [ArticleContext]
    let reference: ArticleContext?
    let referenceKind: ReferenceKind?
    /// Every locale the run has a folder for: where a translation is expected.
    let expectedLocales: [LocaleTag]
    /// The locale every article must exist in, when the run has one.
    let requiredReferenceLocale: LocaleTag?
    private var comparisons: [ObjectIdentifier: Comparison] = [:]

    /// How a translation's English compares with the reference's.
    enum Comparison {
        /// Byte for byte the same text (most translations): nothing to align.
        case sameText
        case aligned(SourceAlignment)
    }

    init(slug: String, articles: [ArticleContext], expectedLocales: [LocaleTag], requiredReferenceLocale: LocaleTag?,
         configuredReference: LocaleTag?) {
        self.slug = slug
        self.articles = articles.sorted { ($0.locale?.identifier ?? "", $0.path) < ($1.locale?.identifier ?? "", $1.path) }
        self.expectedLocales = expectedLocales
        self.requiredReferenceLocale = requiredReferenceLocale
        let readable = self.articles.filter { !$0.isUnreadable }
        if let english = readable.first(where: \.isEnglish) {
            (reference, referenceKind) = (english, .english)
        } else if let configuredReference, let match = readable.first(where: { $0.locale == configuredReference }) {
            (reference, referenceKind) = (match, .configured)
        } else if requiredReferenceLocale != nil {
            (reference, referenceKind) = (nil, nil)
        } else if let newest = Self.newestRevision(in: readable) ?? readable.first {
            (reference, referenceKind) = (newest, .newestRevision)
        } else {
            (reference, referenceKind) = (nil, nil)
        }
    }

    /// The articles that are translations: not the plain English reference.
    var translations: [ArticleContext] { articles.filter { !$0.isEnglish } }

    /// The translations compared with the reference: readable, not the reference itself.
    var comparedTranslations: [ArticleContext] {
        guard let reference else { return [] }
        return translations.filter { $0 !== reference && !$0.isUnreadable }
    }

    /// The translation made from the newest English revision, by `ms.lasthandoff`.
    private(set) lazy var newestTranslation: ArticleContext? = Self.newestRevision(in: translations.filter { !$0.isUnreadable })

    /// How `translation`'s English compares with the reference's; nil when
    /// there is no reference or `translation` is the reference.
    func comparison(of translation: ArticleContext) -> Comparison? {
        guard let reference, translation !== reference else { return nil }
        let key = ObjectIdentifier(translation)
        if let known = comparisons[key] { return known }
        let comparison: Comparison = translation.english.bytes == reference.english.bytes
            ? .sameText
            : .aligned(SourceAlignment(translation: translation.sentences, reference: reference.sentences))
        comparisons[key] = comparison
        return comparison
    }

    /// How `translation`'s sentences line up with the reference's, when its
    /// text is not simply the same; nil otherwise.
    func alignment(of translation: ArticleContext) -> SourceAlignment? {
        guard case let .aligned(alignment)? = comparison(of: translation) else { return nil }
        return alignment
    }

    /// Every English sentence of `translation` matches the reference.
    func matchesReference(_ translation: ArticleContext) -> Bool {
        switch comparison(of: translation) {
        case .sameText?: true
        case let .aligned(alignment)?: alignment.isIdentical
        case nil: false
        }
    }

    private static func newestRevision(in articles: [ArticleContext]) -> ArticleContext? {
        var newest: (article: ArticleContext, date: CalendarDate)?
        for article in articles where !article.isEnglish {
            guard let date = article.lastHandoff else { continue }
            if newest.map({ date > $0.date }) ?? true { newest = (article, date) }
        }
        return newest?.article
    }
}
