import Foundation
import HelpKitChecking
import HelpKitCore
import HelpKitTestSupport
import HelpKitUpdate
import Testing

/// `ArticleUpdate` on small articles, one kind of English edit each.
@Suite("Carrying translations to a new English")
struct ArticleUpdateTests {
    static func article(_ body: String) -> Article {
        ArticleParser.parse(Array(sxsArticle(body: body).utf8), path: "ja-JP/a.md")
    }

    static func english(_ body: String) -> [UInt8] {
        Array("---\ntitle: A\n---\n\(body)".utf8)
    }

    static func update(_ body: String, to english: String, threshold: Double = 0.75) throws -> Article {
        let update = ArticleUpdate(article(body), english: Self.english(english), threshold: threshold)
        let bytes = try #require(update.bytes, "the article was not rewritten")
        let updated = ArticleParser.parse(bytes, path: "ja-JP/a.md")
        #expect(updated.diagnostics.isEmpty, "\(updated.diagnostics)")
        return updated
    }

    static let two = sxsUnit("1a2b3-102", target: "開きます。", source: "Open it.") + " "
        + sxsUnit("1a2b3-103", target: "閉じます。", source: "Close it.")

    @Test("an English that did not change leaves the article as it is")
    func unchanged() {
        #expect(ArticleUpdate(Self.article(Self.two), english: Self.english("Open it. Close it.")).bytes == nil)
        // Only what the pipeline rewrites (spacing, URL locales) is no change either.
        #expect(ArticleUpdate(Self.article(Self.two), english: Self.english("Open  it.\nClose it.")).bytes == nil)
    }

    @Test("a new sentence gets the English as its translation, numbered in document order")
    func added() throws {
        let updated = try Self.update(Self.two, to: "Open it. Wait a minute. Close it.")
        #expect(updated.units.map(\.id.description) == ["1a2b3-102", "1a2b3-103", "1a2b3-104"])
        #expect(updated.units.map(\.target) == ["開きます。", "Wait a minute.", "閉じます。"])
        #expect(updated.units.map(\.source) == ["Open it.", "Wait a minute.", "Close it."])
    }

    @Test("a changed sentence keeps its translation and its old English, so check reports the drift")
    func changed() throws {
        // The article already holds both: nothing to write for a change alone.
        #expect(ArticleUpdate(Self.article(Self.two), english: Self.english("Open it. Close it now.")).bytes == nil)
        let updated = try Self.update(Self.two, to: "Open it. Wait a minute. Close it now.")
        #expect(updated.units.map(\.target) == ["開きます。", "Wait a minute.", "閉じます。"])
        #expect(updated.units.map(\.source) == ["Open it.", "Wait a minute.", "Close it."])
        let below = try Self.update(Self.two, to: "Open it. Close it now.", threshold: 0.9)
        #expect(below.units.map(\.target) == ["開きます。", "Close it now."])
    }

    @Test("a removed sentence goes; a moved one keeps its translation")
    func removedAndMoved() throws {
        let three = Self.two + " " + sxsUnit("1a2b3-104", target: "保存します。", source: "Save it.")
        let removed = try Self.update(three, to: "Open it. Save it.")
        #expect(removed.units.map(\.target) == ["開きます。", "保存します。"])
        let moved = try Self.update(three, to: "Save it. Open it. Close it.")
        #expect(moved.units.map(\.target) == ["保存します。", "開きます。", "閉じます。"])
        #expect(moved.units.map(\.id.description) == ["1a2b3-102", "1a2b3-103", "1a2b3-104"])
    }

    @Test("a merged unit stays one unit while its sentences stay together")
    func merged() throws {
        let body = sxsUnit("1a2b3-p102", target: "開いて閉じます。", source: "Open it. Then close it.")
        let updated = try Self.update(body, to: "Open it. Then close it.\n\nSave it.")
        #expect(updated.units.map(\.id.description) == ["1a2b3-p102", "1a2b3-104"])
        #expect(updated.units.map(\.target) == ["開いて閉じます。", "Save it."])
    }

