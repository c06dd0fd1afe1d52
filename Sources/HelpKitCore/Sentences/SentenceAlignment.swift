/// How an old English lines up with a new one, sentence by sentence, by
/// content alone: never by unit id or hash, which are positional and
/// revision-bound (FORMAT.md).
///
/// The keys of both sides are diffed (Myers, through the standard library's
/// `difference(from:)`). What the diff calls removed and inserted is then
/// told apart by what really happened: the same sentence elsewhere is
/// *moved*; one sentence cut into several, or several joined, with the same
/// words is *split* or *merged*; the same sentence in other case or with
/// emphasis and colons moved is *cosmetic*; a sentence paired with its
/// rewrite by shared words is *changed*; the rest is *added* or *removed*.
/// Only changed, added and removed sentences need a translator.
package struct SentenceAlignment: Sendable {
    package enum Edit: Equatable, Sendable {
        case unchanged(old: Int, new: Int)
        /// Only case, emphasis delimiters or colons differ.
        case cosmetic(old: Int, new: Int)
        /// The same sentence at another place.
        case moved(old: Int, new: Int)
        /// One old sentence is now these new sentences, with the same words.
        case split(old: Int, new: Range<Int>)
        /// These old sentences are now one new sentence, with the same words.
        case merged(old: Range<Int>, new: Int)
        /// The wording changed; `similarity` is the share of words kept (0…1).
        case changed(old: Int, new: Int, similarity: Double)
        /// Only the new English has it; it belongs before old sentence `before`
        /// (`old.count` at the end).
        case added(new: Int, before: Int)
        /// Only the old English has it; `nearest` is the new sentence most
        /// like it, when one is alike enough to call it a change.
        case removed(old: Int, nearest: Int?)

        /// Whether a translator has work: the wording changed, or a sentence came or went.
        package var needsTranslation: Bool {
            switch self {
            case .changed, .added, .removed: true
            case .unchanged, .cosmetic, .moved, .split, .merged: false
            }
        }
    }

    package let old: EnglishSentences
    package let new: EnglishSentences
    /// Every sentence of both sides once, in the new English's order; removed
    /// sentences stand where they stood among their neighbours.
    package let edits: [Edit]

    /// Likeness from which two sentences of one hunk count as a rewrite of each other.
    static let pairingLikeness = 0.3
    /// Likeness from which a removed sentence is reported as changed into another.
    static let nearLikeness = 0.6

    package init(old: EnglishSentences, new: EnglishSentences) {
        self.old = old
        self.new = new
        var builder = EditBuilder(old: old, new: new)
        edits = builder.edits()
    }

    /// The edits a translator must act on.
    package var drift: [Edit] { edits.filter(\.needsTranslation) }

    /// Whether the two texts need no translation change at all.
    package var hasDrift: Bool { edits.contains(where: \.needsTranslation) }

    /// The share of words two sentences have in common (Dice), 0…1.
    package static func likeness(_ old: Set<Substring>, _ new: Set<Substring>) -> Double {
        let total = old.count + new.count
        return total == 0 ? 1 : 2 * Double(old.intersection(new).count) / Double(total)
    }
}

/// Builds a `SentenceAlignment`'s edits: the diff, then each pass that
/// explains removed and inserted sentences, from the surest to the loosest.
private struct EditBuilder {
    let old: EnglishSentences
    let new: EnglishSentences
    /// The new sentence each old one is accounted for by, once known.
    private var oldDone: [Bool]
    private var newDone: [Bool]
    private var found: [(anchor: Int, edit: SentenceAlignment.Edit)] = []
    /// For an old sentence paired inside its hunk (cosmetic, changed, split,
    /// merged): the new position it went to.
    private var pairedAt: [Int?]
    /// Word comparisons `nearest` may still make: bounded, so that a huge
    /// rewritten file costs linear time.
    private var nearestBudget = 500_000
    private lazy var oldWords = old.indices.map { old.words(of: $0) }
    private lazy var newWords = new.indices.map { new.words(of: $0) }
    private lazy var oldWordSets = oldWords.map { Set($0) }
    private lazy var newWordSets = newWords.map { Set($0) }

    init(old: EnglishSentences, new: EnglishSentences) {
        self.old = old
        self.new = new
        oldDone = Array(repeating: false, count: old.count)
        newDone = Array(repeating: false, count: new.count)
        pairedAt = Array(repeating: nil, count: old.count)
    }

    /// A run of sentences the diff could not keep: `old` removed, `new` inserted.
    private struct Hunk {
        var old: Range<Int>
        var new: Range<Int>
    }

