import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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

        Examples: .build/release/helpkit-bench parse /tmp/corpus/alchemy-sxs
                  .build/release/helpkit-bench export /tmp/corpus/alchemy-sxs
                  .build/release/helpkit-bench serve --catalog corpus.sqlite --locale ja
        """,
        subcommands: [ParseBenchmark.self, ExportBenchmark.self, ServeBenchmark.self]
    )
}

/// What every subcommand measures with.
enum Measure {
    /// The CPU time, user and system, of the whole process so far: every core's.
    static func cpuNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// `value` to three decimals, as the bench scripts read it.
    static func format(_ value: Double) -> String {
        "\((value * 1000).rounded() / 1000)"
    }
}

extension Array where Element: Comparable {
    /// The middle value (the upper one of an even count), as bench/lib/measure.sh takes it.
    var median: Element { sorted()[count / 2] }
}
