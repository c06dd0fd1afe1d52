import ArgumentParser
import HelpKitCore
import HelpKitCatalog
import HelpKitRendering

/// A tiny device-management tool that shows how an app serves localized help
/// with HelpKit: its actions are bound to help topics in content/contexts.yml,
/// and each one can show its one-line help or its whole topic in the user's
/// language.
@main
struct ExampleHost: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpkit-example-host",
        abstract: "An example app whose actions show localized help through HelpKit.",
        discussion: """
        Run it with no action to list the actions with their one-line help, with an \
        action to (pretend to) run it, or with --help-topic to read its help topic. \
        The language follows --locale, then LANGUAGE, LC_ALL, LC_MESSAGES and LANG.

        Help comes from --catalog, else .build/helpkit-catalog.sqlite when \
        helpkit build wrote it, else content/ (run it from the repository root).

        Examples:
          helpkit-example-host --locale ja
          helpkit-example-host reset-passcode --help-topic --locale fr
          LANG=sv_SE.UTF-8 helpkit-example-host reset-windows-pin
        """
    )

    /// The app's own actions; each id is bound to a topic in contexts.yml.
    static let actions = ["remove-passcode", "reset-passcode", "reset-windows-pin"]

    @Argument(help: ArgumentHelp("The action to run: \(actions.joined(separator: ", ")).", valueName: "action"))
    var action: String?

    @Flag(help: "Show the action's help topic instead of running it.")
    var helpTopic = false

    @Option(help: ArgumentHelp("The language to use, before LANGUAGE, LC_ALL, LC_MESSAGES and LANG.", valueName: "tag"))
    var locale: String?

    @Option(help: ArgumentHelp("A catalog written by helpkit build.", valueName: "file"))
    var catalog: String?

    func validate() throws {
        if let action, !Self.actions.contains(action) {
            throw ValidationError("unknown action '\(action)'; the actions are \(Self.actions.joined(separator: ", "))")
        }
        if helpTopic, action == nil { throw ValidationError("--help-topic needs an action") }
    }

    func run() throws {
        let library = try HelpLibrary(catalog.map { .catalog($0) } ?? .automatic)
        let preferences = LocalePreferences.processEnvironment(explicit: locale)
        let strings = library.interfaceStrings(preferences)
        let options = RenderOptions.forStandardOutput(alertLabels: strings.alertLabels)
        guard let action else {
            for id in Self.actions {
                let help = try library.shortHelp(action: id, preferences: preferences)
                print("\(id)\n    \(render(help?.text ?? "", options))")
            }
            return
        }
        guard helpTopic else {
            print("Running \(action) on the device… done.")
            if let help = try library.shortHelp(action: action, preferences: preferences) {
                print(render(help.text, options))
            }
            print("More: helpkit-example-host \(action) --help-topic")
            return
        }
        switch try library.lookup(action, preferences: preferences) {
        case let .topic(topic):
            for notice in topic.notices(strings) { print(render("> \(notice)", options) + "\n") }
            print(topic.renderedText(options: options))
        case let .choices(_, topics):
            for topic in topics { print("\(topic.title) (\(topic.slug))") }
        case .notFound:
            print(strings.text(.unknownTopic, ["name": action]))
            throw ExitCode.failure
        }
    }

    private func render(_ markdown: String, _ options: RenderOptions) -> String {
        TerminalRenderer.render(markdown: markdown, options: options)
            .split(separator: "\n").joined(separator: "\n    ")
    }
}
