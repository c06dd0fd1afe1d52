import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

@main
struct HelpKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpkit",
        abstract: "Parse, check and serve localized help written in the side-by-side (sxs) format.",
        discussion: """
        Articles live in content/<locale>/<slug>.md; every sentence is a translation
        unit with its English source beside it. Start with `helpkit units content/`
        to see them, or `helpkit roundtrip content/` to prove nothing is lost.

        Exit status: 0 success, 1 findings or errors in the content, 2 usage errors \
        or paths that cannot be read.
        """,
        subcommands: [UnitsCommand.self, RoundtripCommand.self, SourceCommand.self, TargetCommand.self, TUICommand.self]
    )

    /// Runs the command, mapping argument-parser usage errors to exit status 2
    /// (its default, 64, is not what CI scripts of this kind expect).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            StandardStreams.error(fullMessage(for: error))
            Glibc.exit(ExitStatus.unusable.rawValue)
        }
    }
}