    mutating func edits() -> [SentenceAlignment.Edit] {
        let oldKeys = old.keys
        let newKeys = new.keys
        if oldKeys == newKeys { return old.indices.map { .unchanged(old: $0, new: $0) } }
        let (kept, hunks) = Self.diff(old: oldKeys, new: newKeys)
        for (oldIndex, newIndex) in kept { record(.unchanged(old: oldIndex, new: newIndex)) }
        pairMoved(hunks)
        for hunk in hunks where hunk.old.count * hunk.new.count <= 40_000 {
            pairCosmetic(hunk)
            pairSplits(hunk)
            pairRewrites(hunk)
        }
        finish(hunks)
        return found.enumerated().sorted { ($0.element.anchor, $0.offset) < ($1.element.anchor, $1.offset) }.map(\.element.edit)
    }

    private static func diff(old: [UInt64], new: [UInt64]) -> (kept: [(Int, Int)], hunks: [Hunk]) {
        let difference = SequenceDifference(old: old, new: new)
        let (removed, inserted) = (difference.removed, difference.inserted)
        var kept: [(Int, Int)] = []
        var hunks: [Hunk] = []
        var oldIndex = 0
        var newIndex = 0
        while oldIndex < old.count || newIndex < new.count {
            let oldStart = oldIndex
            let newStart = newIndex
            while oldIndex < old.count, removed[oldIndex] { oldIndex += 1 }
            while newIndex < new.count, inserted[newIndex] { newIndex += 1 }
            if oldIndex > oldStart || newIndex > newStart {
                hunks.append(Hunk(old: oldStart..<oldIndex, new: newStart..<newIndex))
            } else {
                kept.append((oldIndex, newIndex))
                oldIndex += 1
                newIndex += 1
            }
        }
        return (kept, hunks)
    }

    private mutating func record(_ edit: SentenceAlignment.Edit, anchor: Int? = nil) {
        switch edit {
        case let .unchanged(oldIndex, newIndex), let .moved(oldIndex, newIndex):
            oldDone[oldIndex] = true
            newDone[newIndex] = true
        case let .cosmetic(oldIndex, newIndex), let .changed(oldIndex, newIndex, _):
            oldDone[oldIndex] = true
            newDone[newIndex] = true
            pairedAt[oldIndex] = newIndex
        case let .split(oldIndex, newRange):
            oldDone[oldIndex] = true
            for index in newRange { newDone[index] = true }
            pairedAt[oldIndex] = newRange.lowerBound
        case let .merged(oldRange, newIndex):
            for index in oldRange {
                oldDone[index] = true
                pairedAt[index] = newIndex
            }
            newDone[newIndex] = true
        case let .added(newIndex, _):
            newDone[newIndex] = true
        case let .removed(oldIndex, _):
            oldDone[oldIndex] = true
        }
        found.append((anchor ?? Self.newPosition(of: edit) ?? 0, edit))
    }

    private static func newPosition(of edit: SentenceAlignment.Edit) -> Int? {
        switch edit {
        case let .unchanged(_, new), let .cosmetic(_, new), let .moved(_, new), let .changed(_, new, _),
             let .merged(_, new), let .added(new, _): new
        case let .split(_, new): new.lowerBound
        case .removed: nil
        }
    }

    /// A removed sentence whose key the diff inserted elsewhere.
    private mutating func pairMoved(_ hunks: [Hunk]) {
        var inserted: [UInt64: [Int]] = [:]
        for hunk in hunks {
            for index in hunk.new.reversed() { inserted[new.key(of: index), default: []].append(index) }
        }
        for hunk in hunks {
            for index in hunk.old {
                guard let target = inserted[old.key(of: index)]?.popLast() else { continue }
                record(.moved(old: index, new: target))
            }
        }
    }

    private mutating func pairCosmetic(_ hunk: Hunk) {
        var byKey: [String: [Int]] = [:]
        for index in hunk.new.reversed() where !newDone[index] { byKey[new.cosmeticKey(of: index), default: []].append(index) }
        guard !byKey.isEmpty else { return }
        for index in hunk.old where !oldDone[index] {
            guard let target = byKey[old.cosmeticKey(of: index)]?.popLast() else { continue }
            record(.cosmetic(old: index, new: target))
        }
    }

    /// One old sentence whose words are those of a run of new ones, or the other way round.
    private mutating func pairSplits(_ hunk: Hunk) {
        for oldIndex in hunk.old where !oldDone[oldIndex] {
            if let run = run(in: hunk.new, isDone: newDone, words: newWords, matching: oldWords[oldIndex]) {
                record(.split(old: oldIndex, new: run))
            }
        }
        for newIndex in hunk.new where !newDone[newIndex] {
            if let run = run(in: hunk.old, isDone: oldDone, words: oldWords, matching: newWords[newIndex]) {
                record(.merged(old: run, new: newIndex))
            }
        }
    }

