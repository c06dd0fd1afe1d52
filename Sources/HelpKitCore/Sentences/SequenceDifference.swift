/// Which elements of `old` a diff removes and which of `new` it inserts: the
/// one diff `SentenceAlignment` (sentences) and `WordDifference` (words) use.
///
/// The standard library's `difference(from:)` is Myers' algorithm, whose
/// time grows with the length of both times the number of edits: seven old
/// sentences against a paragraph of 40,000 new ones took 10 s. An element that only one side holds can
/// only be removed or inserted, so for long sequences the diff runs on the
/// elements both hold, which keeps the longest common subsequence and costs
/// one pass for everything else. Short sequences, every real sentence and
/// article, take the plain diff, whose choice among equal answers the
/// alignment's tests were measured with.
package struct SequenceDifference<Element: Hashable> {
    package private(set) var removed: [Bool]
    package private(set) var inserted: [Bool]

    /// Above this many elements on both sides together the diff runs on the shared elements only.
    package static var longSequences: Int { 4_000 }

    package init(old: [Element], new: [Element]) {
        guard old.count + new.count > Self.longSequences else {
            removed = [Bool](repeating: false, count: old.count)
            inserted = [Bool](repeating: false, count: new.count)
            for change in new.difference(from: old) { mark(change, oldIndices: nil, newIndices: nil) }
            return
        }
        let inOld = Set(old)
        let inNew = Set(new)
        removed = old.map { !inNew.contains($0) }
        inserted = new.map { !inOld.contains($0) }
        let oldShared = old.indices.filter { !removed[$0] }
        let newShared = new.indices.filter { !inserted[$0] }
        for change in newShared.map({ new[$0] }).difference(from: oldShared.map { old[$0] }) {
            mark(change, oldIndices: oldShared, newIndices: newShared)
        }
    }

    private mutating func mark(_ change: CollectionDifference<Element>.Change, oldIndices: [Int]?, newIndices: [Int]?) {
        switch change {
        case let .remove(offset, _, _): removed[oldIndices?[offset] ?? offset] = true
        case let .insert(offset, _, _): inserted[newIndices?[offset] ?? offset] = true
        }
    }
}
