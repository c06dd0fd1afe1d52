import Foundation
import HelpKitChecking
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

    /// The 27 hand-checked drifted translations (`real-drift.txt`), each with its reference's newer English.
    static func driftedPairs() throws -> [(translation: Article, english: [UInt8])] {
        let drifted = try CorpusDriftTests.fixture("real-drift.txt").map { $0.split(separator: " ").map(String.init) }
        let wanted = Set(drifted.map { "\($0[0]) \($0[1])" })
        return pairs(Array(Set(drifted.map { $0[0] })).sorted())
            .filter { wanted.contains("\($0.translation.slug) \($0.translation.locale?.identifier ?? "")") }
    }

    @Test("the 27 drifted translations take the new English's sentences: nothing missing, nothing extra, and no parse error")
    func drifted() throws {
        let pairs = try Self.driftedPairs()
        #expect(pairs.count == 27)
        for (translation, english) in pairs {
            let update = ArticleUpdate(translation, english: english)
            // Left as it is only when every change kept its translation: the drift stays for check to report.
            let bytes = update.bytes ?? translation.printed()
            #expect(update.bytes != nil || !update.sentences.contains { $0.match == .new }, "\(translation.path) was not rewritten")
            let result = ArticleParser.parse(bytes, path: translation.path)
            #expect(result.diagnostics.isEmpty, "\(translation.path): \(result.diagnostics)")
            #expect(result.printed() == bytes, "\(translation.path) does not round-trip")
            let alignment = SentenceAlignment(old: EnglishSentences(result), new: EnglishSentences(ArticleParser.parse(english, path: "en-US/a.md")))
            let left = alignment.edits.filter { if case .changed = $0 { false } else { $0.needsTranslation } }
            #expect(left.isEmpty, "\(translation.path): \(left)")
        }
    }
    /// A new sentence is told from a name a translator kept in English by the
    /// front matter's `helpkit.untranslated`, which lists exactly the units update gave their English.
    @Test("a shared sentence keeps its translation byte for byte and no finding; a changed or new one has exactly one")
    func sentenceBySentence() throws {
        let folder = try TemporaryFolder()
        var updated: [(old: Article, new: Article, english: Set<UInt64>)] = []
        for (translation, english) in try Self.driftedPairs() {
            let bytes = ArticleUpdate(translation, english: english).bytes ?? translation.printed()
            _ = try folder.write("en-US/\(translation.slug).md", Data(english))
            let path = try folder.write("\(translation.locale?.identifier ?? "")/\(translation.slug).md", Data(bytes))
            let newEnglish = Self.keys(EnglishSentences(ArticleParser.parse(english, path: "en-US/\(translation.slug).md")))
            updated.append((translation, ArticleParser.parse(bytes, path: path), Set(newEnglish)))
        }
        let findings = Checker().check(paths: [folder.url.path]).findings.filter { ["source-drift", "untranslated"].contains($0.ruleID) }
        var (shared, changed, added) = (0, 0, 0)
        var lost: [String] = []
        for (old, new, english) in updated {
            let standIns = new.frontMatter?.untranslatedUnits ?? []
            let oldKeys = Self.keysByUnit(old)
            let oldTargets = Dictionary(old.units.indices.flatMap { unit in oldKeys[unit].map { ($0, old.units[unit].rawTarget) } }) { first, _ in first }
            let newKeys = Self.keysByUnit(new)
            for (unit, keys) in zip(new.units, newKeys) {
                let reported = findings.filter { finding in finding.path == new.path && new.units.last(where: { finding.location >= $0.location })?.id == unit.id }
                let where_ = "\(new.path) \(unit.id) “\(unit.source.prefix(50))”"
                if !keys.allSatisfy(english.contains) {
                    // Changed: its old English kept for check to report.
                    changed += 1
                    #expect(reported.map(\.ruleID) == ["source-drift"], "\(where_): \(reported.map(\.ruleID))")
                } else if standIns.contains(unit.id.description) {
                    // New: the English stands in for its translation, whatever its length.
                    added += 1
                    #expect(unit.rawTarget == unit.rawSource, "\(where_)")
                    #expect(reported.map(\.ruleID) == ["untranslated"], "\(where_): \(reported.map(\.ruleID))")
                } else {
                    #expect(reported.isEmpty, "\(where_): \(reported.map(\.message))")
                    let kept = keys.filter { oldTargets[$0] != nil }
                    shared += kept.count
                    if kept.contains(where: { oldTargets[$0] != unit.rawTarget }) { lost.append(where_) }
                }
            }
        }
        #expect(lost.isEmpty, "\(lost)")
        // Measured: 146 shared, 40 changed, 67 new.
        #expect(shared >= 146 && changed >= 40 && added >= 67, "\(shared) \(changed) \(added)")
    }

    /// `markdown` with its fenced code blocks taken out: code is not translated, nor counted.
    static func withoutFencedCode(_ markdown: [UInt8]) -> [UInt8] {
        var inFence = false
        let lines = String(decoding: markdown, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == ">" }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                return false
            }
            return !inFence
        }
        return Array(lines.joined(separator: "\n").utf8)
    }

    static func keys(_ sentences: EnglishSentences) -> [UInt64] { sentences.indices.map(sentences.key(of:)) }

    /// The keys of the English sentences each unit of `article` overlaps.
    static func keysByUnit(_ article: Article) -> [[UInt64]] {
        let sentences = EnglishSentences(article)
        var keys = Array(repeating: [UInt64](), count: article.units.count)
        for sentence in sentences.indices {
            for unit in sentences.units(overlapping: sentence) { keys[unit].append(sentences.key(of: sentence)) }
        }
        return keys
    }

    @Test("the leverage report counts every word of the new English once: exact + fuzzy + new + repetitions")
    func leverageAddsUp() {
        let slugs = Set(Corpus.files.map { Article.slug(ofPath: $0) }).sorted()
        var report = LeverageReport()
        var englishWords = 0
        for (translation, english) in Self.pairs(slugs) where translation.isReadableText {
            report.add(ArticleUpdate(translation, english: english), locale: translation.locale?.identifier ?? "")
            let sentences = EnglishSentences(ArticleParser.parse(Self.withoutFencedCode(english), path: "en-US/\(translation.slug).md"))
            englishWords += sentences.indices.reduce(0) { $0 + sentences.words(of: $1).count }
        }
        let total = report.total
        let counted = LeverageReport.Category.allCases.reduce(0) { $0 + total[$1].words }
        #expect(total.articles > 5000)
        #expect(total[.exact].words > 0 && total[.new].words > 0 && total[.fuzzy95].words + total[.fuzzy85].words + total[.fuzzy75].words > 0)
        #expect(counted == englishWords)
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
