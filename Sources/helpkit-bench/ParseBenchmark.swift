import ArgumentParser
import Dispatch
import Yams
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import HelpKitCore
import HelpKitCatalog

/// Parses a corpus into the model exactly as `helpkit units` does, without the output.
struct ParseBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse every article into the model and report throughput and peak memory.",
        discussion: """
        Walks the paths like `helpkit units` (ContentWalker), then reads and parses every \
        file through ArticleStream and ArticleParser on every core, keeping only counts. \
        Each run is timed; the median run gives the figures:

          files=8164, bytes=…, units=…, runs=5
          seconds=…, files_per_s=…, mb_per_s=…, units_per_s=…
          peak_rss_kb=… (getrusage ru_maxrss, over those runs)

        Then it parses every file once more on one core, and runs Yams.compose alone \
        on the front matter of each, to show the share of the parse the YAML takes:

          one_core_seconds=…, yams_one_core_seconds=…

        Example: helpkit-bench parse --runs 9 /tmp/corpus/alchemy-sxs
        """
    )

    @Option(help: "How many times to parse the whole corpus; the median run is reported.")
    var runs = 5

    @Argument(help: ArgumentHelp("Article files or folders; folders are searched recursively for *.md.",
                                 valueName: "path"))
    var paths: [String]

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() throws {
        let files = ContentWalker(paths: paths).files
        let bytes = files.reduce(0) { $0 + Self.size(of: $1) }
        var durations: [Double] = []
        var units = 0
        for _ in 0..<runs {
            units = 0
            let start = DispatchTime.now().uptimeNanoseconds
            ArticleStream(files: files).forEach({ article in article.units.count }, consume: { units += $0 })
            durations.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let seconds = durations.sorted()[durations.count / 2]
        // Measured before the single-core passes below, which keep every front matter.
        let peakResident = Self.peakResidentKilobytes()
        let (oneCore, yams) = Self.frontMatterShare(of: files)
        print("files=\(files.count)")
        print("bytes=\(bytes)")
        print("units=\(units)")
        print("runs=\(runs)")
        print("seconds=\(Self.format(seconds))")
        print("files_per_s=\(Self.format(Double(files.count) / seconds))")
        print("mb_per_s=\(Self.format(Double(bytes) / 1e6 / seconds))")
        print("units_per_s=\(Self.format(Double(units) / seconds))")
        print("peak_rss_kb=\(peakResident)")
        print("one_core_seconds=\(Self.format(oneCore))")
        print("yams_one_core_seconds=\(Self.format(yams))")
    }

    /// Seconds to parse every file on one core, and of that, seconds spent in
    /// `Yams.compose` on the same front matter text the parser hands it.
    private static func frontMatterShare(of files: [String]) -> (parse: Double, yams: Double) {
        var yamlTexts: [String] = []
        let start = DispatchTime.now().uptimeNanoseconds
        for file in files {
            if let yaml = ArticleStream.load(file).frontMatter?.yaml { yamlTexts.append(yaml) }
        }
        let middle = DispatchTime.now().uptimeNanoseconds
        let constructor = Constructor.default
        for yaml in yamlTexts { _ = try? Yams.compose(yaml: yaml, .basic, constructor, .utf8) }
        let end = DispatchTime.now().uptimeNanoseconds
        return (Double(middle - start) / 1e9, Double(end - middle) / 1e9)
    }

    private static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// `ru_maxrss`: kilobytes on Linux (bytes on macOS, hence the division there).
    private static func peakResidentKilobytes() -> Int {
        var usage = rusage()
        #if canImport(Darwin)
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss) / 1024
        #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss)
        #endif
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return "\(rounded)"
    }
}
