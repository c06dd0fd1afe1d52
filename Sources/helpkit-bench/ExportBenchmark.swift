import ArgumentParser

import HelpKitChecking
import HelpKitCore
import HelpKitExchange

/// Where an export's CPU time goes: the stages `helpkit export` runs, each
/// measured alone and with those before it.
struct ExportBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Split an XLIFF 2.0 export of a corpus into its stages, by CPU time.",
        discussion: """
        Runs, on every core and in interleaved runs, four passes over the paths, each \
        one stage more than the last, and reports the median CPU seconds (user and \
        system) of each:

          parse_cpu_seconds=…     every article read and parsed, as `helpkit roundtrip` does
          check_cpu_seconds=…     the export's checker (its rules) on every group
          exchange_cpu_seconds=…  and the exchange articles made of the findings
          export_cpu_seconds=…    and every XLIFF 2.0 document written, in memory

        The export cannot cost less than the check it must run: its findings are \
        the units' notes and states.

        Example: helpkit-bench export --runs 5 /tmp/corpus/alchemy-sxs
        """
    )

    @Option(help: "How many times to run each pass; the median run is reported.")
    var runs = 5

    @Argument(help: ArgumentHelp("Article files or folders, as `helpkit export` takes them.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() throws {
        let files = ContentWalker(paths: paths).files
        let exporter = Exporter(paths: paths)
        let checker = exporter.checker
        let stages: [(name: String, work: () throws -> Void)] = [
            ("parse", { ArticleStream(files: files).forEach({ $0.units.count }, consume: { _ in }) }),
            ("check", { _ = checker.forEachGroup(paths: paths, { $0.findings.count }, consume: { _ in }) }),
            ("exchange", { _ = exporter.forEachArticle { _ in } }),
            ("export", {
                for document in exporter.documents(format: .xliff2, toolVersion: "bench").byLocale.values { _ = try document.finish() }
            }),
        ]
        var seconds = [[Double]](repeating: [], count: stages.count)
        for _ in 0..<runs {
            for (index, stage) in stages.enumerated() {
                let start = Measure.cpuNanoseconds()
                try stage.work()
                seconds[index].append(Double(Measure.cpuNanoseconds() - start) / 1e9)
            }
        }
        print("files=\(files.count)")
        print("runs=\(runs)")
        for (stage, measured) in zip(stages, seconds) { print("\(stage.name)_cpu_seconds=\(Measure.format(measured.median))") }
    }
}
