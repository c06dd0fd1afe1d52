import HelpKitCore
import Testing

/// The diff behind sentence alignment and word differences, on sequences
/// long enough to take the shared-elements path.
@Suite("SequenceDifference")
struct SequenceDifferenceTests {
    /// How many elements a diff keeps: the length of the common subsequence it found.
    static func kept<Element>(_ difference: SequenceDifference<Element>) -> Int {
        difference.removed.filter { !$0 }.count
    }

    @Test("a long run of new elements is all inserted, and the old ones it holds are kept")
    func longInsertion() {
        let old = [1, 2, 3, 4, 5, 6, 7]
        let new = Array(100...250_000) + [2, 4, 6]
        let difference = SequenceDifference(old: old, new: new)
        #expect(difference.removed == [true, false, true, false, true, false, true])
        #expect(difference.inserted.filter { !$0 }.count == 3)
        #expect(difference.inserted.suffix(3) == [false, false, false])
    }

    @Test("on long sequences it keeps as many elements as the plain diff would")
    func sameLength() {
        var generator = SystemRandomNumberGenerator()
        let old = (0..<3_000).map { _ in Int.random(in: 0..<3_000, using: &generator) }
        var new = old.filter { _ in Bool.random(using: &generator) }
        new.insert(contentsOf: (0..<800).map { _ in Int.random(in: 0..<6_000, using: &generator) }, at: new.count / 2)
        #expect(old.count + new.count > SequenceDifference<Int>.longSequences)
        let plain = new.difference(from: old).removals.count
        let shared = SequenceDifference(old: old, new: new)
        #expect(old.count - Self.kept(shared) == plain)
        // What it keeps is a common subsequence: the kept elements read the same on both sides.
        let keptOld = old.indices.filter { !shared.removed[$0] }.map { old[$0] }
        let keptNew = new.indices.filter { !shared.inserted[$0] }.map { new[$0] }
        #expect(keptOld == keptNew)
    }
}
