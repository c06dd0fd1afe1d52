import Foundation
import HelpKitCore
import HelpKitTestSupport
import HelpKitUpdate
import Testing

/// `ArticleUpdate` on the real corpus, each translation carried to the
/// English of its topic's reference (`ReferencePolicy`).
@Suite("Updates on the real corpus", .enabled(if: Corpus.isAvailable, "needs ../shared/corpus/alchemy-sxs.tar.xz"))
struct CorpusUpdateTests {
    /// Each drifted or undrifted translation with its reference's English.
    static func pairs(_ slugs: [String]) -> [(translation: Article, english: [UInt8])] {
        slugs.flatMap { slug -> [(Article, [UInt8])] in
            let articles = ["fr-FR", "ja-JP", "sv-SE"]
                .map { Corpus.root.appendingPathComponent("\($0)/\(slug).md").path }
                .filter { FileManager.default.fileExists(atPath: $0) }
                .map(ArticleStream.load)
            let candidates = articles.map { ReferencePolicy.Candidate(locale: $0.locale, lastHandoff: $0.frontMatter?.lastHandoff) }
            guard let reference = ReferencePolicy.reference(among: candidates, configured: nil, required: nil) else { return [] }
            let english = articles[reference.index].englishMarkdown()
            return articles.indices.filter { $0 != reference.index }.map { (articles[$0], english) }
        }
    }

    @Test("the 27 drifted translations take the new English's sentences: nothing missing, nothing extra, and no parse error")
    func drifted() throws {
        let drifted = try CorpusDriftTests.fixture("real-drift.txt").map { $0.split(separator: " ").map(String.init) }
        let wanted = Set(drifted.map { "\($0[0]) \($0[1])" })
        var updated = 0
        for (translation, english) in Self.pairs(Array(Set(drifted.map { $0[0] })).sorted())
        where wanted.contains("\(translation.slug) \(translation.locale?.identifier ?? "")") {
            let update = ArticleUpdate(translation, english: english)
            // Left as it is only when every change kept its translation: the drift stays for check to report.
            let bytes = update.bytes ?? translation.printed()
            #expect(update.bytes != nil || !update.sentences.contains { $0.match == .new }, "\(translation.path) was not rewritten")
            let result = ArticleParser.parse(bytes, path: translation.path)
            #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(translation.path): \(result.diagnostics)")
            let alignment = SentenceAlignment(old: EnglishSentences(result), new: EnglishSentences(ArticleParser.parse(english, path: "en-US/a.md")))
            let left = alignment.edits.filter { if case .changed = $0 { false } else { $0.needsTranslation } }
            #expect(left.isEmpty, "\(translation.path): \(left)")
            updated += 1
        }
        #expect(updated == 27)
    }

    @Test("a translation whose English did not change is left byte for byte as it is")
    func untouched() throws {
        let noise = try CorpusDriftTests.fixture("pipeline-noise.txt")
        let pairs = Self.pairs(Array(Set(noise.map { String($0.split(separator: " ")[0]) })).sorted().prefix(150).map { $0 })
        let rewritten = pairs.filter { ArticleUpdate($0.translation, english: $0.english).bytes != nil }.map(\.translation.path)
        #expect(pairs.count > 200)
        #expect(rewritten.isEmpty, "\(rewritten.prefix(10))")
    }

    @Test("updating every article of the corpus against its own English rewrites no file")
    func noOp() {
        var rewritten: [String] = []
        for path in Corpus.files {
            let article = ArticleStream.load(path)
            guard article.isReadableText else { continue }
            if ArticleUpdate(article, english: article.englishMarkdown()).bytes != nil { rewritten.append(path) }
        }
        #expect(Corpus.files.count == 8164)
        #expect(rewritten.isEmpty, "\(rewritten.count) rewritten: \(rewritten.prefix(5))")
    }
}
