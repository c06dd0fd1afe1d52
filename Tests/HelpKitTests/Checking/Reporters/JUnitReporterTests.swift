import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("JUnit reports")
struct JUnitReporterTests {
    @Test("well-formed XML with a suite per locale, a case per article file, a failure per error")
    func structure() throws {
        let xml = JUnitReporter().render(ReportFixtures.report)
        #expect(XMLCheck.problem(in: xml) == nil)
        #expect(XMLCheck.count("testsuites", in: xml) == 1)
        // Four checked files in four locales; the en-US reference has no finding.
        #expect(XMLCheck.count("testsuite", in: xml) == 4)
        #expect(XMLCheck.count("testcase", in: xml) == 4)
        #expect(XMLCheck.count("failure", in: xml) == 1)
        #expect(XMLCheck.count("system-out", in: xml) == 3)
        #expect(xml.contains(#"<testsuites name="helpkit check" tests="4" failures="1" errors="0">"#))
        #expect(xml.contains(#"<testcase classname="en-US" name="change-plans" file="content/en-US/change-plans.md"/>"#))
        #expect(xml.contains(#"<testsuite name="fr-FR" tests="1" failures="1" errors="0" skipped="0">"#))
        #expect(xml.contains(#"<testcase classname="fr-FR" name="it&apos;s a, b: c" file="content/fr-FR/it&apos;s a, b: c.md">"#))
        #expect(xml.contains(#"<failure message="the unit &quot;Open Settings, then Storage.&quot; is missing" type="missing-unit">"#))
    }

    @Test("the failure threshold follows --fail-on")
    func threshold() {
        #expect(XMLCheck.count("failure", in: JUnitReporter(failureThreshold: .warning).render(ReportFixtures.report)) == 4)
        #expect(XMLCheck.count("failure", in: JUnitReporter(failureThreshold: .info).render(ReportFixtures.report)) == 5)
        let never = JUnitReporter(failureThreshold: nil).render(ReportFixtures.report)
        #expect(XMLCheck.count("failure", in: never) == 0)
        #expect(never.contains(#"failures="0""#))
    }

    @Test("checked files without findings are passing test cases in their folder's locale")
    func cleanFiles() {
        var report = ReportFixtures.report
        report.files += ["content/it-IT/clean.md", "content/sv-SE/change-plans.md"]
        let xml = JUnitReporter().render(report)
        #expect(XMLCheck.problem(in: xml) == nil)
        #expect(XMLCheck.count("testsuite", in: xml) == 5)
        #expect(XMLCheck.count("testcase", in: xml) == 5)
        #expect(xml.contains(#"<testcase classname="it-IT" name="clean" file="content/it-IT/clean.md"/>"#))
    }

    @Test("markup, CDATA ends and characters XML cannot hold are escaped or replaced")
    func hostileText() {
        let hostile = ReportFixtures.finding(
            "missing-unit", .error, "a < b && c > d ]]> \"q\" 'a' \u{1B}[31m \u{0}\u{8} \u{FFFE}", "content/ja-JP/<x>&y.md", 3, 4,
            ReportFixtures.japanese, "<x>&y", change: TextChange(old: "line\none", new: "</failure>"))
        let xml = JUnitReporter().render(ReportFixtures.report([hostile]))
        #expect(XMLCheck.problem(in: xml) == nil)
        #expect(XMLCheck.count("failure", in: xml) == 1)
        #expect(xml.contains("a &lt; b &amp;&amp; c &gt; d ]]&gt; &quot;q&quot; &apos;a&apos; \u{FFFD}[31m \u{FFFD}\u{FFFD} \u{FFFD}"))
        #expect(xml.contains("&lt;/failure&gt;"))
    }
}
