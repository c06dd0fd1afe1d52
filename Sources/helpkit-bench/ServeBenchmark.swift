import ArgumentParser
import Dispatch
import HelpKitCore
import HelpKitCatalog
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Topic lookups per second and search latency through `HelpLibrary`, the way
/// a host app calls it, for `bench/30-serve.sh`.
struct ServeBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Measure in-process topic lookups and searches on a catalog.",
        discussion: """
        Looks up every article slug, context id and action id of the catalog in turn \
        for about --seconds, then runs each --query search --runs times:

          names=…, lookups=…, found=…
          lookups_per_s=…, lookups_per_cpu_s=…
          search_runs=…, search_hits_per_round=…, search_median_ms=… (with --query)

        Example: helpkit-bench serve --catalog corpus.sqlite --locale ja --query 公開フォルダー --query PIN
        """
    )

    @Option(help: ArgumentHelp("A catalog file written by helpkit build.", valueName: "file"))
    var catalog: String

    @Option(help: ArgumentHelp("The language to show, before the environment's.", valueName: "tag"))
    var locale: String?

    @Option(help: "How long to measure lookups, in seconds.")
    var seconds = 1.0

    @Option(help: "A search to time (repeatable).")
    var query: [String] = []

    @Option(help: "How many times each search runs.")
    var runs = 20

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() throws {
        let library = try HelpLibrary(.catalog(catalog))
        let preferences = LocalePreferences.processEnvironment(explicit: locale)
        let names = try library.topics(preferences: preferences).map(\.slug) + library.contextIDs() + library.actions.map(\.id)
        guard !names.isEmpty else { throw ValidationError("the catalog has no topics") }
        var count = 0
        var found = 0
        let cpuStart = Measure.cpuNanoseconds()
        let start = DispatchTime.now().uptimeNanoseconds
        let deadline = start + UInt64(seconds * 1e9)
        var now = start
        while now < deadline {
            for _ in 0..<1000 {
                if case .notFound = try library.lookup(names[count % names.count], preferences: preferences) {} else { found += 1 }
                count += 1
            }
            now = DispatchTime.now().uptimeNanoseconds
        }
        print("names=\(names.count)")
        print("lookups=\(count)")
        print("found=\(found)")
        print("lookups_per_s=\(Int(Double(count) / (Double(now - start) / 1e9)))")
        // CPU time, unlike wall time, is not inflated by other work sharing the machine.
        print("lookups_per_cpu_s=\(Int(Double(count) / (Double(Measure.cpuNanoseconds() - cpuStart) / 1e9)))")
        guard !query.isEmpty else { return }
        var latencies: [UInt64] = []
        var hits = 0
        for text in query {
            for _ in 0..<runs {
                let before = DispatchTime.now().uptimeNanoseconds
                hits += try library.search(text, preferences: preferences, limit: 10).hits.count
                latencies.append(DispatchTime.now().uptimeNanoseconds - before)
            }
        }
        print("search_runs=\(latencies.count)")
        print("search_hits_per_round=\(hits / runs)")
        print("search_median_ms=\(Double(latencies.median) / 1e6)")
    }
}
