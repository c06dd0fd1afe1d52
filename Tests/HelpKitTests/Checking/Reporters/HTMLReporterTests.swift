import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking

/// The HTML report's document; how a browser runs it is `HTMLReportBrowserTests`.
@Suite("HTML reporter")
struct HTMLReporterTests {
    static let html = HTMLReporter(baseDirectory: "content").render(quotedReport)

    /// The fixtures, the untranslated finding quoting its unit.
    static var quotedReport: CheckReport {
        var report = ReportFixtures.report
        report.findings[2].unit = QuotedUnit(id: "abcde-104", source: "Tap <b>Save</b> & go.", target: "Tap <b>Save</b> & go.")
        return report
    }

    @Test("one document: doctype, UTF-8, a policy that forbids every request, the script allowed by its nonce")
    func document() throws {
        #expect(Self.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\"><head>"))
        #expect(Self.html.contains(#"<meta http-equiv="Content-Type" content="text/html; charset=utf-8">"#))
        let policy = try #require(HTMLStartTag.all("meta", in: Self.html).first { $0["http-equiv"] == "Content-Security-Policy" })
        let nonce = try #require(HTMLStartTag.all("script", in: Self.html).first?["nonce"])
        #expect(policy["content"]?.hasPrefix("default-src 'none';") == true)
        #expect(policy["content"]?.contains("script-src 'nonce-\(nonce)'") == true)
        #expect(!Self.html.contains("http://") && !Self.html.contains("https://") && !Self.html.contains(" src="))
    }

    @Test("every finding, with the attributes the filters read, grouped by article then locale")
    func findings() {
        let items = HTMLStartTag.all("li", in: Self.html)
        #expect(items.map { "\($0["data-rule"] ?? "")/\($0["data-severity"] ?? "")/\($0["data-locale"] ?? "")" } == [
            "untranslated/warning/ja-JP", "machine-translation/info/sv-SE", "source-drift/warning/sv-SE",
            "unpaired-span/warning/fr-FR", "missing-unit/error/fr-FR",
        ])
        #expect(!items.contains { $0.isHidden })
        let boxes = HTMLStartTag.all("input", in: Self.html)
        #expect(boxes.filter { $0["name"] == "rule" }.count == 5)
        #expect(boxes.filter { $0["name"] == "severity" && $0["checked"] != nil }.map { $0["value"] } == ["error", "warning"])
        #expect(Self.html.contains("<h3>it's a, b: c</h3>"))
        #expect(Self.html.contains("<code>fr-FR/it's a, b: c.md</code>"))
    }

    @Test("a unit finding shows the English and the translation, escaped; drift marks its words")
    func texts() {
        #expect(Self.html.contains(#"<dt>English · unit abcde-104</dt><dd lang="en" dir="auto">Tap &lt;b&gt;Save&lt;/b&gt; &amp; go.</dd>"#))
        #expect(Self.html.contains(#"<dd lang="ja-JP" dir="auto">Tap &lt;b&gt;Save&lt;/b&gt; &amp; go.</dd>"#))
        #expect(Self.html.contains("Admins <del>need to switch</del> plans manually."))
        #expect(Self.html.contains("Admins <ins>must change</ins> plans manually <ins>in the Microsoft 365 admin center</ins>."))
    }

    @Test("the summary: a row per locale with the statistics, bars and findings by severity")
    func summary() throws {
        var report = Self.quotedReport
        var statistics = ContentStatistics()
        let path = repositoryRoot.appendingPathComponent("content/sv-SE/device-pin-password-reset-from-intune.md").path
        statistics.add(ArticleParser.parse(try FileReader.read(path), path: path))
        report.statistics = statistics
        let html = HTMLReporter().render(report)
        #expect(HTMLStartTag.all("tr", in: html).compactMap { $0["data-locale"] } == ["fr-FR", "ja-JP", "sv-SE"])
        #expect(html.contains(#"aria-label="coverage 100%""#) && html.contains(#"aria-label="MT share 100%""#))
        #expect(html.contains(#"aria-label="0 errors, 1 warning, 1 info""#))
        #expect(html.contains(#"aria-label="1 error, 1 warning, 0 infos""#))
    }

    @Test("control characters show as control pictures, never raw")
    func controls() {
        var report = ReportFixtures.report(["\u{1B}[31m", "a\u{0}b", "\u{7F}"].map { text in
            ReportFixtures.finding("untranslated", .warning, text, "content/ja-JP/a.md", 1, 1, ReportFixtures.japanese, "a")
        })
        report.findings[0].unit = QuotedUnit(id: "abcde-101", source: "\u{9B}x", target: "\u{1B}]8;;x\u{7}")
        let html = HTMLReporter().render(report)
        #expect(!html.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
        #expect(html.contains("␛[31m") && html.contains("a␀b") && html.contains("␡") && html.contains("␛]8;;x␇"))
    }
}
