import HelpKitCore

/// One parsed article as the rules see it, with what several rules share
/// (its English sentences, its folder's locale) computed once, on demand.
///
/// Lives on one worker thread for the time it takes to check its group.
final class ArticleContext {
    let article: Article
    let configuration: CheckConfiguration
    /// The locale named by the nearest folder that is a locale tag.
    let folderLocale: LocaleTag?

    /// The file name without `.md`: the key that joins the article across locales.
    let slug: String

    init(_ article: Article, slug: String, folderLocale: LocaleTag?, configuration: CheckConfiguration) {
        self.article = article
        self.configuration = configuration
        self.folderLocale = folderLocale
        self.slug = slug
    }

    var path: String { article.path }
    var locale: LocaleTag? { article.locale }
    var frontMatter: FrontMatter? { article.frontMatter }

    /// A plain English article (`en-US/…`): the reference, not a translation.
    var isEnglish: Bool { candidate.isEnglish }

    /// The article as `ReferencePolicy` weighs it (its hand-off date parsed once).
    private(set) lazy var candidate = article.candidate(folderLocale: folderLocale)

    /// The file could not be read as text, so there is nothing to compare.
    var isUnreadable: Bool { !article.isReadableText }

    /// `ms.lasthandoff`: when the English was handed off for translation.
    private(set) lazy var lastHandoff = frontMatter?.lastHandoff
    /// The units `helpkit update` gave their English for now (`helpkit.untranslated`).
    private(set) lazy var untranslatedUnits = frontMatter?.untranslatedUnits ?? []

    /// The file holds nothing at all.
    var isEmpty: Bool { article.units.isEmpty && article.trivia.allSatisfy(\.isEmpty) }

    /// The article's English body as written: compared byte for byte first,
    /// so that most translations are never cut into sentences.
    private(set) lazy var english = EnglishText(article)

    /// The article's English, cut into sentences for alignment.
    private(set) lazy var sentences = EnglishSentences(english)

    /// Terms that stay in English in this article's locale.
    private(set) lazy var doNotTranslate: [String] = {
        let terms = (configuration.doNotTranslate["*"] ?? []) + (locale.flatMap { configuration.doNotTranslate[$0.identifier] } ?? [])
        return terms.filter { !$0.isEmpty }.sorted { $0.utf8.count > $1.utf8.count }
    }()

    func entry(_ key: String) -> FrontMatter.Entry? {
        frontMatter?.entries.first { $0.key == key }
    }

    /// Where the front matter key stands, else the file start (the opening `---`).
    func location(ofKey key: String) -> SourceLocation {
        entry(key)?.location ?? .start
    }

    /// The unit that best stands for the English text at `textOffset` of
    /// `english`: the unit holding it, else the first unit that starts
    /// before `limit`, else the last one before it.
    func unitIndex(atText textOffset: Int, before limit: Int) -> Int? {
        let starts = english.unitStarts
        let ends = english.unitEnds
        var candidate: Int?
        for index in starts.indices where starts[index] >= 0 {
            if starts[index] <= textOffset {
                if textOffset < ends[index] { return index }
                candidate = index
            } else {
                return starts[index] < limit ? index : candidate ?? index
            }
        }
        return candidate
    }

    /// Where a unit's opening `<span` stands, or the file start for none.
    func location(ofUnit index: Int?) -> SourceLocation {
        index.map { article.units[$0].location } ?? .start
    }
}

/// One translation unit as the unit rules see it.
final class UnitContext {
    let unit: TranslationUnit
    let article: ArticleContext
    /// The unit's place in `article.article.units`.
    let index: Int

    init(_ index: Int, in article: ArticleContext) {
        self.unit = article.article.units[index]
        self.article = article
        self.index = index
    }

    /// What stands between this unit and the next one in the file.
    var followingTrivia: ArraySlice<UInt8> { article.article.trivia[index + 1] }

    /// What stands between the previous unit (or the file start) and this one.
    var precedingTrivia: ArraySlice<UInt8> { article.article.trivia[index] }

    /// The unit after this one in the file, if any.
    var next: TranslationUnit? {
        index + 1 < article.article.units.count ? article.article.units[index + 1] : nil
    }

    private(set) lazy var source = InlineText(unit.source)
    private(set) lazy var target = InlineText(unit.target)

    /// The unit's English normalized as alignment normalizes it (spacing,
    /// entities, URL locales): what identifies its findings across runs.
    private(set) lazy var basis = unit.englishIdentity

    /// Where byte `offset` of the raw target stands in the file.
    func location(ofTargetByte offset: Int) -> SourceLocation {
        unit.location.advanced(over: unit.markup.opening).advanced(over: unit.rawTarget.prefix(offset))
    }
}

extension SourceLocation {
    /// The location after `bytes`, which follow this one in the file.
    func advanced(over bytes: some Collection<UInt8>) -> SourceLocation {
        var location = self
        for byte in bytes {
            location.offset += 1
            if byte == .newline {
                location.line += 1
                location.column = 1
            } else if !byte.isUTF8Continuation {
                location.column += 1
            }
        }
        return location
    }
}
