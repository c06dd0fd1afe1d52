import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("GitHub Actions reports")
struct GitHubActionsReporterTests {
    @Test("one workflow command per finding in report order (article, locale, line), with the level GitHub names, then the summary")
    func commands() {
        let lines = GitHubActionsReporter().render(ReportFixtures.report).split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines[0].hasPrefix("::warning file=content/ja-JP/change-plans.md,line=30,col=1,title=untranslated::"))
        #expect(lines[1] == "::notice file=content/sv-SE/change-plans.md,line=1,col=1,title=machine-translation::"
            + "machine-translated (ms.translationtype: MT)")
        #expect(lines[2].hasPrefix("::warning file=content/sv-SE/change-plans.md,line=23,col=5,title=source-drift::"))
        #expect(lines[3].hasPrefix("::warning file=content/fr-FR/it's a%2C b%3A c.md,line=8,col=32,title=unpaired-span::"))
        #expect(lines[4].hasPrefix("::error "))
        #expect(lines[5] == "1 error, 3 warnings, 1 info in 4 files (2 articles, 3 locales)")
    }

    @Test("%, CR and LF are escaped in messages; , and : too in properties")
    func escaping() {
        let lines = GitHubActionsReporter().render(ReportFixtures.report).split(separator: "\n").map(String.init)
        #expect(lines[4] == "::error file=content/fr-FR/it's a%2C b%3A c.md,line=12,col=3,title=missing-unit::"
            + "the unit \"Open Settings, then Storage.\" is missing")
        #expect(lines[2].hasSuffix("::the English of this unit changed%0AWas: Admins need to switch plans manually.%0A"
            + "Now: Admins must change plans manually in the Microsoft 365 admin center."))
        let tricky = ReportFixtures.finding("untranslated", .warning, "100% done\r\n::error::fake\u{1B}[2J",
                                            "content/ja-JP/a.md", 2, 1, ReportFixtures.japanese, "a")
        let line = GitHubActionsReporter().render(ReportFixtures.report([tricky])).split(separator: "\n")[0]
        #expect(line == "::warning file=content/ja-JP/a.md,line=2,col=1,title=untranslated::100%25 done%0D%0A::error::fake")
    }

    @Test("paths below the working directory are given relative to it, as GitHub expects")
    func relativePaths() {
        let finding = ReportFixtures.finding("untranslated", .warning, "m", "/home/runner/work/repo/content/ja-JP/a.md", 2, 1,
                                             ReportFixtures.japanese, "a")
        let output = GitHubActionsReporter(baseDirectory: "/home/runner/work/repo").render(ReportFixtures.report([finding]))
        #expect(output.hasPrefix("::warning file=content/ja-JP/a.md,line=2,col=1,"))
    }
}