    @Test("blocks, links and code come from the new English; nothing inside a code block is a unit")
    func blocks() throws {
        let updated = try Self.update(Self.two, to: "# Title\n\n- Open it.\n- See [Plans](/plans).\n\n```\nClose it.\n```\n")
        #expect(updated.units.map(\.block) == [.heading(level: 1), .listItem(depth: 1, ordered: false), .listItem(depth: 1, ordered: false)])
        #expect(updated.units.map(\.target) == ["Title", "開きます。", "See [Plans](/plans)."])
        #expect(String(decoding: updated.printed(), as: UTF8.self).hasSuffix("```\nClose it.\n```\n"))
    }

    @Test("a unit that is a whole link's text keeps the link syntax outside its spans, as the corpus does")
    func linkOutside() throws {
        let body = "- [" + sxsUnit("1a2b3-102", target: "プランの変更", source: "Change plans")
            + "](https://docs.microsoft.com/ja-jp/change-plans)\n"
        let updated = try Self.update(body, to: "- [Change plans](https://docs.microsoft.com/change-plans)\n- [Sign in](/signin)\n")
        #expect(updated.units.map(\.target) == ["プランの変更", "Sign in"])
        #expect(updated.units.map(\.source) == ["Change plans", "Sign in"])
        let text = String(decoding: updated.printed(), as: UTF8.self)
        #expect(text.contains(#"- [<span data-ttu-id="1a2b3-102">プランの変更</span>"#))
        #expect(text.contains(#"</span></span>](/signin)"#))
    }

