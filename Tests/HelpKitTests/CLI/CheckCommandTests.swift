import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("helpkit check")
struct CheckCommandTests {
    @Test("the bundled content: exit 0, plain text ending with the summary, nothing on stderr")
    func bundledContent() throws {
        let run = try HelpKitBinary.run(["check"])
        #expect(run.status == 0)
        #expect(run.lines.last?.hasSuffix(" in 6 files (1 article, 6 locales)") == true)
        #expect(!run.text.contains("\u{1B}"))
        #expect(run.errors.isEmpty)
    }

    @Test("infos are one line per rule, unless --show-infos lists them")
    func foldedInfos() throws {
        let folded = try HelpKitBinary.run(["check"])
        #expect(folded.lines.suffix(2).first == "2 infos: machine-translation 1, stale-source-revision 1; --show-infos lists them")
        #expect(!folded.text.contains("[machine-translation]"))
        let listed = try HelpKitBinary.run(["check", "--show-infos"])
        #expect(listed.text.contains("info: machine-translated (ms.translationtype: MT)"))
        #expect(listed.text.contains("[stale-source-revision]") && !listed.text.contains("--show-infos lists them"))
        #expect(listed.lines.last == folded.lines.last)
    }

    @Test("the exit status follows --fail-on", arguments: ["stray span", "duplicate id"])
    func failOn(fixture: String) throws {
        let text = fixture == "stray span" ? CheckFixtures.strayClosingSpan(units: [104]) : CheckFixtures.duplicateID
        let folder = try CheckFixtures.folder(text)
        let severities = try CheckFixtures.findings(["help"], in: folder).compactMap { ($0["severity"] as? String).flatMap(Severity.init) }
        #expect(!severities.isEmpty)
        for threshold in [Severity.error, .warning, .info] {
            let run = try HelpKitBinary.run(["check", "help", "--fail-on", threshold.rawValue], currentDirectory: folder.url)
            #expect(run.status == (severities.contains { $0 >= threshold } ? 1 : 0), "--fail-on \(threshold)")
        }
        #expect(try HelpKitBinary.run(["check", "help", "--fail-on", "never"], currentDirectory: folder.url).status == 0)
        #expect(try HelpKitBinary.run(["check", "help", "--fail-on", "info"], currentDirectory: folder.url).status == 1)
        if fixture == "duplicate id" { #expect(try HelpKitBinary.run(["check", "help"], currentDirectory: folder.url).status == 1) }
    }

    @Test("usage and I/O errors exit 2", arguments: [
        ["--bogus"], ["--format", "xml"], ["--fail-on", "sometimes"], ["--reference", "not a locale"],
        ["no-such-folder"], ["--output", "no-such-folder/report.txt"], ["--baseline", "no-such-baseline.json"],
        ["--config", "no-such-config.yml"], ["--write-baseline", "no-such-folder/baseline.json"],
    ])
    func unusable(arguments: [String]) throws {
        let run = try HelpKitBinary.run(["check"] + arguments)
        #expect(run.status == 2)
        #expect(!run.errors.isEmpty)
    }

    @Test("--output writes the report atomically instead of to standard output")
    func output() throws {
        let folder = try TemporaryFolder()
        let content = repositoryRoot.appendingPathComponent("content").path
        let written = try HelpKitBinary.run(["check", content, "--format", "junit", "--output", "report.xml"], currentDirectory: folder.url)
        #expect(written.status == 0)
        #expect(written.output.isEmpty)
        let printed = try HelpKitBinary.run(["check", content, "--format", "junit"], currentDirectory: folder.url)
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("report.xml")) == printed.output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["report.xml"])
    }

    @Test("every format on the bundled content is what its readers expect")
    func formats() throws {
        let sarif = try HelpKitBinary.run(["check", "--format", "sarif"])
        let sarifProblems = try JSONSchemaValidator.problems(in: sarif.text)
        #expect(sarif.status == 0 && sarifProblems == [])

        let junit = try HelpKitBinary.run(["check", "--format", "junit"]).text
        #expect(XMLCheck.problem(in: junit) == nil)
        #expect(XMLCheck.count("testcase", in: junit) == 6)
        #expect(XMLCheck.count("testsuite", in: junit) == 6)

        let json = try HelpKitBinary.run(["check", "--format", "json"])
        let summary = (try JSONSerialization.jsonObject(with: json.output) as? [String: Any])?["summary"] as? [String: Any]
        #expect(summary?["files"] as? Int == 6 && summary?["articles"] as? Int == 1)

        let jsonl = try HelpKitBinary.run(["check", "--format", "jsonl"])
        let records = try jsonl.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(jsonl.status == 0 && records.count == 2)
        #expect(records.map { $0?["ruleID"] as? String } == ["machine-translation", "stale-source-revision"])
        #expect(records.allSatisfy { $0?["fingerprint"] != nil && $0?["path"] as? String == "content/sv-SE/device-pin-password-reset-from-intune.md" })

        let github = try HelpKitBinary.run(["check", "--format", "github"]).lines
        #expect(github.dropLast().allSatisfy { $0.hasPrefix("::") })
        #expect(github.last?.hasSuffix(" in 6 files (1 article, 6 locales)") == true)
    }

    @Test("text is coloured on a terminal, plain under NO_COLOR")
    func colour() throws {
        let folder = try CheckFixtures.folder(CheckFixtures.strayClosingSpan(units: [104]))
        let coloured = try Terminal.run(["check", "help", "--fail-on", "never"], in: folder.url)
        #expect(coloured.status == 0)
        #expect(coloured.output.contains("\u{1B}[33mwarning:\u{1B}[0m"))
        let plain = try Terminal.run(["check", "help", "--fail-on", "never"], environment: ["NO_COLOR": "1"], in: folder.url)
        #expect(plain.output.contains("warning:"))
        #expect(!plain.output.contains("\u{1B}"))
        let piped = try HelpKitBinary.run(["check", "help", "--fail-on", "never"], currentDirectory: folder.url)
        #expect(piped.text.contains("warning:") && !piped.text.contains("\u{1B}"))
    }

    @Test("--help teaches: examples and the exit statuses", arguments: ["check", "rules", "stats"])
    func help(command: String) throws {
        let help = try HelpKitBinary.run([command, "--help"])
        #expect(help.status == 0)
        #expect(help.text.contains("Examples:"))
        if command != "rules" { #expect(help.text.contains("Exit status:")) }
    }
}
