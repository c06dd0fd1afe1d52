import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@main
struct HelpKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpkit",
        abstract: "Parse, check and serve localized help written in the side-by-side (sxs) format.",
        discussion: """
        Articles live in content/<locale>/<slug>.md; every sentence is a translation
        unit with its English source beside it. Start with `helpkit units content/`
        to see them, or `helpkit roundtrip content/` to prove nothing is lost, and
        `helpkit check` to find where the locales fell out of line with the English.

        Exit status: 0 success, 1 findings or errors in the content, 2 usage errors \
        or paths that cannot be read.
        """,
        version: ToolInfo.version,
        subcommands: [
            UnitsCommand.self, RoundtripCommand.self, SourceCommand.self, TargetCommand.self,
            CheckCommand.self, RulesCommand.self, StatsCommand.self, UpdateCommand.self, PseudoCommand.self, ExportCommand.self, ImportCommand.self,
            BuildCommand.self, TopicHelpCommand.self, SearchCommand.self, TUICommand.self,
        ]
    )

    /// ArgumentParser's, except that a usage error exits with 2, like every
    /// other unusable invocation of helpkit, instead of EX_USAGE (64).
    static func main() {
        // Past a file size limit (`ulimit -f`) a write then fails with EFBIG,
        // which the writers report and clean up after, instead of the signal
        // killing the process with a temporary file left behind.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            StandardStreams.error(fullMessage(for: error))
            exit(withError: ExitStatus.unusable)
        }
    }
}
