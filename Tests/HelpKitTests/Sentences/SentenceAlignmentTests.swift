import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// What `SentenceAlignment` says happened between an old and a new English,
/// one small case for each kind of edit.
@Suite("Sentence alignment")
struct SentenceAlignmentTests {
    static func align(_ old: String, _ new: String) -> SentenceAlignment {
        SentenceAlignment(old: EnglishSentences(markdown: old.utf8), new: EnglishSentences(markdown: new.utf8))
    }

    /// The edits other than `unchanged`.
    static func changes(_ old: String, _ new: String) -> [SentenceAlignment.Edit] {
        align(old, new).edits.filter { if case .unchanged = $0 { false } else { true } }
    }

    @Test("the same English, however the pipeline rendered it, has no edit")
    func unchanged() {
        let alignment = Self.align("Select **Reactivate** . See [Plans](https://docs.microsoft.com/ja-jp/plans).",
                                   "Select **Reactivate**. See [Plans](/en-us/plans).")
        #expect(alignment.edits == [.unchanged(old: 0, new: 0), .unchanged(old: 1, new: 1)])
        #expect(!alignment.hasDrift)
    }

    @Test("a rewritten sentence is changed, old → new, with the share of words kept")
    func changed() throws {
        let edits = Self.changes("Open it. Admins need to switch plans manually. Close it.",
                                 "Open it. Admins must switch plans manually. Close it.")
        #expect(edits.count == 1)
        guard case let .changed(old, new, similarity)? = edits.first else { Issue.record("\(edits)"); return }
        #expect(old == 1 && new == 1)
        #expect(similarity > 0.7 && similarity < 1)
    }

    @Test("a new sentence is added before the sentence that follows it")
    func added() {
        #expect(Self.changes("Open it. Close it.", "Open it. Then wait a minute. Close it.") == [.added(new: 1, before: 1)])
        #expect(Self.changes("Open it.", "Open it. Close it.") == [.added(new: 1, before: 1)])
    }

    @Test("a sentence with nothing like it in the new English is removed, with no nearest")
    func removed() {
        #expect(Self.changes("Open it. Contact your partner. Close it.", "Open it. Close it.") == [.removed(old: 1, nearest: nil)])
    }

    @Test("a removed sentence names the new sentence most like it, so that it is reported as a change")
    func removedNearSomething() {
        let edits = Self.changes("Open the admin center now. Open the admin center today.", "Open the admin center today.")
        #expect(edits == [.removed(old: 0, nearest: 0)])
    }

    @Test("the same sentence elsewhere is moved, not removed and added")
    func moved() {
        let edits = Self.changes("Open it. Check the plan. Close it. Sign out.", "Check the plan. Open it. Close it. Sign out.")
        #expect(edits.count == 1)
        guard case .moved? = edits.first else { Issue.record("\(edits)"); return }
        #expect(!Self.align("Open it. Check the plan. Close it.", "Check the plan. Open it. Close it.").hasDrift)
    }

    @Test("one sentence cut into two with the same words is split; two joined into one is merged")
    func splitAndMerged() {
        #expect(Self.changes("Open the page; select Save.", "Open the page. Select Save.") == [.split(old: 0, new: 0..<2)])
        #expect(Self.align("Open the page; then select Save.", "Open the page. Select Save.").hasDrift)
        #expect(Self.changes("Open the page! Select Save.", "Open the page; select Save.") == [.merged(old: 0..<2, new: 0)])
        #expect(!Self.align("Open the page! Select Save.", "Open the page; select Save.").hasDrift)
    }

    @Test("case and punctuation beside emphasis or a colon are cosmetic; other punctuation and markup are not")
    func cosmetic() {
        #expect(Self.changes("Open the Admin Center.", "Open the admin center.") == [.cosmetic(old: 0, new: 0)])
        #expect(Self.changes("Select **Save.**", "Select **Save**.") == [.cosmetic(old: 0, new: 0)])
        #expect(Self.changes("**Note:** Open it.", "**Note**: Open it.") == [.cosmetic(old: 0, new: 0)])
        #expect(Self.changes("Do the following:", "Do the following.") == [.cosmetic(old: 0, new: 0)])
        #expect(Self.align("Select **Save**.", "Select Save.").hasDrift)
        #expect(Self.align("Wait 24 hours.", "Wait 48 hours.").hasDrift)
    }

    @Test("a huge rewritten text aligns in bounded time")
    func huge() {
        let old = (0..<3000).map { "Old sentence number \($0) here." }.joined(separator: " ")
        let new = (0..<3000).map { "New line \($0) there." }.joined(separator: " ")
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = Self.align(old, new) }
        #expect(elapsed < .seconds(5))
    }
}
