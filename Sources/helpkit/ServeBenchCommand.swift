import ArgumentParser
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// In-process figures for `bench/30-serve.sh`: topic lookups per second and
/// search latency. Hidden from `helpkit --help`.
struct ServeBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve-bench",
        abstract: "Measure in-process topic lookups and searches (for bench/30-serve.sh).",
        discussion: """
        Looks up every article slug, context id and action id of the catalog in turn \
        for about --seconds and prints lookups per second; then runs each --query \
        search --runs times and prints the median latency over all of them.

        Example: helpkit serve-bench --catalog corpus.sqlite --locale ja --query 公開フォルダー --query PIN
        """,
        shouldDisplay: false
    )

    @Option(help: "How long to measure lookups, in seconds.")
    var seconds = 1.0

    @Option(help: "A search to time (repeatable).")
    var query: [String] = []

    @Option(help: "How many times each search runs.")
    var runs = 20

    @OptionGroup var source: HelpSourceOptions

    func run() throws {
        let library = try source.open()
        let preferences = source.preferences
        let names = try catalogCall { try library.topics(preferences: preferences).map(\.slug) + library.contextIDs() }
            + library.actions.map(\.id)
        guard !names.isEmpty else { throw ValidationError("the catalog has no topics") }
        var count = 0
        var found = 0
        let cpuStart = Self.cpuNanoseconds()
        let start = DispatchTime.now().uptimeNanoseconds
        let deadline = start + UInt64(seconds * 1e9)
        var now = start
        while now < deadline {
            for _ in 0..<1000 {
                let result = try catalogCall { try library.lookup(names[count % names.count], preferences: preferences) }
                if case .notFound = result {} else { found += 1 }
                count += 1
            }
            now = DispatchTime.now().uptimeNanoseconds
        }
        let perSecond = Double(count) / (Double(now - start) / 1e9)
        let perCPUSecond = Double(count) / (Double(Self.cpuNanoseconds() - cpuStart) / 1e9)
        StandardStreams.write("""
            lookups/s: \(Int(perSecond)) wall, \(Int(perCPUSecond)) per CPU second \
            (\(count) lookups of \(names.count) names, \(found) found)\n
            """)
        guard !query.isEmpty else { return }
        var latencies: [UInt64] = []
        var hits = 0
        for text in query {
            for _ in 0..<max(1, runs) {
                let before = DispatchTime.now().uptimeNanoseconds
                hits += try catalogCall { try library.search(text, preferences: preferences, limit: 10) }.hits.count
                latencies.append(DispatchTime.now().uptimeNanoseconds - before)
            }
        }
        let median = Double(latencies.sorted()[latencies.count / 2]) / 1e6
        StandardStreams.write("search median ms: \(median) (\(query.count) queries × \(max(1, runs)) runs, \(hits / max(1, runs)) hits per round)\n")
    }

    /// CPU time this process has used: unlike wall time, not inflated by other
    /// work sharing the machine.
    private static func cpuNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
