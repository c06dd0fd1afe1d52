import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking


/// A review read from article files: the translation's units, with what the
/// checker finds when it compares the article's locales.
enum ArticleReview {
    /// The review of `files[locale]`, checked against the other files of the
    /// same article (`files`, by locale); nil when that file cannot be read.
    static func document(slug: String, locale: LocaleTag, files: [LocaleTag: String], checker: Checker) -> ReviewDocument? {
        guard let path = files[locale] else { return nil }
        let article = ArticleStream.load(path)
        guard !article.diagnostics.contains(where: { $0.code == .unreadableFile }) else { return nil }
        let units = article.units.map(ReviewUnit.init)
        // The whole article, every locale of it: drift is found against the reference.
        let report = checker.check(paths: files.values.sorted())
        return ReviewDocument(slug: slug, locale: locale, path: path, title: article.frontMatter?.title ?? slug,
                              units: units, findings: report.findings)
    }
}