    /// Two or more consecutive sentences of `range`, none accounted for, whose words joined are `target`.
    private func run(in range: Range<Int>, isDone: [Bool], words: [[Substring]], matching target: [Substring]) -> Range<Int>? {
        guard !target.isEmpty else { return nil }
        for start in range where !isDone[start] && target.starts(with: words[start]) {
            var matched = words[start].count
            var end = start + 1
            while end < range.upperBound, !isDone[end], matched < target.count,
                  target[matched...].starts(with: words[end]), !words[end].isEmpty {
                matched += words[end].count
                end += 1
            }
            if matched == target.count, end - start >= 2 { return start..<end }
        }
        return nil
    }

    /// The sentences left in a hunk, paired with their rewrites by likeness,
    /// in order: the pairing with the most likeness in all (a small dynamic
    /// programme), so that "X is now Y" names a sentence and its own rewrite.
    private mutating func pairRewrites(_ hunk: Hunk) {
        let olds = hunk.old.filter { !oldDone[$0] }
        let news = hunk.new.filter { !newDone[$0] }
        guard !olds.isEmpty, !news.isEmpty else { return }
        let oldSets = olds.map { oldWordSets[$0] }
        let newSets = news.map { newWordSets[$0] }
        func likeness(_ i: Int, _ j: Int) -> Double {
            let score = SentenceAlignment.likeness(oldSets[i], newSets[j])
            return score >= SentenceAlignment.pairingLikeness ? score : 0
        }
        var best = Array(repeating: Array(repeating: 0.0, count: news.count + 1), count: olds.count + 1)
        for i in stride(from: olds.count - 1, through: 0, by: -1) {
            for j in stride(from: news.count - 1, through: 0, by: -1) {
                let paired = likeness(i, j)
                best[i][j] = max(best[i + 1][j], best[i][j + 1], paired > 0 ? paired + best[i + 1][j + 1] : 0)
            }
        }
        var i = 0
        var j = 0
        while i < olds.count, j < news.count {
            let paired = likeness(i, j)
            if paired > 0, best[i][j] == paired + best[i + 1][j + 1] {
                record(.changed(old: olds[i], new: news[j], similarity: paired))
                i += 1
                j += 1
            } else if best[i][j] == best[i + 1][j] {
                i += 1
            } else {
                j += 1
            }
        }
    }

    /// A sentence removed in one hunk and its rewrite added in another: moved
    /// and changed. Paired most alike first, from `nearLikeness` up.
    private mutating func pairDistantRewrites(_ hunks: [Hunk]) {
        let olds = hunks.flatMap { $0.old.filter { !oldDone[$0] } }
        let news = hunks.flatMap { $0.new.filter { !newDone[$0] } }
        guard !olds.isEmpty, !news.isEmpty, olds.count * news.count <= 40_000 else { return }
        var pairs: [(score: Double, old: Int, new: Int)] = []
        for oldIndex in olds {
            let words = oldWordSets[oldIndex]
            for newIndex in news {
                let score = SentenceAlignment.likeness(words, newWordSets[newIndex])
                if score >= SentenceAlignment.nearLikeness { pairs.append((score, oldIndex, newIndex)) }
            }
        }
        for pair in pairs.sorted(by: { ($0.score, $1.old, $1.new) > ($1.score, $0.old, $0.new) })
        where !oldDone[pair.old] && !newDone[pair.new] {
            record(.changed(old: pair.old, new: pair.new, similarity: pair.score))
        }
    }

    /// What is left is added or removed; a removed sentence names the new
    /// sentence most like it, so that its message can say "changed".
    private mutating func finish(_ hunks: [Hunk]) {
        pairDistantRewrites(hunks)
        for hunk in hunks {
            for index in hunk.old where !oldDone[index] {
                record(.removed(old: index, nearest: nearest(to: index)), anchor: hunk.new.lowerBound)
            }
            for index in hunk.new where !newDone[index] {
                record(.added(new: index, before: gap(before: index, in: hunk)))
            }
        }
    }

    private mutating func nearest(to index: Int) -> Int? {
        guard nearestBudget >= new.count else { return nil }
        nearestBudget -= new.count
        let words = oldWordSets[index]
        var best: (index: Int, score: Double)?
        for candidate in new.indices {
            let score = SentenceAlignment.likeness(words, newWordSets[candidate])
            if score >= SentenceAlignment.nearLikeness, score > best?.score ?? 0 { best = (candidate, score) }
        }
        return best?.index
    }

    /// The old sentence a new one belongs before: the first of the hunk that
    /// went to a later new sentence, else the one after the hunk.
    private func gap(before newIndex: Int, in hunk: Hunk) -> Int {
        guard hunk.old.count * hunk.new.count <= 40_000 else { return hunk.old.upperBound }
        return hunk.old.first { pairedAt[$0].map { $0 > newIndex } ?? false } ?? hunk.old.upperBound
    }
}
