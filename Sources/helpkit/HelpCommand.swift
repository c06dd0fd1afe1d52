import ArgumentParser
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

struct TopicHelpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "help",
        abstract: "Show the help topic for an action, a context id or an article, in the user's language.",
        discussion: """
        NAME is tried as an action id (content/contexts.yml), then as a help context id \
        (an article's ms.custom), then as an article slug. A context shared by several \
        articles lists them; show one with helpkit help SLUG.

        The language is negotiated: --locale, then LANGUAGE (a colon list), LC_ALL, \
        LC_MESSAGES, LANG (ja_JP.UTF-8 and the like; C and POSIX ask for none). A \
        missing translation falls back along the locale's fallbacks to the English \
        source, and a notice says so; another notice says when the translation was \
        made from an older English revision, or by machine.

        Topics come from --catalog, --content, or else .build/helpkit-catalog.sqlite \
        when helpkit build has written it, else content/.

        Exit status: 0 shown, 1 nothing has that name (or --short for what has no \
        short help), 2 usage error or unreadable catalog or content.

        Examples:
          helpkit help 1278 --locale ja
          LANGUAGE=de:fr helpkit help reset-passcode
          helpkit help reset-windows-pin --short --locale zh-Hant-TW
          helpkit help 3500007 --catalog corpus.sqlite
          helpkit help device-pin-password-reset-from-intune --format json | jq .notices
        """
    )

    @Argument(help: ArgumentHelp("An action id, a help context id or an article slug.", valueName: "name"))
    var name: String

    @Flag(help: "Print only the action's one-line help string.")
    var short = false

    @Option(help: "text (rendered for the terminal), markdown (the topic's source) or json.")
    var format: HelpFormat = .text

    @OptionGroup var source: HelpSourceOptions

    func run() throws {
        let library = try source.open()
        let preferences = source.preferences
        let strings = library.interfaceStrings(preferences)
        let output = HelpOutput(format: format, strings: strings, options: .forStandardOutput(alertLabels: strings.alertLabels))
        if short {
            guard let help = try catalogCall({ try library.shortHelp(action: name, preferences: preferences) }) else {
                StandardStreams.message(strings.text(.noShortHelp, ["name": name]))
                throw ExitStatus.findings
            }
            output.write(help, name: name)
            return
        }
        switch try catalogCall({ try library.lookup(name, preferences: preferences) }) {
        case let .topic(topic):
            output.write(topic)
        case let .choices(context, topics):
            output.write(context: context, topics)
        case .notFound:
            var message = strings.text(.unknownTopic, ["name": name])
            if HelpKitCommand.configuration.subcommands.contains(where: { $0.configuration.commandName == name }) {
                message += " (for the \(name) command itself: helpkit \(name) --help)"
            }
            StandardStreams.message(message)
            throw ExitStatus.findings
        }
    }
}

enum HelpFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}

/// Runs a library call; a catalog that fails mid-read is an unusable input.
func catalogCall<Result>(_ body: () throws -> Result) throws -> Result {
    do {
        return try body()
    } catch let error as CatalogError {
        StandardStreams.report(error)
        throw ExitStatus.unusable
    }
}
