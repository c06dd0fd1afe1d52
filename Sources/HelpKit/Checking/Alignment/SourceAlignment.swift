/// How a translation's English lines up with the reference's, sentence by
/// sentence, by content alone: never by unit id or hash, which are positional
/// and revision-bound (FORMAT.md).
///
/// The sentences of both sides are diffed (Myers, through the standard
/// library's `difference(from:)`); each run of differing sentences is a hunk.
struct SourceAlignment {
    /// A run of sentences that differ: `old` in the translation's English,
    /// `new` in the reference's. One side may be empty.
    struct Hunk: Equatable {
        var old: Range<Int>
        var new: Range<Int>
    }

    let translation: EnglishSentences
    let reference: EnglishSentences
    let hunks: [Hunk]

    init(translation: EnglishSentences, reference: EnglishSentences) {
        self.translation = translation
        self.reference = reference
        let old = translation.keys
        let new = reference.keys
        hunks = old == new ? [] : Self.hunks(old: old, new: new)
    }

    /// True when every sentence matches.
    var isIdentical: Bool { hunks.isEmpty }

    /// Changed sentences: hunks with text on both sides.
    var changes: [Hunk] { hunks.filter { !$0.old.isEmpty && !$0.new.isEmpty } }
    /// Sentences only the reference has.
    var additions: [Hunk] { hunks.filter { $0.old.isEmpty } }
    /// Sentences only the translation's English has.
    var removals: [Hunk] { hunks.filter { $0.new.isEmpty } }

    private static func hunks(old: [UInt64], new: [UInt64]) -> [Hunk] {
        var removed = [Bool](repeating: false, count: old.count)
        var inserted = [Bool](repeating: false, count: new.count)
        for change in new.difference(from: old) {
            switch change {
            case let .remove(offset, _, _): removed[offset] = true
            case let .insert(offset, _, _): inserted[offset] = true
            }
        }
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
                // Both sides stand on the same kept sentence.
                oldIndex += 1
                newIndex += 1
            }
        }
        return hunks
    }
}

extension SourceAlignment {
    /// One sentence of a hunk: a rewritten sentence (old and new), one the
    /// reference dropped, or one it added.
    enum Step: Equatable {
        case rewritten(old: Int, new: Int)
        case dropped(old: Int)
        case added(new: Int, before: Int)
    }

    /// The sentences of `hunk` paired by likeness (shared words), in order, so
    /// that "X is now Y" names a sentence and its own rewrite, not its neighbour's.
    func steps(in hunk: Hunk) -> [Step] {
        let old = Array(hunk.old)
        let new = Array(hunk.new)
        guard old.count * new.count <= 40_000 else {
            return (0..<max(old.count, new.count)).map { step in
                step >= new.count ? .dropped(old: old[step])
                    : step >= old.count ? .added(new: new[step], before: hunk.old.upperBound) : .rewritten(old: old[step], new: new[step])
            }
        }
        let oldWords = old.map { Set(translation.words(of: $0)) }
        let newWords = new.map { Set(reference.words(of: $0)) }
        // best[i][j]: the most likeness pairing old[i...] with new[j...] can give.
        var best = Array(repeating: Array(repeating: 0.0, count: new.count + 1), count: old.count + 1)
        func likeness(_ i: Int, _ j: Int) -> Double {
            let total = oldWords[i].count + newWords[j].count
            guard total > 0 else { return 0 }
            let score = 2 * Double(oldWords[i].intersection(newWords[j]).count) / Double(total)
            return score >= 0.3 ? score : 0
        }
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                let paired = likeness(i, j)
                best[i][j] = max(best[i + 1][j], best[i][j + 1], paired > 0 ? paired + best[i + 1][j + 1] : 0)
            }
        }
        var steps: [Step] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, likeness(i, j) > 0, best[i][j] == likeness(i, j) + best[i + 1][j + 1] {
                steps.append(.rewritten(old: old[i], new: new[j]))
                i += 1
                j += 1
            } else if i < old.count, j == new.count || best[i][j] == best[i + 1][j] {
                steps.append(.dropped(old: old[i]))
                i += 1
            } else {
                steps.append(.added(new: new[j], before: i < old.count ? old[i] : hunk.old.upperBound))
                j += 1
            }
        }
        return steps
    }
}

extension EnglishSentences {
    /// The lower-case words of sentence `index`, for likeness.
    func words(of index: Int) -> [Substring] {
        normalizedText(of: index).lowercased().split { !$0.isLetter && !$0.isNumber }
    }
}
