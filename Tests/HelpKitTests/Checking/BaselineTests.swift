import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Baselines")
struct BaselineTests {
    /// An untranslated-sentence finding whose fingerprint, like the real
    /// rules', rests on the article, locale and English, not on ids or lines.
    static func untranslated(_ english: String, line: Int, unit: Int) -> Finding {
        Finding(ruleID: "untranslated", severity: .warning, message: "unit abcde-\(unit) is not translated",
                path: "content/ja-JP/a.md", location: SourceLocation(line: line, column: 1, offset: 0),
                locale: LocaleTag("ja-JP"), slug: "a", fingerprintBasis: "a|ja-JP|\(english)")
    }

    static let findings = [
        untranslated("Open Settings.", line: 10, unit: 103),
        untranslated("Select Storage.", line: 12, unit: 104),
        ReportFixtures.drift, ReportFixtures.missing,
    ]

    @Test("a fresh baseline leaves no new finding, also after the file was written and read back")
    func freshBaseline() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("baseline.json")
        try Baseline(Self.findings).write(to: path)
        let loaded = try Baseline.load(path)
        #expect(loaded == Baseline(Self.findings))
        let (new, known) = loaded.newFindings(in: Self.findings)
        #expect(new.isEmpty)
        #expect(known == 4)
    }

    @Test("a changed sentence is exactly one new finding; renumbered and moved ones stay known")
    func changedSentence() {
        let baseline = Baseline(Self.findings)
        let renumbered = [
            Self.untranslated("Open Settings.", line: 14, unit: 105),
            Self.untranslated("Select Storage.", line: 16, unit: 106),
            ReportFixtures.drift, ReportFixtures.missing,
        ]
        #expect(baseline.newFindings(in: renumbered).new.isEmpty)
        let changed = [
            Self.untranslated("Open Settings.", line: 10, unit: 103),
            Self.untranslated("Select Storage and Backup.", line: 12, unit: 104),
            ReportFixtures.drift, ReportFixtures.missing,
        ]
        let (new, known) = baseline.newFindings(in: changed)
        #expect(new == [changed[1]])
        #expect(known == 3)
    }

    @Test("a problem the baseline knows once but that now appears twice is new the second time")
    func counted() {
        let baseline = Baseline([Self.findings[0]])
        let twice = [Self.findings[0], Self.untranslated("Open Settings.", line: 30, unit: 120)]
        #expect(baseline.newFindings(in: twice).new == [twice[1]])
    }

    @Test("the file is sorted by fingerprint and the same whatever order the findings came in")
    func stableFile() throws {
        let folder = try TemporaryFolder()
        try Baseline(Self.findings).write(to: folder.path("one.json"))
        try Baseline(Self.findings.reversed()).write(to: folder.path("two.json"))
        let one = try Data(contentsOf: folder.url.appendingPathComponent("one.json"))
        #expect(one == (try Data(contentsOf: folder.url.appendingPathComponent("two.json"))))
        let document = try #require(try JSONSerialization.jsonObject(with: one) as? [String: Any])
        let entries = try #require(document["findings"] as? [[String: String]])
        #expect(entries.map { $0["fingerprint"] ?? "" } == Self.findings.map(\.fingerprint).sorted())
        #expect(entries.first { $0["ruleID"] == "missing-unit" }?["path"] == "content/fr-FR/it's a, b: c.md")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["one.json", "two.json"])
    }

    @Test("a file that is not a baseline is an error naming it", arguments: [
        "not json", #"{"version": 1}"#, #"{"version": 9, "findings": []}"#,
    ])
    func invalid(contents: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("baseline.json", contents)
        #expect {
            try Baseline.load(path)
        } throws: { error in
            let description = (error as? Baseline.Invalid)?.description ?? ""
            return description.hasPrefix("\(path):1:1: error: ") && description.hasSuffix("[baseline]")
        }
    }

    @Test("each way a baseline can be unusable is a case of its own")
    func invalidCases() throws {
        let folder = try TemporaryFolder()
        let missing = folder.path("missing.json")
        let text = try folder.write("text.json", "not json")
        let future = try folder.write("future.json", #"{"version": 9, "findings": []}"#)
        func failure(loading path: String) -> Baseline.Invalid? {
            do {
                _ = try Baseline.load(path)
                return nil
            } catch {
                return error
            }
        }
        let outcomes = [missing, text, future].map(failure)
        #expect(outcomes[0] == .unreadable(path: missing, reason: "No such file or directory"))
        #expect(outcomes[1] == .notABaseline(path: text))
        #expect(outcomes[2] == .unsupportedVersion(path: future, found: 9, supported: 1))
        #expect(outcomes[2]?.diagnostic.code == Baseline.diagnosticCode)
    }
}
