import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("helpkit check: project file and baseline")
struct CheckTuningTests {
    /// A file the run reads, the arguments naming it, and how stderr must begin.
    struct UnusableFile: Sendable, CustomTestStringConvertible {
        var name: String
        var contents: String
        var arguments: [String]
        var error: String
        var testDescription: String { "\(name): \(error)" }
    }

    @Test("a bad project file or baseline stops the run with its place, exit 2", arguments: [
        UnusableFile(name: ".helpkit.yml", contents: "rules:\n  no-such-rule: off\nreference: sv-SE\n", arguments: [],
                     error: ".helpkit.yml:2:3: error: unknown rule `no-such-rule`"),
        UnusableFile(name: "tuning.yml", contents: "exclude: [unclosed\n", arguments: ["--config", "tuning.yml"],
                     error: "tuning.yml:2:1: error: not valid YAML:"),
        UnusableFile(name: "baseline.json", contents: "[1, 2, 3]", arguments: ["--baseline", "baseline.json"],
                     error: "baseline.json:1:1: error: not a helpkit baseline"),
    ])
    func unusableFile(file: UnusableFile) throws {
        let folder = try CheckFixtures.folder(CheckFixtures.seed)
        try folder.write(file.name, file.contents)
        let run = try HelpKitBinary.run(["check", "help"] + file.arguments, currentDirectory: folder.url)
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix(file.error))
        #expect(run.output.isEmpty)
    }

    @Test("a valid project file is read and the check runs")
    func validProjectFile() throws {
        let folder = try CheckFixtures.folder(CheckFixtures.seed)
        try folder.write(".helpkit.yml", "reference: ja-JP\nexclude: []\ndo_not_translate:\n  \"*\": [Intune]\n")
        let run = try HelpKitBinary.run(["check", "help"], currentDirectory: folder.url)
        #expect(run.status == 0)
        #expect(run.lines.last?.hasSuffix(" in 1 file (1 article, 1 locale)") == true)
    }

    @Test("a fresh baseline reports nothing new; a new problem is exactly one new finding")
    func baseline() throws {
        let folder = try CheckFixtures.folder(CheckFixtures.strayClosingSpan(units: [104]))
        let all = try CheckFixtures.findings(["help"], in: folder)
        #expect(!all.isEmpty)

        let write = try HelpKitBinary.run(["check", "help", "--write-baseline", "baseline.json", "--fail-on", "never"],
                                          currentDirectory: folder.url)
        #expect(write.status == 0)
        let file = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.url.appendingPathComponent("baseline.json")))
        let recorded = ((file as? [String: Any])?["findings"] as? [[String: String]])?.compactMap { $0["fingerprint"] } ?? []
        #expect(recorded == all.compactMap { $0["fingerprint"] as? String }.sorted())

        let again = try HelpKitBinary.run(["check", "help", "--baseline", "baseline.json", "--fail-on", "info"], currentDirectory: folder.url)
        #expect(again.status == 0)
        #expect(again.text.hasSuffix("in 1 file (1 article, 1 locale); \(all.count) known from the baseline not shown\n"))
        #expect(try CheckFixtures.findings(["help", "--baseline", "baseline.json"], in: folder).isEmpty)

        try folder.write("help/ja-JP/device-pin-password-reset-from-intune.md", CheckFixtures.strayClosingSpan(units: [104, 106]))
        let new = try CheckFixtures.findings(["help", "--baseline", "baseline.json"], in: folder)
        #expect(new.count == 1)
        #expect((new.first?["message"] as? String)?.contains("d55fa-106") == true)
        #expect(!recorded.contains(new.first?["fingerprint"] as? String ?? ""))
    }
}
