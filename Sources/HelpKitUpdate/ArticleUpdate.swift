import HelpKitCore

/// A localized article carried over to a new English: the new English's
/// blocks and sentences, each unit keeping the translation of the sentence
/// it was, as `SentenceAlignment` pairs them.
///
/// - unchanged, moved, split, merged or cosmetic: the old translation, with
///   the new English in its `sxs-lookup` span;
/// - changed, with at least `threshold` of its words kept: the old
///   translation and the **old** English, so that `helpkit check` reports it
///   as `source-drift` (old → new) and `helpkit export --only needs-work`
///   sends it to translators;
/// - new, or changed beyond that: the English as its translation, so readers
///   see English and not a gap. The front matter lists these units under
///   `helpkit.untranslated`, so that `untranslated` reports each of them, a
///   title or a one-word label too, until a translation replaces the English.
///
/// A translation can only be carried whole: when an old unit held several
/// sentences and only some of them map onto one run of new sentences, its
/// sentences are written as new.
public struct ArticleUpdate: Sendable {
    /// The updated article's bytes, or nil when its English did not change.
    public let bytes: [UInt8]?
    /// Each new English sentence, what became of it, with its words.
    public let sentences: [SentenceOutcome]

    /// What an updated article says about one sentence of the new English.
    public struct SentenceOutcome: Sendable, Hashable {
        public enum Match: Sendable, Hashable {
            /// The same sentence (also moved, split, merged or cosmetic).
            case exact
            /// Changed, with this share of its words kept (0…1).
            case fuzzy(Double)
            /// Nothing to carry: new, or changed beyond the threshold.
            case new
        }

        public var match: Match
        public var words: Int
        /// The sentence normalized: equal for repetitions.
        public var key: String
    }

    /// - Parameters:
    ///   - article: the localized article as it is.
    ///   - english: the new English article.
    ///   - threshold: the share of words (0…1) a changed sentence must keep
    ///     for its old translation to be kept.
    public init(_ article: Article, english: NewEnglish, threshold: Double = 0.75) {
        self.init(article, english: english, threshold: threshold, prefix: article.units.first?.id.prefix, always: false,
                  translate: { $0 })
    }

    /// `english` is the new English article's bytes, front matter and body.
    public init(_ article: Article, english: [UInt8], threshold: Double = 0.75) {
        self.init(article, english: NewEnglish(english, path: "en-US/\(article.slug).md"), threshold: threshold)
    }

    /// A new article for `locale`, which lacks one: the English article's
    /// front matter with `ms.contentlocale`, and every sentence a new unit
    /// whose translation `translate` makes of its raw English (the English
    /// itself unless told otherwise; a pseudo-locale's accented English).
    public init(missingIn locale: LocaleTag, english: NewEnglish, path: String,
                translate: @escaping ([UInt8]) -> [UInt8] = { $0 }) {
        // The new line ends as the line before it does: an English saved on Windows stays CRLF throughout.
        let endsInCRLF = english.closingFence.map { $0 >= 2 && english.header[$0 - 2] == .carriageReturn } ?? false
        let line = Array("ms.contentlocale: \(locale.identifier)\(endsInCRLF ? "\r\n" : "\n")".utf8)
        var header = english.header
        if let fence = english.closingFence {
            header.insert(contentsOf: line, at: fence)
        } else {
            header = Array("---\n".utf8) + line + Array("---\n".utf8)
        }
        let article = ArticleParser.parse(header + english.writer.body, path: path)
        let prefix = String(StableHash.hex(of: path).prefix(5))
        self.init(article, english: english, threshold: 1, prefix: prefix, always: true, translate: translate)
    }

    private init(_ article: Article, english: NewEnglish, threshold: Double, prefix: String?, always: Bool,
                 translate: @escaping ([UInt8]) -> [UInt8]) {
        let writer = english.writer
        let old = EnglishSentences(article)
        let alignment = SentenceAlignment(old: old, new: writer.sentences)
        var planner = UnitPlanner(article: article, old: old, writer: writer, alignment: alignment, threshold: threshold,
                                  translate: translate)
        let units = planner.units()
        sentences = planner.outcomes
        guard always || alignment.edits.contains(where: { if case .unchanged = $0 { false } else { true } }) else {
            bytes = nil
            return
        }
        let firstNumber = article.units.first { $0.location.offset >= article.bodyOffset }?.id.number ?? 102
        let printed = article.printed()
        let (body, standIns) = writer.write(units, prefix: prefix ?? "00000", firstNumber: firstNumber)
        let header = StandInList.header(Array(printed[..<article.bodyOffset]), of: article, listing: standIns)
        let updated = header + body
        // A second run over its own output changes nothing.
        bytes = always || updated != printed ? updated : nil
    }

    /// The first error the article would have if written to `path`: an
    /// update is never written unless it reads back cleanly. Nil when it
    /// writes nothing.
    public func readBackError(at path: String) -> Diagnostic? {
        bytes.flatMap { ArticleParser.parse($0, path: path).diagnostics.errors.first }
    }
}

/// The English every translation of an article is carried to: parsed and cut
/// into sentences once, however many locales it updates.
public struct NewEnglish: Sendable {
    /// What the parser found wrong with the English; an error means no article is updated from it.
    public let diagnostics: [Diagnostic]
    /// The errors among `diagnostics`: why no article can be updated from this English.
    public var errors: [Diagnostic] { diagnostics.errors }
    /// The front matter, up to where the body starts.
    let header: [UInt8]
    /// Where the line that closes the front matter starts in `header`.
    let closingFence: Int?
    let writer: SxsWriter

