import ArgumentParser
import HelpKitCore
import HelpKitCatalog

/// Measurements `make bench` runs in-process, where a shell cannot see inside.
@main
struct HelpKitBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpkit-bench",
        abstract: "In-process measurements for `make bench` (not part of the helpkit tool).",
        discussion: """
        Each subcommand prints `name=value` lines that the scripts in bench/ turn into \
        tables beside their baselines. Run it from a release build: a debug build \
        measures the compiler's checks, not helpkit.

        Example: .build/release/helpkit-bench parse /tmp/corpus/alchemy-sxs
        """,
        subcommands: [ParseBenchmark.self]
    )
}
