import ArgumentParser

@main
struct HelpKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpkit",
        abstract: "Parse, check and serve localized help written in the side-by-side (sxs) format.",
        discussion: """
        Articles live in content/<locale>/<slug>.md; every sentence is a translation
        unit with its English source beside it. Start with `helpkit units content/`
        to see them, or `helpkit roundtrip content/` to prove nothing is lost.
        """,
        subcommands: [UnitsCommand.self, RoundtripCommand.self, SourceCommand.self, TargetCommand.self, TUICommand.self]
    )
}
