import ArgumentParser
import Dispatch
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

        Then, on one core and in interleaved runs, it parses every file with and \
        without reading the front matter's YAML, to show the share of a parse the \
        front matter takes, and lets libyaml pull every event of the same texts with \
        nothing made of them: the least any reader on libyaml's events could take.

          one_core_seconds=…, one_core_without_front_matter_seconds=…
          libyaml_events_one_core_seconds=…

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
        let seconds = durations.median
        // Measured before the single-core passes below, which keep every front matter.
        let peakResident = Self.peakResidentKilobytes()
        let (oneCore, withoutFrontMatter, libyamlFloor) = Self.frontMatterShare(files, runs: runs)
        print("files=\(files.count)")
        print("bytes=\(bytes)")
        print("units=\(units)")
        print("runs=\(runs)")
        print("seconds=\(Measure.format(seconds))")
        print("files_per_s=\(Measure.format(Double(files.count) / seconds))")
        print("mb_per_s=\(Measure.format(Double(bytes) / 1e6 / seconds))")
        print("units_per_s=\(Measure.format(Double(units) / seconds))")
        print("peak_rss_kb=\(peakResident)")
        print("one_core_seconds=\(Measure.format(oneCore))")
        print("one_core_without_front_matter_seconds=\(Measure.format(withoutFrontMatter))")
        print("libyaml_events_one_core_seconds=\(Measure.format(libyamlFloor))")
    }

    /// Median seconds on one core, from bytes already in memory, of parsing
    /// every file, of parsing it without reading the front matter's YAML, and
    /// of libyaml alone pulling the events of that YAML. The three are
    /// interleaved run by run, so that whatever else the machine does weighs
    /// on each alike.
    private static func frontMatterShare(_ files: [String], runs: Int) -> (parse: Double, withoutYAML: Double, libyaml: Double) {
        let contents = files.map { (path: $0, bytes: (try? FileReader.readArticle($0)) ?? []) }
        let yamlTexts = contents.compactMap { ArticleParser.parse($0.bytes, path: $0.path).frontMatter.map { Array($0.yaml.utf8) } }
        func seconds(_ work: () -> Void) -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            work()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        var parse: [Double] = [], withoutYAML: [Double] = [], libyaml: [Double] = []
        for _ in 0..<runs {
            parse.append(seconds { for file in contents { _ = ArticleParser.parse(file.bytes, path: file.path) } })
            withoutYAML.append(seconds {
                for file in contents { _ = ArticleParser.parse(file.bytes, path: file.path, readingFrontMatter: false) }
            })
            libyaml.append(seconds { LibYAMLFloor.pullEvents(yamlTexts) })
        }
        return (parse.median, withoutYAML.median, libyaml.median)
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
}
