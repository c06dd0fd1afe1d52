import HelpKitCore

/// One topic's articles made ready for the catalog on a worker thread: a
/// record for each file, and for each translation how its English compares
/// with the topic's reference.
///
/// The reference and the newest translation are `ReferencePolicy`'s, and
/// the comparison is `SentenceAlignment`'s: the same as `helpkit check`, so
/// the "translated from an older English revision" notice counts exactly the
/// sentences the checker reports as `source-drift`, `missing-unit` and
/// `extra-unit`.
struct TopicRecords: Sendable {
    /// In group order (locale, then path).
    var records: [ArticleRecord]
    /// The record the topic's English is rebuilt from when it has no English
    /// article: the reference translation.
    var englishSource: Int?

    init(_ group: ContentSet.Group, requiredReference: LocaleTag?, configuredReference: LocaleTag?) {
        let articles = group.files.map { (article: ArticleStream.load($0.path), folderLocale: $0.folderLocale) }
            .sorted { ReferencePolicy.precedes(($0.article.locale, $0.article.path), ($1.article.locale, $1.article.path)) }
        records = articles.map { ArticleRecord($0.article) }
        let candidates = articles.map { $0.article.candidate(folderLocale: $0.folderLocale) }
        let reference = ReferencePolicy.reference(among: candidates, configured: configuredReference, required: requiredReference)
        englishSource = reference.flatMap { candidates[$0.index].isEnglish ? nil : $0.index }
        if let englishSource {
            records[englishSource].derivedEnglish = ArticleRecord.DerivedEnglish(articles[englishSource].article,
                                                                                 record: records[englishSource])
        }
        guard let reference else { return }
        let referenceEnglish = EnglishText(articles[reference.index].article)
        lazy var referenceSentences = EnglishSentences(referenceEnglish)  // only when some translation's text differs
        let newest = ReferencePolicy.newestTranslation(among: candidates).map { articles[$0].article.frontMatter }
        for index in articles.indices where index != reference.index && candidates[index].isReadable && !candidates[index].isEnglish {
            let english = EnglishText(articles[index].article)
            let changed = english.bytes == referenceEnglish.bytes ? 0
                : SentenceAlignment(old: EnglishSentences(english), new: referenceSentences).drift.count
            records[index].changedSentences = changed
            records[index].newestHandoff = Self.olderRevisionDate(of: articles[index].article.frontMatter, newest: newest ?? nil,
                                                                  changed: changed)
        }
    }

    /// The newest translation's hand-off, when this translation was made from
    /// an older English: handed off earlier from another commit (the hash is
    /// not used: it changes with the front matter alone), or with sentences
    /// the reference changed since. Nil when there is nothing to tell.
    private static func olderRevisionDate(of frontMatter: FrontMatter?, newest: FrontMatter?, changed: Int) -> String? {
        guard let newestDate = newest?.lastHandoff, let handoff = frontMatter?.lastHandoff else { return nil }
        let olderCommit = handoff < newestDate && frontMatter?.sourceCommit != newest?.sourceCommit
        return olderCommit || changed > 0 ? newestDate.description : nil
    }
}