    @Test("the front matter lists the units whose English stands in, and only those, through later updates")
    func standIns() throws {
        // A command the translator kept in English is a translation, not a stand-in.
        let command = sxsUnit("1a2b3-104", target: "`Get-Mailbox`", source: "`Get-Mailbox`")
        let first = try Self.update(Self.two + "\n\n" + command, to: "Open it. Close it.\n\n**Basic**.\n\n`Get-Mailbox`")
        #expect(first.units.map(\.target) == ["開きます。", "閉じます。", "**Basic**.", "`Get-Mailbox`"])
        #expect(first.frontMatter?.untranslatedUnits == ["1a2b3-104"])
        let text = String(decoding: first.printed(), as: UTF8.self)
        #expect(text.contains("ms.lasthandoff: 09/14/2020\nhelpkit.untranslated: [1a2b3-104]\n---\n"))
        #expect(!String(decoding: first.englishMarkdown(), as: UTF8.self).contains("helpkit"))

        // `untranslated` reports the short stand-in, and not the command.
        let folder = try TemporaryFolder()
        try folder.write("ja-JP/a.md", Data(first.printed()))
        let findings = Checker().check(paths: [folder.url.path]).findings.filter { $0.ruleID == "untranslated" }
        #expect(findings.map(\.message) == [#"unit 1a2b3-104: a new sentence that helpkit update gave its English for now; translate it: "**Basic**." → "**Basic**.""#])

        // Renumbered by the next update, still a stand-in; once translated, off the list.
        let second = try #require(ArticleUpdate(first, english: Self.english("Save it. Open it. Close it.\n\n**Basic**.\n\n`Get-Mailbox`")).bytes)
        let renumbered = ArticleParser.parse(second, path: "ja-JP/a.md")
        #expect(renumbered.frontMatter?.untranslatedUnits == ["1a2b3-102", "1a2b3-105"])
        var translated = String(decoding: second, as: UTF8.self)
        translated = translated.replacingOccurrences(of: #"<span data-ttu-id="1a2b3-105">**Basic**.</span>"#,
                                                     with: #"<span data-ttu-id="1a2b3-105">**基本**。</span>"#)
        let third = try #require(ArticleUpdate(ArticleParser.parse(Array(translated.utf8), path: "ja-JP/a.md"),
                                               english: Self.english("Open it. Close it.\n\n**Basic**.\n\n`Get-Mailbox`")).bytes)
        let done = ArticleParser.parse(third, path: "ja-JP/a.md")
        #expect(done.units.map(\.target) == ["開きます。", "閉じます。", "**基本**。", "`Get-Mailbox`"])
        #expect(done.frontMatter?.untranslatedUnits == [])
        #expect(!String(decoding: third, as: UTF8.self).contains("helpkit.untranslated"))
    }

    @Test("a second run over its own output changes nothing")
    func idempotent() throws {
        let first = ArticleUpdate(Self.article(Self.two), english: Self.english("Open it. Wait. Close it now."))
        let bytes = try #require(first.bytes)
        let again = ArticleUpdate(ArticleParser.parse(bytes, path: "ja-JP/a.md"), english: Self.english("Open it. Wait. Close it now."))
        #expect(again.bytes == nil)
    }

    @Test("the leverage report counts each new sentence once, in units and words, by band")
    func leverage() {
        var report = LeverageReport()
        report.add(ArticleUpdate(Self.article(Self.two), english: Self.english("Open it. Close it now. Wait a minute. Wait a minute.")),
                   locale: "ja-JP")
        let row = report.rows[0]
        #expect(row.articles == 1)
        #expect(row[.exact] == LeverageReport.Count(units: 1, words: 2))
        #expect(row[.fuzzy75] == LeverageReport.Count(units: 1, words: 3))
        #expect(row[.new] == LeverageReport.Count(units: 1, words: 3))
        #expect(row[.repetition] == LeverageReport.Count(units: 1, words: 3))
        #expect(report.csv().contains("ja-JP,1,fuzzy 75-84,1,3\n"))
    }

    @Test("each fuzzy band takes the sentences whose share of kept words falls in it")
    func leverageBands() {
        let twentyTwo = "Sign in to your admin center, open its settings page, find each tenant policy there and review every rule before you leave"
        let ten = "Sign in to the admin center and review all policies"
        let four = "Open the policy settings"
        let article = Self.article(sxsUnit("1a2b3-102", target: "二十二。", source: "\(twentyTwo).") + " "
            + sxsUnit("1a2b3-103", target: "十。", source: "\(ten).") + " " + sxsUnit("1a2b3-104", target: "四。", source: "\(four)."))
        var report = LeverageReport()
        // One word of each changed: 21 of 22 distinct words kept (Dice 95%), 9 of 10 (90%), 3 of 4 (75%).
        report.add(ArticleUpdate(article, english: Self.english(twentyTwo.replacingOccurrences(of: "review", with: "audit") + ". "
            + ten.replacingOccurrences(of: "review", with: "audit") + ". " + four.replacingOccurrences(of: "policy", with: "sharing") + ".")),
                   locale: "ja-JP")
        let row = report.rows[0]
        #expect(row[.fuzzy95] == LeverageReport.Count(units: 1, words: 22))
        #expect(row[.fuzzy85] == LeverageReport.Count(units: 1, words: 10))
        #expect(row[.fuzzy75] == LeverageReport.Count(units: 1, words: 4))
        #expect(row[.exact] == LeverageReport.Count() && row[.new] == LeverageReport.Count())
    }

    @Test("an article added for a missing locale from an English saved with CRLF is CRLF throughout its front matter")
    func crlfEnglish() throws {
        let english = "---\r\ntitle: Reset\r\nms.date: 09/14/2020\r\n---\r\nReset the PIN.\r\n"
        let update = ArticleUpdate(missingIn: LocaleTag("sv-SE")!, english: NewEnglish(Array(english.utf8), path: "en-US/a.md"),
                                   path: "sv-SE/a.md")
        let written = String(decoding: try #require(update.bytes), as: UTF8.self)
        let header = try #require(written.components(separatedBy: "---\r\n").dropFirst().first)
        #expect(header.contains("ms.contentlocale: sv-SE\r\n"))
        #expect(header.contains("helpkit.untranslated: ["))
        #expect(!header.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "\(header.debugDescription)")
    }
}
