import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("The review view: target over source, findings inline")
struct ReviewViewTests {
    /// The seed content, with the review's findings given by the test.
    final class ReviewedContent: TUIContent {
        let base = LibraryContent(source: HelpFolder(paths: [repositoryRoot.appendingPathComponent("content").path]))
        let findings: (Article) -> [Finding]

        init(findings: @escaping (Article) -> [Finding]) { self.findings = findings }

        var items: [TUIItem] { base.items }
        var locales: [LocaleTag] { base.locales }
        func slugs(of item: TUIItem) -> [String] { base.slugs(of: item) }
        func locales(of slug: String) -> [LocaleTag] { base.locales(of: slug) }
        func topic(_ slug: String, in locale: LocaleTag) -> TUITopic? { base.topic(slug, in: locale) }
        func label(of item: TUIItem, in locale: LocaleTag) -> String { base.label(of: item, in: locale) }
        func shortHelp(of item: TUIItem, in locale: LocaleTag) -> String? { base.shortHelp(of: item, in: locale) }
        func search(_ query: String, in locale: LocaleTag) -> [String] { base.search(query, in: locale) }
        func review(_ slug: String, in locale: LocaleTag) -> ReviewDocument? {
            let path = repositoryRoot.appendingPathComponent("content/\(locale)/\(slug).md").path
            let article = ArticleStream.load(path)
            let units = article.units.map(ReviewUnit.init)
            return ReviewDocument(slug: slug, locale: locale, path: path, title: article.frontMatter?.title ?? slug,
                                  units: units, findings: findings(article))
        }
    }

    static func finding(_ rule: String, in article: Article, unit: Int?, change: TextChange? = nil, path: String? = nil) -> Finding {
        let location = unit.map { article.units[$0].location } ?? .start
        return Finding(ruleID: rule, severity: .warning, message: "\(rule) here", path: path ?? article.path, location: location,
                       locale: article.locale, slug: article.slug, fingerprintBasis: rule, change: change)
    }

    @Test("findings bind to the unit they point into; file-level ones and other files' stay out of the units")
    func binding() throws {
        let article = ArticleStream.load(repositoryRoot.appendingPathComponent("content/sv-SE/device-pin-password-reset-from-intune.md").path)
        var inside = Self.finding("markup-parity", in: article, unit: 2)
        inside.location.column += 10
        let findings = [inside, Self.finding("machine-translation", in: article, unit: nil),
                        Self.finding("missing-unit", in: article, unit: 1, path: "elsewhere.md")]
        let units = article.units.map(ReviewUnit.init)
        let document = ReviewDocument(slug: article.slug, locale: LocaleTag("sv-SE")!, path: article.path, title: "t",
                                      units: units, findings: findings)
        #expect(document.units.count == 7)
        #expect(document.units[2].findings.map(\.ruleID) == ["markup-parity"])
        #expect(document.units.enumerated().allSatisfy { $0.offset == 2 || $0.element.findings.isEmpty })
        #expect(document.articleFindings.map(\.ruleID) == ["machine-translation"])
    }

    @Test("R shows each unit's target with its English source under it, dimmed, and drift as was → now")
    func layout() throws {
        let content = ReviewedContent { article in
            [Self.finding("source-drift", in: article, unit: 2,
                          change: TextChange(old: "Only some types support this.", new: "Only specific operating system types and work profile types support this action."))]
        }
        let (controller, canvas) = TUIControllerTests.controller(content, locale: "sv-SE", rows: 40, columns: 100)
        TUIControllerTests.press(.character("R"), on: controller, canvas: canvas)
        #expect(controller.mode == .review)
        #expect(canvas.lines[0].contains("Granskning · device-pin-password-reset-from-intune"))
        let target = try #require(canvas.lines.firstIndex { $0.contains("Endast specifika operativsystemtyper") })
        #expect(canvas.lines[target].contains(" ! 104"))
        let source = try #require(canvas.lines.firstIndex { $0.contains("Only specific operating system types") })
        #expect(source > target)
        #expect(canvas.styles[source][10] == .dimmed)
        #expect(canvas.styles[target][10] == .plain)
        // The change speaks for itself: the rule, then was and now, without the message repeating them.
        #expect(canvas.lines[source + 1].trimmingCharacters(in: .whitespaces) == "▲ source-drift")
        #expect(canvas.lines[source + 2].contains("förut: Only some types support this."))
        #expect(canvas.lines[source + 3].contains("nu: Only specific operating system types"))
        #expect(canvas.lines[39].contains("Anmärkningar: 1"))
    }

    @Test("n and N go from finding to finding, scrolling each into view")
    func navigation() throws {
        let content = ReviewedContent { article in
            [Self.finding("untranslated", in: article, unit: 1), Self.finding("link-parity", in: article, unit: 6)]
        }
        let (controller, canvas) = TUIControllerTests.controller(content, locale: "sv-SE", review: "sv-SE", rows: 12, columns: 60)
        #expect(controller.mode == .review)
        #expect(!canvas.text.contains("▲ link-parity"))
        TUIControllerTests.press(.character("n"), on: controller, canvas: canvas)
        #expect(canvas.lines[11].contains("Anmärkning 1 av 2"))
        let first = try #require(canvas.lines.firstIndex { $0.contains("▲ untranslated") })
        #expect(canvas.styles[first][9] == .selected)
        TUIControllerTests.press(.character("n"), on: controller, canvas: canvas)
        #expect(canvas.lines[11].contains("Anmärkning 2 av 2"))
        #expect(canvas.text.contains("▲ link-parity"))
        #expect(!canvas.text.contains("▲ untranslated"))
        TUIControllerTests.press(.character("N"), on: controller, canvas: canvas)
        #expect(canvas.text.contains("▲ untranslated"))
        TUIControllerTests.press(.escape, on: controller, canvas: canvas)
        #expect(controller.mode == .actions)
    }

    @Test("L in the review goes to the next translation, never to English")
    func reviewLocales() {
        let (controller, canvas) = TUIControllerTests.controller(ReviewedContent { _ in [] }, locale: "en-US", review: "zh-TW")
        #expect(canvas.lines[0].contains("zh-TW"))
        var seen: [String] = []
        for _ in 0..<5 {
            TUIControllerTests.press(.character("L"), on: controller, canvas: canvas)
            seen.append(controller.reviewDocument?.locale.identifier ?? "")
        }
        #expect(seen == ["fr-FR", "it-IT", "ja-JP", "sv-SE", "zh-TW"])
        #expect(canvas.lines[23].contains("No findings"))
    }
}
