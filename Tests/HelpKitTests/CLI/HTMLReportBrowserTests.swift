import Foundation
import HelpKitTestSupport
import Testing

/// `helpkit check --format html` as a reviewer's browser runs it: headless
/// Chromium loads the file, runs its script and hands back the DOM and what
/// reached the console.
@Suite("The HTML review report in a browser", .enabled(if: HeadlessChromium.isAvailable, Comment(rawValue: HeadlessChromium.missing)))
struct HTMLReportBrowserTests {
    /// The report of `paths`, written by the binary into `folder`.
    static func report(_ paths: [String], in folder: TemporaryFolder) throws -> URL {
        let output = folder.url.appendingPathComponent("review.html")
        let run = try HelpKitBinary.run(["check", "--format", "html", "--output", output.path, "--fail-on", "never", "--no-progress"]
                                        + paths, currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        return output
    }

    /// The page at `url#fragment`.
    static func load(_ url: URL, fragment: String? = nil) throws -> HeadlessChromium.Page {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        components?.fragment = fragment
        return try HeadlessChromium.load(components?.url ?? url)
    }

    @Test("the console check sees a script that runs, so a quiet console means nothing ran")
    func consoleIsWatched() throws {
        let folder = try TemporaryFolder()
        let page = try folder.write("page.html", #"<!DOCTYPE html><p>x</p><img src="x" onerror="console.log('ran')">"#)
        let loaded = try HeadlessChromium.load(URL(fileURLWithPath: page))
        #expect(loaded.console.contains { $0.contains("\"ran\"") }, "\(loaded.console)")
    }

    @Test("the corpus report loads with a quiet console, summarises each locale and filters by rule",
          .enabled(if: Corpus.isAvailable, "the corpus archive is not beside the checkout"))
    func corpus() throws {
        let folder = try TemporaryFolder()
        let report = try Self.report([Corpus.root.path], in: folder)

        let page = try Self.load(report)
        #expect(page.console == [])
        let rows = HTMLStartTag.all("tr", in: page.dom).compactMap { $0["data-locale"] }
        #expect(rows == ["fr-FR", "ja-JP", "sv-SE"])
        #expect(HTMLStartTag.all("svg", in: page.dom).count >= 4 * rows.count)
        let findings = HTMLStartTag.all("li", in: page.dom).filter { $0["data-rule"] != nil }
        #expect(findings.count > 1000)
        // Infos wait until asked for; errors and warnings show.
        #expect(findings.allSatisfy { $0.isHidden == ($0["data-severity"] == "info") })
        let shown = findings.filter { !$0.isHidden }.count
        #expect(page.dom.contains("Showing \(shown) of \(findings.count) findings."))

        let filtered = try Self.load(report, fragment: "rule=source-drift&severity=error,warning,info")
        #expect(filtered.console == [])
        let drift = HTMLStartTag.all("li", in: filtered.dom).filter { $0["data-rule"] != nil }
        let visible = drift.filter { !$0.isHidden }
        #expect(!visible.isEmpty)
        #expect(visible.allSatisfy { $0["data-rule"] == "source-drift" })
        #expect(visible.count == findings.filter { $0["data-rule"] == "source-drift" }.count)
        // Articles left with no finding to show are hidden too.
        let articles = HTMLStartTag.all("section", in: filtered.dom).filter { $0["class"] == "article" }
        #expect(articles.filter { !$0.isHidden }.count < articles.count)
        // Drift is shown word by word: the words that came are marked.
        #expect(filtered.dom.contains("<ins>"))
    }

    @Test("a hostile article is shown as text: its scripts, handlers and links never run")
    func hostileArticle() throws {
        let folder = try TemporaryFolder()
        let slug = "<img src=x onerror=console.log('slug')>"
        let payload = #"<script>console.log("script")</script> <img src=x onerror="console.log('image')"> "#
            + #"[link](javascript:console.log('link')) \#u{1B}[31mred\#u{1B}[0m"#
        try folder.write("help/en-US/\(slug).md", """
            ---
            title: <script>console.log("title")</script>
            ---
            Open the new settings page \(payload)
            """)
        try folder.write("help/fr-FR/\(slug).md", sxsArticle(locale: "fr-FR", body: sxsUnit(
            "abcde-101", target: "Ouvrez la page des paramètres \(payload)", source: "Open the settings page \(payload)")))
        let report = try Self.report(["help"], in: folder)
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(!html.contains("\u{1B}"))

        let page = try Self.load(report, fragment: "severity=error,warning,info")
        #expect(page.console == [])
        #expect(HTMLStartTag.all("script", in: page.dom).count == 1)
        #expect(HTMLStartTag.all("img", in: page.dom).isEmpty)
        #expect(HTMLStartTag.all("a", in: page.dom).isEmpty)
        // No element has an event handler: `onerror=` is only ever text, after an escaped `<`.
        #expect(page.dom.firstMatch(of: /<[a-zA-Z][^<>]*\son[a-z]+=/) == nil)
        // What the article says is there to read, as text, escape sequences made visible.
        let finding = try #require(HTMLStartTag.all("li", in: page.dom).first { $0["data-rule"] == "source-drift" })
        #expect(!finding.isHidden)
        #expect(page.dom.contains(#"&lt;script&gt;console.log("script")&lt;/script&gt;"#))
        #expect(page.dom.contains(#"[link](javascript:console.log('link')) ␛[31mred␛[0m"#))
        #expect(page.dom.contains("<h3>&lt;img src=x onerror=console.log('slug')&gt;</h3>"))
    }
}
