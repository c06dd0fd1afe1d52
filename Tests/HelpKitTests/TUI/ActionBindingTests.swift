import HelpKit
@testable import HelpKitTerminal
import Testing

@Suite("Actions read from contexts.yml")
struct ActionBindingTests {
    @Test("a list of entries, a mapping by action id, and bare scalars all give bindings in file order")
    func forms() throws {
        let folder = try TemporaryFolder()
        try folder.write("list/contexts.yml", """
            actions:
              - action: reset-passcode
                context: "1278"
                unit: d55fa-103
              - action: reset-pin
                article: device-pin-password-reset-from-intune
              - action: no-target
            """)
        try folder.write("mapping/contexts.yml", "remove-passcode: 1278\nopen-guide: getting-started\n")
        #expect(ActionBinding.load(from: [folder.path("list")]) == [
            ActionBinding(action: "reset-passcode", target: .context("1278"), shortHelpUnit: 103),
            ActionBinding(action: "reset-pin", target: .article("device-pin-password-reset-from-intune")),
        ])
        #expect(ActionBinding.load(from: [folder.path("missing"), folder.path("mapping")]) == [
            ActionBinding(action: "remove-passcode", target: .context("1278")),
            ActionBinding(action: "open-guide", target: .article("getting-started")),
        ])
    }

    @Test("a contexts.yml that is not YAML gives no actions, and the articles are still listed")
    func broken() throws {
        let folder = try TemporaryFolder()
        try folder.write("contexts.yml", "actions: [unclosed\n")
        try folder.write("ja-JP/a.md", sxsArticle(body: sxsUnit("aaaaa-102", target: "本文", source: "Body")))
        let content = DirectContent(paths: [folder.url.path])
        #expect(content.items == [TUIItem(kind: .article, id: "a")])
    }
}
