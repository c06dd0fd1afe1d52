import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Text reports")
struct TextReporterTests {
    let lines = TextReporter().render(ReportFixtures.report).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

    @Test("errors and warnings are grouped by article, then locale, each in the path:line:col form")
    func grouped() {
        #expect(lines[0] == "change-plans")
        #expect(lines[1] == "  ja-JP")
        #expect(lines[2] == "    content/ja-JP/change-plans.md:30:1: warning: the target is the English source [untranslated]")
        #expect(lines[3] == "  sv-SE")
        #expect(lines[4] == "    content/sv-SE/change-plans.md:23:5: warning: the English of this unit changed [source-drift]")
        #expect(lines[7] == "")
        #expect(lines[8] == "it's a, b: c")
        #expect(lines[9] == "  fr-FR")
        #expect(lines[10].hasPrefix("    content/fr-FR/it's a, b: c.md:8:32: warning: stray </span>"))
        #expect(lines[11].hasPrefix("    content/fr-FR/it's a, b: c.md:12:3: error: the unit"))
        #expect(lines[12] == "")
    }

    @Test("drift shows the old English, then → the new")
    func driftOldToNew() {
        #expect(lines[5] == "        Admins need to switch plans manually.")
        #expect(lines[6] == "      → Admins must change plans manually in the Microsoft 365 admin center.")
    }

    @Test("infos are folded into one line per rule, most first, after the errors and warnings")
    func foldedInfos() {
        #expect(lines[13] == "1 info: machine-translation 1; --show-infos lists them")
        #expect(!lines.contains { $0.contains("[machine-translation]") })
        let many = (1...1_204).map { ReportFixtures.finding("machine-translation", .info, "machine-translated", "content/sv-SE/a\($0).md", 1, 1, ReportFixtures.swedish, "a\($0)") }
            + (1...3).map { ReportFixtures.finding("stale-source-revision", .info, "older", "content/sv-SE/a\($0).md", 2, 1, ReportFixtures.swedish, "a\($0)") }
        let output = TextReporter().render(ReportFixtures.report(many))
        #expect(output.hasPrefix("1,207 infos: machine-translation 1,204, stale-source-revision 3; --show-infos lists them\n0 errors, 0 warnings, 1207 infos in "))
    }

    @Test("--show-infos lists the infos, grouped like the rest, after the errors and warnings")
    func listedInfos() {
        let lines = TextReporter(showInfos: true).render(ReportFixtures.report).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[12] == "")
        #expect(lines[13] == "change-plans")
        #expect(lines[14] == "  sv-SE")
        #expect(lines[15] == "    content/sv-SE/change-plans.md:1:1: info: machine-translated (ms.translationtype: MT) [machine-translation]")
        #expect(lines[16] == "")
        #expect(lines.suffix(2) == ["1 error, 3 warnings, 1 info in 4 files (2 articles, 3 locales)", ""])
        #expect(!lines.contains { $0.contains("--show-infos") })
    }

    @Test("the report ends with the summary line")
    func summary() {
        #expect(lines.suffix(2) == ["1 error, 3 warnings, 1 info in 4 files (2 articles, 3 locales)", ""])
        let clean = TextReporter().render(CheckReport(findings: [], files: ["content/ja-JP/a.md"], articleCount: 1, locales: [], rules: []))
        #expect(clean == "0 errors, 0 warnings, 0 infos in 1 file (1 article, 0 locales)\n")
        let known = TextReporter(knownFindings: 7).render(ReportFixtures.report([]))
        #expect(known.hasSuffix("; 7 known from the baseline not shown\n"))
    }

    @Test("plain text has no escape sequence; colour marks severities and the drift")
    func colour() {
        let plain = TextReporter(color: false).render(ReportFixtures.report)
        #expect(!plain.contains("\u{1B}"))
        let coloured = TextReporter(color: true).render(ReportFixtures.report)
        #expect(coloured.contains("\u{1B}[31merror:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[33mwarning:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[32m→ Admins must change"))
        #expect(coloured.contains("\u{1B}[31m1 error\u{1B}[0m, \u{1B}[33m3 warnings\u{1B}[0m, \u{1B}[36m1 info\u{1B}[0m in 4 files"))
    }

    @Test("colour only on a terminal, never under NO_COLOR or TERM=dumb")
    func colourDecision() {
        #expect(TextReporter.colorEnabled(isTerminal: true, environment: ["TERM": "xterm-256color"]))
        #expect(TextReporter.colorEnabled(isTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!TextReporter.colorEnabled(isTerminal: false, environment: [:]))
        #expect(!TextReporter.colorEnabled(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(!TextReporter.colorEnabled(isTerminal: true, environment: ["TERM": "dumb"]))
    }

    @Test("escape sequences and control characters from content are shown as escapes, never sent")
    func hostileText() {
        let hostile = ReportFixtures.finding(
            "untranslated", .warning, "title \u{1B}]0;pwned\u{07}set\u{1B}[2J, line\rover\nnext",
            "content/ja-JP/\u{1B}[31mred.md", 1, 1, ReportFixtures.japanese, "red\u{202E}txt.md",
            change: TextChange(old: "old\u{9B}1m", new: "new\u{1B}P+q\u{1B}\\"))
        let output = TextReporter(color: false).render(ReportFixtures.report([hostile]))
        #expect(!output.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
        #expect(!output.contains("\u{202E}"))
        #expect(output.contains(#"red\u202Etxt"#))
        #expect(output.contains(
            #"content/ja-JP/\x1B[31mred.md:1:1: warning: title \x1B]0;pwned\x07set\x1B[2J, line\rover\nnext [untranslated]"#))
        #expect(output.contains(#"        old\u009B1m"# + "\n" + #"      → new\x1BP+q\x1B\"# + "\n"))
    }
}
