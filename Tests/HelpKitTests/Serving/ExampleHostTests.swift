import Foundation
import HelpKitTestSupport
import Testing

@Suite("The example host CLI")
struct ExampleHostTests {
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> HelpKitRun {
        try HelpKitBinary.run(arguments, environment: Serving.clearedLocale.merging(environment) { $1 },
                              executable: "helpkit-example-host")
    }

    @Test("--help-topic shows the action's topic in the user's language")
    func helpTopic() throws {
        let run = try Self.run(["reset-passcode", "--help-topic", "--locale", "ja"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.text.contains("Intune からデバイスの PIN /パスワードをリセットする"))
        let german = try Self.run(["reset-windows-pin", "--help-topic"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(german.text.contains("Shown in English: no German translation."))
    }

    @Test("with no action it lists each action with its one-line help")
    func listsActions() throws {
        let run = try Self.run([], environment: ["LANGUAGE": "sv"])
        #expect(run.status == 0)
        #expect(run.lines.first == "remove-passcode")
        #expect(run.text.contains("Du kan återställa en befintlig pin till ett nytt värde"))
    }

    @Test("running an action shows its short help and where to read more; an unknown action is refused")
    func runsAnAction() throws {
        let run = try Self.run(["remove-passcode"], environment: ["LANG": "it_IT.UTF-8"])
        #expect(run.status == 0)
        #expect(run.text.contains("È possibile rimuovere un passcode"))
        #expect(run.text.contains("helpkit-example-host remove-passcode --help-topic"))
        // The host keeps ArgumentParser's usage-error status, EX_USAGE (64); only helpkit itself maps it to 2.
        let unknown = try Self.run(["format-disk"])
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("unknown action 'format-disk'; the actions are remove-passcode, reset-passcode, reset-windows-pin"))
    }
}
