import Testing
import HelpKitCore

@Suite("Word differences between two versions of a sentence")
struct WordDifferenceTests {
    /// The text with changed runs in brackets.
    static func marked(_ runs: [WordDifference.Run]) -> String {
        runs.map { $0.isChanged ? "[\($0.text)]" : $0.text }.joined()
    }

    @Test("the words that went and came are marked, the rest is kept as written", arguments: [
        ("Admins need to switch plans manually.", "Admins must change plans manually in the admin center.",
         "Admins [need to switch] plans manually.", "Admins [must change] plans manually [in the admin center].")
            as (String, String, String, String),
        ("Open the page.", "Open the Settings page.", "Open the page.", "Open the [Settings] page."),
        ("Select **Save**.", "Select **Save** now.", "Select **Save**.", "Select **Save** [now]."),
        ("same", "same", "same", "same"),
        ("", "New text.", "", "[New text.]"),
    ])
    func marks(old: String, new: String, markedOld: String, markedNew: String) {
        let difference = WordDifference(old: old, new: new)
        #expect(Self.marked(difference.old) == markedOld)
        #expect(Self.marked(difference.new) == markedNew)
        #expect(difference.old.map(\.text).joined() == old)
        #expect(difference.new.map(\.text).joined() == new)
    }

    @Test("a changed link target leaves the link text unmarked")
    func linkTarget() {
        let difference = WordDifference(old: "Use the [Wizard](https://portal.example.com/a).",
                                        new: "Use the [Wizard](https://admin.example.com/a).")
        #expect(Self.marked(difference.old) == "Use the [Wizard](https://[portal].example.com/a).")
        #expect(Self.marked(difference.new) == "Use the [Wizard](https://[admin].example.com/a).")
    }
}