    public init(_ bytes: [UInt8], path: String) {
        let article = ArticleParser.parse(bytes, path: path)
        let bodyStart = min(article.bodyOffset, bytes.count)
        // Units in the English mean a translation was given for it: its spans would be cut into sentences as text.
        let isTranslation = article.units.first.map { unit in
            Diagnostic(path: path, location: unit.location, severity: .error,
                       message: "this is an sxs translation, not plain English; give the English as helpkit source writes it",
                       code: .update)
        }
        diagnostics = article.diagnostics + (isTranslation.map { [$0] } ?? [])
        header = Array(bytes[..<bodyStart])
        closingFence = article.frontMatter?.range.upperBound
        writer = SxsWriter(body: Array(bytes[bodyStart...]))
    }
}

/// Decides the units of an updated article, sentence by sentence.
private struct UnitPlanner {
    let article: Article
    let old: EnglishSentences
    let writer: SxsWriter
    let alignment: SentenceAlignment
    let threshold: Double
    /// The translation of a sentence nothing was carried to.
    let translate: ([UInt8]) -> [UInt8]
    private(set) var outcomes: [ArticleUpdate.SentenceOutcome] = []
    /// For each new sentence, the old sentences it comes from and how.
    private var sources: [Int: (olds: [Int], match: ArticleUpdate.SentenceOutcome.Match)] = [:]
    /// The old unit each old sentence overlaps, and the sentences of each old unit.
    private let unitOfOld: [Int?]
    private let sentencesOfUnit: [Int: Set<Int>]
    /// The old units whose English a previous update put in as their translation.
    private let standIns: Set<String>

    init(article: Article, old: EnglishSentences, writer: SxsWriter, alignment: SentenceAlignment, threshold: Double,
         translate: @escaping ([UInt8]) -> [UInt8]) {
        self.translate = translate
        self.article = article
        self.old = old
        self.writer = writer
        self.alignment = alignment
        self.threshold = threshold
        standIns = article.frontMatter?.untranslatedUnits ?? []
        unitOfOld = old.indices.map { old.units(overlapping: $0).first }
        var sentencesOfUnit: [Int: Set<Int>] = [:]
        for (sentence, unit) in unitOfOld.enumerated() {
            if let unit { sentencesOfUnit[unit, default: []].insert(sentence) }
        }
        self.sentencesOfUnit = sentencesOfUnit
        for edit in alignment.edits {
            switch edit {
            case let .unchanged(from, to), let .cosmetic(from, to), let .moved(from, to):
                sources[to] = ([from], .exact)
            case let .split(from, to):
                for index in to { sources[index] = ([from], .exact) }
            case let .merged(from, to):
                sources[to] = (Array(from), .exact)
            case let .changed(from, to, similarity):
                sources[to] = similarity >= threshold ? ([from], .fuzzy(similarity)) : ([], .new)
            case .added, .removed:
                break
            }
        }
    }

    mutating func units() -> [SxsWriter.Unit] {
        let translatable = writer.translatable
        var units: [SxsWriter.Unit] = []
        var position = 0
        while position < translatable.count {
            let sentence = translatable[position]
            let carriedUnit = carried(from: position, in: translatable)
            let english = writer.unitText(of: sentence..<sentence + 1)
            let (run, unit) = carriedUnit ?? {
                let target = translate(english)
                return (1, SxsWriter.Unit(sentences: sentence..<sentence + 1, source: english, target: target, isStandIn: target == english))
            }()
            for index in translatable[position..<position + run] {
                let match = carriedUnit == nil ? .new : sources[index]?.match ?? .new
                outcomes.append(ArticleUpdate.SentenceOutcome(match: match, words: writer.sentences.words(of: index).count,
                                                              key: writer.sentences.normalizedText(of: index)))
            }
            units.append(unit)
            position += run
        }
        return units
    }

    /// The unit that carries an old translation over new sentences starting at
    /// `position`, and how many sentences it covers; nil when none can.
    private func carried(from position: Int, in translatable: [Int]) -> (Int, SxsWriter.Unit)? {
        let first = translatable[position]
        guard let (olds, match) = sources[first], let oldUnit = olds.first.flatMap({ unitOfOld[$0] }) else { return nil }
        let unit = article.units[oldUnit]
        // English a previous update stood in with is no translation to carry: the sentence is new again.
        guard !(standIns.contains(unit.id.description) && unit.rawTarget == unit.rawSource) else { return nil }
        let unitSentences = sentencesOfUnit[oldUnit] ?? []
        // The new sentences, from `first` on, that come from this old unit alone.
        var run = 0
        var covered: Set<Int> = []
        while position + run < translatable.count, let next = sources[translatable[position + run]],
              !next.olds.isEmpty, next.olds.allSatisfy({ unitOfOld[$0] == oldUnit }) {
            covered.formUnion(next.olds)
            run += 1
        }
        // The run must be consecutive sentences, and account for all of the old unit.
        let range = first..<translatable[position + run - 1] + 1
        guard covered == unitSentences, range.count == run else { return nil }
        if case .fuzzy = match {
            guard run == 1 else { return nil }
            return (1, SxsWriter.Unit(sentences: range, source: Array(unit.rawSource), target: Array(unit.rawTarget)))
        }
        let target = Array(unit.rawTarget)
        let source = SxsWriter.holdsLink(target) ? writer.text(of: range) : writer.unitText(of: range)
        return (run, SxsWriter.Unit(sentences: range, source: source, target: target))
    }
}
