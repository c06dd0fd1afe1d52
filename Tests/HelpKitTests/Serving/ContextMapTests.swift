import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Context map")
struct ContextMapTests {
    /// Two articles sharing context 500, one of them also in 501.
    static func fixture() throws -> FixtureContent {
        let fixture = try FixtureContent()
        try fixture.article("ja-JP", "reset-pin", contexts: ["500", "501"], units: [
            ("PIN をリセットする", "Reset the PIN"),
            ("管理センターで PIN をリセットできます。", "You can reset the PIN in the admin center."),
            ("この操作は元に戻せません。", "This action cannot be undone."),
        ])
        try fixture.article("ja-JP", "remove-pin", contexts: ["500"], units: [
            ("PIN を削除する", "Remove the PIN"),
            ("PIN を削除すると、デバイスのロックが解除されます。", "Removing the PIN unlocks the device."),
            ("この操作は元に戻せません。", "This action cannot be undone."),
        ])
        return fixture
    }

    static func build(_ fixture: FixtureContent) throws -> HelpKitRun {
        try Serving.run(["build", fixture.content, "-o", fixture.folder.path("help.sqlite")], in: fixture.folder.url)
    }

    @Test("the bundled map binds the seed article's three actions to their sentences")
    func bundledMap() throws {
        let library = try HelpLibrary(.content(repositoryRoot.appendingPathComponent("content").path))
        #expect(library.buildDiagnostics.isEmpty, "\(library.buildDiagnostics)")
        #expect(library.actions.map(\.id) == ["remove-passcode", "reset-passcode", "reset-windows-pin"])
        #expect(library.actions.map { String($0.shortHelpSource?.prefix(30) ?? "") } == [
            "You can remove a passcode or f", "For details about supported pl", "You can reset an existing pin ",
        ])
    }

    @Test("a valid map builds, and a unit is found by its English or by a part of it")
    func validMap() throws {
        let fixture = try Self.fixture()
        try fixture.contexts("""
            actions:
              - action: reset
                context: 501
                short-help: "You can reset the PIN in the admin center."
              - action: remove
                article: remove-pin
                short-help: {contains: unlocks the device}
              - action: pick
                context: "500"
            """)
        let run = try Self.build(fixture)
        #expect(run.status == 0, "\(run.errors)")
        let library = try HelpLibrary(.catalog(fixture.folder.path("help.sqlite")))
        let japanese = LocalePreferences(["ja"])
        #expect(try library.shortHelp(action: "remove", preferences: japanese)?.text == "PIN を削除すると、デバイスのロックが解除されます。")
        guard case let .choices(context, topics) = try library.lookup("pick", preferences: japanese) else {
            Issue.record("a shared context should list its topics")
            return
        }
        #expect(context == "500")
        #expect(topics.map(\.slug) == ["remove-pin", "reset-pin"])
        #expect(topics.map(\.title) == ["PIN を削除する", "PIN をリセットする"])
    }

    @Test("each kind of mistake is an error at its line and column, exit 1, and no catalog", arguments: [
        ("unknown article", """
            actions:
              - action: a
                article: no-such-article
            """, "3:14: error: unknown article 'no-such-article': no content/<locale>/no-such-article.md [contexts]"),
        ("unknown context", """
            actions:
              - action: a
                context: 999
            """, "3:14: error: unknown context id '999': no article lists it in ms.custom [contexts]"),
        ("unknown unit", """
            actions:
              - action: a
                article: reset-pin
                short-help: "You can reset the PIN anywhere."
            """, "4:17: error: unknown unit: no English sentence of article 'reset-pin' reads \"You can reset the PIN anywhere.\" [contexts]"),
        ("ambiguous unit", """
            actions:
              - action: a
                context: 500
                short-help: {contains: cannot be undone}
            """, "4:17: error: ambiguous unit: 2 units of the 2 articles of the context match; name the article or quote more of the sentence [contexts]"),
        ("duplicate action", """
            actions:
              - action: a
                context: 500
              - action: a
                context: 501
            """, "4:13: error: duplicate action id 'a' (first bound at line 2); each action has one topic [contexts]"),
        ("malformed entry", """
            actions:
              - action: a
                contxt: 500
            """, "3:5: error: malformed entry: unknown key 'contxt' (did you mean 'context'?); expected action, context, article, short-help [contexts]"),
        ("entry without a topic", """
            actions:
              - action: a
            """, "2:5: error: malformed entry: action 'a' needs a context or an article [contexts]"),
        ("entry that is not a mapping", """
            actions:
              - just-a-name
            """, "2:5: error: malformed entry: expected a mapping such as {action: ID, context: ID} [contexts]"),
        ("invalid YAML", """
            actions:
              - action: [a
            """, // The end of the file, where the `]` is missing: libyaml's line after it is not in the file.
            "2:15: error: not valid YAML: while parsing a flow sequence did not find expected ',' or ']' [contexts]"),
    ])
    func mistakes(kind: String, yaml: String, expected: String) throws {
        let fixture = try Self.fixture()
        try fixture.contexts(yaml)
        let run = try Self.build(fixture)
        #expect(run.status == 1, "\(kind)")
        #expect(run.errors.contains("\(fixture.content)/contexts.yml:\(expected)"), "\(kind): \(run.errors)")
        #expect(run.errors.contains("no catalog written"))
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.path("help.sqlite")), "\(kind)")
    }

    @Test("a failed build leaves the previous catalog in place")
    func failedBuildKeepsOldCatalog() throws {
        let fixture = try Self.fixture()
        try fixture.contexts("actions:\n  - action: a\n    context: 500\n")
        #expect(try Self.build(fixture).status == 0)
        let before = try Data(contentsOf: fixture.folder.url.appendingPathComponent("help.sqlite"))
        try fixture.contexts("actions:\n  - action: a\n    context: 404\n")
        #expect(try Self.build(fixture).status == 1)
        #expect(try Data(contentsOf: fixture.folder.url.appendingPathComponent("help.sqlite")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.url.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test("help on a content folder reports a broken map and still serves the entries that hold")
    func helpWithBrokenMap() throws {
        let fixture = try Self.fixture()
        try fixture.contexts("actions:\n  - action: good\n    article: reset-pin\n  - action: bad\n    article: gone\n")
        let good = try Serving.run(["help", "good", "--content", fixture.content, "--locale", "ja"], in: fixture.folder.url)
        #expect(good.status == 0)
        #expect(good.text.contains("管理センターで PIN をリセットできます。"))
        #expect(good.errors.contains("contexts.yml:5:14: error: unknown article 'gone'"))
        let bad = try Serving.run(["help", "bad", "--content", fixture.content], in: fixture.folder.url)
        #expect(bad.status == 1)
    }
}
