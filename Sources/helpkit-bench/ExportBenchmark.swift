import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        var seconds: [String: [Double]] = [:]
        for _ in 0..<runs {
            seconds["parse", default: []].append(Self.cpuSeconds {
                ArticleStream(files: files).forEach({ $0.units.count }, consume: { _ in })
            })
            seconds["check", default: []].append(Self.cpuSeconds {
                _ = checker.forEachGroup(paths: paths, { $0.findings.count }, consume: { _ in })
            })
            seconds["exchange", default: []].append(Self.cpuSeconds {
                _ = exporter.forEachArticle { _ in }
            })
            try seconds["export", default: []].append(Self.cpuSeconds {
                var documents: [LocaleTag: ExchangeDocument] = [:]
                _ = try exporter.forEachArticle(preparing: { ExchangeDocument.fragment(of: $0, format: .xliff2) }) { article, fragment in
                    if documents[article.locale] == nil {
                        documents[article.locale] = try ExchangeDocument(format: .xliff2, locale: article.locale, toolVersion: "bench")
                    }
                    if let fragment { documents[article.locale]?.add(article, fragment: fragment) }
                }
                for document in documents.values { _ = try document.finish() }
            })
        }
        print("files=\(files.count)")
        print("runs=\(runs)")
        for stage in ["parse", "check", "exchange", "export"] {
            print("\(stage)_cpu_seconds=\(((seconds[stage]?.median ?? 0) * 1000).rounded() / 1000)")
        }
    }

    /// The CPU time, user and system, of the whole process over `work`: every core's.
    private static func cpuSeconds(_ work: () throws -> Void) rethrows -> Double {
        func now() -> Double {
            var usage = rusage()
            #if canImport(Darwin)
            getrusage(RUSAGE_SELF, &usage)
            #else
            getrusage(RUSAGE_SELF.rawValue, &usage)
            #endif
            return [usage.ru_utime, usage.ru_stime].reduce(0) { $0 + Double($1.tv_sec) + Double($1.tv_usec) / 1e6 }
        }
        let start = now()
        try work()
        return now() - start
    }
}
