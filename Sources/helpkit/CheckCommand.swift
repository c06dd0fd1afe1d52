import ArgumentParser
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that every locale of a help set is aligned with the English source.",
        discussion: """
        Groups each article across locales and compares every locale with the reference \
        (the en-US folder, else --reference, else the locale with the newest English). \
        `helpkit rules` lists what is checked.

        Tune the rules in .helpkit.yml in the current folder (or --config FILE):

          rules: { untranslated: warning, machine-translation: off }
          do_not_translate: { "*": [Intune], ja-JP: [PIN] }
          exclude: ["*/includes/*"]
          reference: sv-SE

        To adopt the check on a help set with known problems, record them once and \
        report only new ones afterwards:

          helpkit check --write-baseline .helpkit-baseline.json --fail-on never
          helpkit check --baseline .helpkit-baseline.json

        Examples:
          helpkit check
              content/ as text; exit 1 on any error
          helpkit check content/ja-JP content/en-US --fail-on warning
          helpkit check --show-infos
              every info listed too (machine translation, older revisions)
          helpkit check --format sarif --output helpkit.sarif
              for code scanning (GitHub, Azure DevOps, VS Code's SARIF viewer)
          helpkit check --format junit --output helpkit-junit.xml
              for CI test dashboards
          helpkit check --format github
              annotations on the pull request, in a GitHub Actions job
          helpkit check --format html --output review.html --fail-on never
              one file for reviewers: a summary per locale, findings beside their text, filters
          helpkit check --changed-since origin/main
              only the articles a branch changed (in any locale), with every locale of each
          helpkit check --format json | jq -r '.findings[].ruleID' | sort | uniq -c
          helpkit check --format jsonl | jq -r 'select(.severity == "warning") | .path'
              one finding per line, printed as each article is checked

        Text, jsonl and github to stdout are printed while the check runs, article by \
        article, and keep no finding (but the infos --show-infos lists last): their \
        memory does not grow with the findings. With --output or --write-baseline, \
        every format waits for the whole report.

        Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for a usage \
        error, an unreadable path, an invalid project file or baseline, an output that \
        cannot be written, or a --changed-since outside a git repository or with an \
        unknown revision.
        """
    )

    @OptionGroup var content: ContentPaths
    @OptionGroup var settings: CheckSettings

    @Option(help: ArgumentHelp("How to report: text, json, jsonl (JSON Lines), sarif, junit, github or html.", valueName: "format"))
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("fail-on"), help: ArgumentHelp(
        "The least severity that fails the run (exit 1): error, warning, info or never.", valueName: "severity"))
    var failOn: FailThreshold = .error

    @Option(help: ArgumentHelp(
        "Report only findings that are not in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp(
        "Record every current finding in this file (atomically), for a later --baseline.", valueName: "file"))
    var writeBaseline: String?

    @Flag(name: .customLong("show-infos"), help: "In the text report, list every info finding; by default they are one line per rule.")
    var showInfos = false

    @Option(name: .customLong("changed-since"), help: ArgumentHelp(
        "Check only the articles with a file (in any locale) changed since this git revision, "
            + "committed, staged, unstaged or untracked.", valueName: "revision"))
    var changedSince: String?

    @Flag(name: .customLong("no-progress"), help: "Never draw the progress bar (drawn on stderr for long runs on a terminal).")
    var noProgress = false

    func validate() throws {
        // A baseline of the changed articles alone would forget every other known finding.
        if changedSince != nil, writeBaseline != nil {
            throw ValidationError("--write-baseline records the findings of every article; leave out --changed-since")
        }
    }

    func run() throws {
        let configuration = try settings.configuration()
        let known = try baseline.map(Self.loadBaseline)

        let slugs = try changedSince.map(changedSlugs)
        var checker = Checker(configuration: configuration)
        // The HTML summary shows the figures of `helpkit stats`, and quotes the units.
        checker.countsStatistics = format == .html
        checker.quotesUnits = format == .html
        if output == nil, writeBaseline == nil,
           let streaming = reporter(configuration: configuration, knownFindings: 0) as? any StreamingCheckReporter {
            return try runStreaming(checker, reporter: streaming, known: known, slugs: slugs)
        }
        let progress = ProgressBar(label: "checking", enabled: !noProgress)
        var report = checker.check(paths: content.paths, slugs: slugs, progress: progress.update)
        progress.clear()
        reportScope(report)

        if let writeBaseline { try Self.writing(writeBaseline) { try Baseline(report.findings).write(to: writeBaseline) } }
        var verdict = Verdict(threshold: failOn.severity)
        verdict.notePaths(report.findings)
        var knownCount = 0
        if let known { (report.findings, knownCount) = known.newFindings(in: report.findings) }
        verdict.noteReported(report.findings)

        let reporter = reporter(configuration: configuration, knownFindings: knownCount)
        if let output {
            try Self.writing(output) {
                try FileReader.writeAtomically(to: output) { write in
                    StandardStreams.buffering({ reporter.write(report, to: $0) }, into: { text in
                        var text = text
                        text.withUTF8(write)
                    })
                }
            }
        } else {
            StandardStreams.buffering({ reporter.write(report, to: $0) }, into: StandardStreams.write)
        }
        try verdict.exit()
    }

    /// Text, JSON Lines and GitHub annotations to stdout: each article
    /// group's findings are printed, in one write, once it is checked, and
    /// none are kept.
    private func runStreaming(_ checker: Checker, reporter: any StreamingCheckReporter, known: Baseline?, slugs: Set<String>?) throws {
        var reporter = reporter
        var filter = known.map(Baseline.Filter.init)
        var verdict = Verdict(threshold: failOn.severity)
        var summary = ReportSummary(files: 0, articles: 0, locales: 0)
        let progress = ProgressBar(label: "checking", enabled: !noProgress)
        let findingsShareTheTerminal = FileStatus.standardOutputIsTerminal
        let report = checker.check(paths: content.paths, slugs: slugs, progress: progress.update) { findings in
            let reported = filter?.newFindings(in: findings) ?? findings
            verdict.noteReported(reported)
            summary.count(reported)
            if findings.contains(where: Verdict.isUnreadablePath) { progress.clear() }
            verdict.notePaths(findings)
            reporter.write(reported) { text in
                if findingsShareTheTerminal { progress.clear() }
                StandardStreams.write(text)
            }
        }
        progress.clear()
        reportScope(report)
        (summary.files, summary.articles, summary.locales) = (report.fileCount, report.articleCount, report.locales.count)
        summary.knownFindings = filter?.known ?? 0
        reporter.finish(summary, to: StandardStreams.write)
        try verdict.exit()
    }

    private func reportScope(_ report: CheckReport) {
        if let changedSince {
            StandardStreams.error("helpkit: checked \(ReportSummary.count(report.articleCount, "article group")) "
                                  + "with a file changed since \(changedSince)")
        }
    }

    /// The exit status findings call for, noted as they come.
    private struct Verdict {
        let threshold: Severity?
        var sawUnreadablePath = false
        var reachedThreshold = false

        /// Paths that could not be read are findings like any other, and on
        /// stderr too, beside the exit status 2 they cause.
        static func isUnreadablePath(_ finding: Finding) -> Bool { finding.ruleID == DiagnosticCode.unreadableFile.rawValue }

        mutating func notePaths(_ findings: [Finding]) {
            for finding in findings where Self.isUnreadablePath(finding) {
                StandardStreams.error(finding.description)
                sawUnreadablePath = true
            }
        }

        /// The findings the report shows (a baseline's known ones left out).
        mutating func noteReported(_ findings: [Finding]) {
            guard let threshold else { return }
            reachedThreshold = reachedThreshold || findings.contains { $0.severity >= threshold }
        }

        func exit() throws {
            if sawUnreadablePath { throw ExitStatus.unusable }
            if reachedThreshold { throw ExitStatus.findings }
        }
    }

    private func reporter(configuration: CheckConfiguration, knownFindings: Int) -> any CheckReporter {
        switch format {
        case .text:
            let color = output == nil && TextReporter.colorEnabled(
                isTerminal: FileStatus.standardOutputIsTerminal, environment: FileStatus.terminalEnvironment)
            return TextReporter(color: color, knownFindings: knownFindings, showInfos: showInfos)
        case .json:
            return JSONReporter(knownFindings: knownFindings)
        case .jsonl:
            return JSONLinesReporter(knownFindings: knownFindings)
        case .sarif:
            return SARIFReporter(baseDirectory: FileStatus.currentDirectory, configuration: configuration)
        case .junit:
            return JUnitReporter(failureThreshold: failOn.severity)
        case .github:
            return GitHubActionsReporter(baseDirectory: FileStatus.currentDirectory, knownFindings: knownFindings)
        case .html:
            return HTMLReporter(baseDirectory: FileStatus.currentDirectory, knownFindings: knownFindings)
        }
    }

    private func changedSlugs(since revision: String) throws -> Set<String> {
        do {
            return try GitChanges.changedSlugs(since: revision, under: content.paths)
        } catch {
            StandardStreams.error("helpkit: error: \(error.description)")
            throw ExitStatus.unusable
        }
    }

    private static func loadBaseline(_ path: String) throws -> Baseline {
        do {
            return try Baseline.load(path)
        } catch {
            StandardStreams.error(error.description)
            throw ExitStatus.unusable
        }
    }

    /// Runs `write`, turning a failure to write `path` into a diagnostic and status 2.
    private static func writing(_ path: String, _ write: () throws -> Void) throws {
        do {
            try write()
        } catch {
            let reason = (error as? FileReader.Failure)?.reason ?? "\(error)"
            StandardStreams.error("\(path):1:1: error: cannot write: \(reason) [unwritable-file]")
            throw ExitStatus.unusable
        }
    }
}

/// `--fail-on`: a severity, or never.
enum FailThreshold: String, CaseIterable, ExpressibleByArgument {
    case error
    case warning
    case info
    case never

    var severity: Severity? { Severity(rawValue: rawValue) }
}

extension ReportFormat: ExpressibleByArgument {}
