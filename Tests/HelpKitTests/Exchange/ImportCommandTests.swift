import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore

@Suite("helpkit import")
struct ImportCommandTests {
    static let article = sxsArticle(body:
        sxsUnit("1a2b3-102", target: "**設定**ページを開きます。", source: "Open the **Settings** page.") + " "
        + sxsUnit("1a2b3-103", target: "閉じます &amp; 保存します。", source: "Close it &amp; save it.") + "\n")

    /// content/ja-JP/a.md exported as `format` to out/ja-JP.xlf.
    static func exported(_ format: String = "xliff2", article: String = article) throws -> (folder: TemporaryFolder, xliff: String) {
        let folder = try TemporaryFolder()
        try folder.write("content/ja-JP/a.md", article)
        let run = try HelpKitBinary.run(["export", "content", "--format", format, "--output", "out"], currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        return (folder, try String(contentsOf: folder.url.appendingPathComponent("out/ja-JP.xlf"), encoding: .utf8))
    }

    static func importing(_ xliff: String, in folder: TemporaryFolder, _ extra: [String] = []) throws -> HelpKitRun {
        try folder.write("out/ja-JP.xlf", xliff)
        return try HelpKitBinary.run(["import", "out/ja-JP.xlf"] + extra, currentDirectory: folder.url)
    }

    static func articleText(in folder: TemporaryFolder) throws -> String {
        try String(contentsOf: folder.url.appendingPathComponent("content/ja-JP/a.md"), encoding: .utf8)
    }

    @Test("an edited target goes back into its span with its codes restored; nothing else changes", arguments: ["xliff2", "xliff1.2"])
    func editedTarget(format: String) throws {
        let (folder, xliff) = try Self.exported(format)
        let code = format == "xliff2" ? #"<pc id="1" dataRefStart="d1" dataRefEnd="d1">"# : #"<bpt id="1" rid="1">**</bpt>"#
        let closing = format == "xliff2" ? "</pc>" : #"<ept id="1" rid="1">**</ept>"#
        #expect(xliff.contains("\(code)設定\(closing)ページを開きます。</target>"))
        let edited = xliff.replacingOccurrences(of: "\(code)設定\(closing)ページを開きます。</target>",
                                                with: "\(code)設定\(closing) ページ &lt;開く&gt;</target>")
        let dryRun = try Self.importing(edited, in: folder, ["--dry-run"])
        #expect(dryRun.status == 0, "\(dryRun.errors)")
        #expect(dryRun.text == "1 targets would change in 1 articles, 1 unchanged, 0 conflicts\n")
        #expect(try Self.articleText(in: folder) == Self.article)

        let run = try Self.importing(edited, in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.text == "1 targets changed in 1 articles, 1 unchanged, 0 conflicts\n")
        #expect(try Self.articleText(in: folder) == Self.article.replacingOccurrences(
            of: "**設定**ページを開きます。</span>", with: "**設定** ページ <開く></span>"))
    }

    @Test("a drifted unit translated anew takes the current English, so check no longer reports its drift")
    func driftResolved() throws {
        let folder = try TemporaryFolder()
        try folder.write("content/ja-JP/a.md", Self.article)
        try folder.write("content/en-US/a.md", "---\ntitle: A\n---\nOpen the **Settings** page. Close it &amp; save it now.\n")
        let before = try CheckFixtures.findings(["content"], in: folder).filter { $0["ruleID"] as? String == "source-drift" }
        #expect(before.count == 1)
        let export = try HelpKitBinary.run(["export", "content", "--output", "out"], currentDirectory: folder.url)
        #expect(export.status == 0, "\(export.errors)")
        let xliff = try String(contentsOf: folder.url.appendingPathComponent("out/ja-JP.xlf"), encoding: .utf8)
        #expect(xliff.contains(#"state="initial" subState="helpkit:drifted""#))
        let edited = xliff.replacingOccurrences(of: "閉じます &amp; 保存します。</target>", with: "今すぐ閉じて保存します。</target>")
        let run = try Self.importing(edited, in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let text = try Self.articleText(in: folder)
        #expect(text.contains(#">今すぐ閉じて保存します。</span><span class="sxs-lookup"><span data-stu-id="1a2b3-103">Close it &amp; save it now.</span>"#)
                || text.contains(#">今すぐ閉じて保存します。</span><span class="sxs-lookup"><span data-stu-id="1a2b3-103">Close it & save it now.</span>"#),
                "\(text)")
        #expect(text.contains("Open the **Settings** page."))
        let after = try CheckFixtures.findings(["content"], in: folder).filter { $0["ruleID"] as? String == "source-drift" }
        #expect(after.isEmpty, "\(after)")
    }

    @Test("conflicts are reported with their place in the XLIFF and not applied; the rest is")
    func conflicts() throws {
        let (folder, xliff) = try Self.exported()
        let deleted = xliff.replacingOccurrences(of: #"<pc id="1" dataRefStart="d1" dataRefEnd="d1">設定</pc>ページを開きます。"#,
                                                 with: "設定ページ。")
        let run = try Self.importing(deleted.replacingOccurrences(of: "閉じます &amp; 保存します。", with: "閉じて保存します。"), in: folder)
        #expect(run.status == 1)
        #expect(run.text == "1 targets changed in 1 articles, 0 unchanged, 1 conflicts\n")
        #expect(run.errors.contains(#"out/ja-JP.xlf:"#))
        #expect(run.errors.contains(": error: ja-JP/a.md: unit 1a2b3-102: the protected code `**` was deleted; not applied [xliff]"))
        #expect(try Self.articleText(in: folder).contains("**設定**ページを開きます。</span>"))
        #expect(try Self.articleText(in: folder).contains("閉じて保存します。</span>"))

        // The article changed since the export: its digest no longer matches.
        let again = try Self.importing(xliff.replacingOccurrences(of: "閉じます", with: "閉じる"), in: folder)
        #expect(again.status == 1)
        #expect(again.errors.contains("ja-JP/a.md: the article changed since it was exported; export it again; not applied [xliff]"))

        // An article changed outside its targets since the export: the XLIFF that
        // changes nothing in it leaves it alone; the one that does is a conflict.
        let (retitled, untouched) = try Self.exported()
        let newTitle = Self.article.replacingOccurrences(of: "title: テスト", with: "title: 新しいテスト")
        try retitled.write("content/ja-JP/a.md", newTitle)
        let nothing = try Self.importing(untouched, in: retitled)
        #expect(nothing.status == 0, "\(nothing.errors)")
        #expect(nothing.text == "0 targets changed in 0 articles, 2 unchanged, 0 conflicts\n")
        let edited = try Self.importing(untouched.replacingOccurrences(of: "閉じます", with: "閉じる"), in: retitled)
        #expect(edited.status == 1)
        #expect(edited.errors.contains("ja-JP/a.md: the article changed since it was exported; export it again; not applied [xliff]"))
        #expect(try Self.articleText(in: retitled) == newTitle)

        let (fresh, original) = try Self.exported()
        let duplicated = original.replacingOccurrences(of: "ページを開きます。</target>",
                                                       with: #"ページを開きます。<pc id="1" dataRefStart="d1" dataRefEnd="d1">!</pc></target>"#)
        let gone = duplicated.replacingOccurrences(of: #"<unit id="1a2b3-103""#, with: #"<unit id="1a2b3-109""#)
            .replacingOccurrences(of: "閉じます &amp;", with: "閉じる &amp;")
        let both = try Self.importing(gone, in: fresh)
        #expect(both.status == 1)
        #expect(both.errors.contains("unit 1a2b3-102: the protected code `**` is duplicated; not applied [xliff]"))
        #expect(both.errors.contains("unit 1a2b3-109 is gone from the article; not applied [xliff]"))
        #expect(try Self.articleText(in: fresh) == Self.article)
    }

    @Test("hostile XLIFF is refused whole: external entities, entity expansion, malformed XML, another namespace")
    func hostile() throws {
        let (folder, xliff) = try Self.exported()
        let secret = try folder.write("secret.txt", "SECRET")
        let body = xliff.drop { $0 != "\n" }
        // Each document, and what the refusal may say: the document type is
        // refused when it is read, unless libxml2 stopped an entity loop first.
        let cases: [(String, [String])] = [
            (#"<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x SYSTEM "file://\#(secret)">]>"# + body
                .replacingOccurrences(of: "閉じます", with: "&x;"), ["a document type declaration is not allowed"]),
            (#"<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">"#
                + #"<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">"#
                + #"<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">"#
                + #"<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>"#
                + body.replacingOccurrences(of: "閉じます", with: "&h;"), ["a document type declaration is not allowed", "entity reference loop"]),
            (xliff.replacingOccurrences(of: "</target>", with: "</targt>"), ["cannot read the XLIFF: "]),
            // UTF-8 read as windows-1252 (no character at 0x81), in a document longer than the parser's
            // first chunk: libxml2 halts and tells only stderr, which must stay quiet.
            (xliff.replacingOccurrences(of: #"encoding="UTF-8""#, with: #"encoding="windows-1252""#)
                .replacingOccurrences(of: "閉じます", with: "Á閉じます") + "<!--" + String(repeating: " ", count: 300_000) + "-->",
             ["the bytes are not in the encoding the document declares"]),
            (xliff.replacingOccurrences(of: "urn:oasis:names:tc:xliff:document:2.0", with: "urn:example:xliff"),
             [#"not an XLIFF 2.0 or 1.2 document: the root is <xliff> in namespace "urn:example:xliff""#]),
        ]
        for (document, messages) in cases {
            let started = Date()
            let run = try Self.importing(document, in: folder)
            #expect(Date().timeIntervalSince(started) < 10)
            #expect(run.status == 1)
            #expect(run.text == "0 targets changed in 0 articles, 0 unchanged, 1 conflicts\n")
            #expect(run.errors.hasPrefix("out/ja-JP.xlf:"), "\(run.errors)")
            #expect(messages.contains { run.errors.contains($0) }, "\(run.errors)")
            #expect(run.errors.hasSuffix("; nothing of it was imported [xliff]\n"), "\(run.errors)")
            #expect(!run.errors.contains("SECRET"))
            #expect(try Self.articleText(in: folder) == Self.article)
        }
        #expect(try HelpKitBinary.run(["import", "missing.xlf"], currentDirectory: folder.url).status == 2)
        #expect(try HelpKitBinary.run(["import"], currentDirectory: folder.url).status == 2)
    }

    @Test("a target a translator's tool (Translate Toolkit) edited and saved goes back; the other unit is unchanged")
    func editedByTranslateToolkit() throws {
        let (folder, _) = try Self.exported()
        try TranslateToolkit.appendToTarget("（確認済み）", unit: "1a2b3-103", in: folder.path("out/ja-JP.xlf"))
        let run = try HelpKitBinary.run(["import", "out/ja-JP.xlf"], currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.text == "1 targets changed in 1 articles, 1 unchanged, 0 conflicts\n")
        // The `&` the translator left alone keeps its spelling.
        #expect(try Self.articleText(in: folder) == Self.article.replacingOccurrences(
            of: "閉じます &amp; 保存します。</span>", with: "閉じます &amp; 保存します。（確認済み）</span>"))
    }

    static let codedArticle = sxsArticle(body:
        sxsUnit("1a2b3-102", target: "**設定**で [グループ](https://example.com/a?x=1&amp;y=2) に <Group Name> を追加します &amp; 保存します。",
                source: "In **Settings**, add <Group Name> to the [group](https://example.com/a?x=1&amp;y=2) &amp; save.") + " "
        + sxsUnit("1a2b3-103", target: "閉じます。", source: "Close it.") + "\n")

    @Test("Translate Toolkit edits the text around bold, a link, <Group Name> and &; import changes that target span and nothing else")
    func codesEditedByTranslateToolkit() throws {
        let (folder, xliff) = try Self.exported(article: Self.codedArticle)
        #expect(xliff.contains(#"<target><pc id="1" dataRefStart="d1" dataRefEnd="d1">設定</pc>で <pc id="3" dataRefStart="d3" dataRefEnd="d4">グループ</pc> に <ph id="2" dataRef="d2"/> を追加します &amp; 保存します。</target>"#))
        // Each text run of the target, as the tool's rich text shows it, and what the translator makes of it.
        try TranslateToolkit.editTargetText(["設定": "設定画面", "グループ": "グループ一覧", " に ": " に新しい ",
                                             " を追加します & 保存します。": " を追加し & <b>今すぐ</b>保存します。"],
                                            unit: "1a2b3-102", in: folder.path("out/ja-JP.xlf"))
        let run = try HelpKitBinary.run(["import", "out/ja-JP.xlf"], currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.text == "1 targets changed in 1 articles, 1 unchanged, 0 conflicts\n")
        // Codes come back byte for byte, the kept `&amp;` too; the translator's
        // `<b>` is text, so it cannot become HTML.
        #expect(try Self.articleText(in: folder) == Self.codedArticle.replacingOccurrences(
            of: "**設定**で [グループ](https://example.com/a?x=1&amp;y=2) に <Group Name> を追加します &amp; 保存します。</span>",
            with: "**設定画面**で [グループ一覧](https://example.com/a?x=1&amp;y=2) に新しい <Group Name> を追加し &amp; &lt;b>今すぐ&lt;/b>保存します。</span>"))
        // Export again: the translator's text as they wrote it.
        let again = try HelpKitBinary.run(["export", "content", "--output", "again"], currentDirectory: folder.url)
        #expect(again.status == 0, "\(again.errors)")
        let reexported = try String(contentsOf: folder.url.appendingPathComponent("again/ja-JP.xlf"), encoding: .utf8)
        #expect(reexported.contains(#"<target><pc id="1" dataRefStart="d1" dataRefEnd="d1">設定画面</pc>で <pc id="3" dataRefStart="d3" dataRefEnd="d4">グループ一覧</pc> に新しい <ph id="2" dataRef="d2"/> を追加し &amp; &lt;b&gt;今すぐ&lt;/b&gt;保存します。</target>"#))
    }

    static let entityArticle = sxsArticle(body:
        sxsUnit("1a2b3-102", target: "R&amp;D チーム&nbsp;の &lt;設定&gt; と O&#39;Brien を開きます。",
                source: "Open the R&amp;D team&nbsp;&lt;settings&gt; and O&#39;Brien.") + " "
        + sxsUnit("1a2b3-103", target: "A &amp; B の比較。", source: "A &amp; B compared.") + "\n")

    @Test("entities the translator left alone survive; new & and < are written so they read as text and keep the spans whole",
          arguments: ["xliff2", "xliff1.2"])
    func entitiesKept(format: String) throws {
        let (folder, xliff) = try Self.exported(format, article: Self.entityArticle)
        // Translators see the characters, not the references.
        #expect(xliff.contains("R&amp;D チーム\u{A0}の &lt;設定&gt; と O'Brien を開きます。</target>"))
        let edited = xliff
            .replacingOccurrences(of: "R&amp;D チーム\u{A0}の &lt;設定&gt; と O'Brien を開きます。</target>",
                                  with: "R&amp;D チーム\u{A0}の &lt;設定&gt; と O'Brien をすぐ開きます。</target>")
            .replacingOccurrences(of: "A &amp; B の比較。</target>",
                                  with: "A &amp; B の比較 &lt;/span&gt;&lt;span data-x=\"1\"&gt; 5 &lt; 6 &amp;amp; x_y * [z] &amp;copy;</target>")
        try folder.write("out/ja-JP.xlf", edited)
        let run = try HelpKitBinary.run(["import", "out/ja-JP.xlf"], currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.text == "2 targets changed in 1 articles, 0 unchanged, 0 conflicts\n")
        let text = try Self.articleText(in: folder)
        // Untouched references keep their bytes in an edited sentence.
        #expect(text.contains(#"<span data-ttu-id="1a2b3-102">R&amp;D チーム&nbsp;の &lt;設定&gt; と O&#39;Brien をすぐ開きます。</span>"#), "\(text)")
        // New text: `&`, `<` and `>` as the article writes them (`&amp;`,
        // `&lt;`, `&gt;`), a typed `&amp;` or `&copy;` as those characters,
        // markdown delimiters escaped, `_` inside a word left alone.
        #expect(text.contains(#"<span data-ttu-id="1a2b3-103">A &amp; B の比較 &lt;/span&gt;&lt;span data-x="1"&gt; 5 &lt; 6 &amp;amp; x_y \* \[z\] &amp;copy;</span>"#),
                "\(text)")
        #expect(try HelpKitBinary.run(["roundtrip", "content"], currentDirectory: folder.url).status == 0)
        // Export again: the translator's text exactly as they wrote it.
        let again = try HelpKitBinary.run(["export", "content", "--format", format, "--output", "again"], currentDirectory: folder.url)
        let reexported = try String(contentsOf: folder.url.appendingPathComponent("again/ja-JP.xlf"), encoding: .utf8)
        #expect(again.status == 0)
        #expect(reexported.contains("A &amp; B の比較 &lt;/span&gt;&lt;span data-x=&quot;1&quot;&gt; 5 &lt; 6 &amp;amp; x_y "))
        #expect(reexported.contains(" &amp;copy;</target>"))
    }

    @Test("a paired code deleted on one end, or ends that no longer nest, is a conflict", arguments: ["xliff2", "xliff1.2"])
    func pairedCodeConflicts(format: String) throws {
        let (folder, xliff) = try Self.exported(format, article: Self.codedArticle)
        let target = format == "xliff2"
            ? #"<target><pc id="1" dataRefStart="d1" dataRefEnd="d1">設定</pc>で <pc id="3" dataRefStart="d3" dataRefEnd="d4">グループ</pc> に"#
            : #"<target state="translated"><bpt id="1" rid="1">**</bpt>設定<ept id="1" rid="1">**</ept>で <bpt id="3" rid="3">[</bpt>グループ<ept id="3" rid="3">](https://example.com/a?x=1&amp;amp;y=2)</ept> に"#
        #expect(xliff.contains(target), "\(xliff)")
        // A tool that had to break the pairs writes them as start and end codes (2.0) or moves an end (1.2).
        let crossing = format == "xliff2"
            ? #"<target><sc id="1" dataRef="d1"/>設定で <sc id="3" dataRef="d3"/>グ<ec startRef="1" dataRef="d1"/>ループ<ec startRef="3" dataRef="d4"/> に"#
            : #"<target state="translated"><bpt id="1" rid="1">**</bpt>設定で <bpt id="3" rid="3">[</bpt>グ<ept id="1" rid="1">**</ept>ループ<ept id="3" rid="3">](https://example.com/a?x=1&amp;amp;y=2)</ept> に"#
        let lostEnd = format == "xliff2"
            ? #"<target><sc id="1" dataRef="d1"/>設定で <pc id="3" dataRefStart="d3" dataRefEnd="d4">グループ</pc> に"#
            : #"<target state="translated"><bpt id="1" rid="1">**</bpt>設定で <bpt id="3" rid="3">[</bpt>グループ<ept id="3" rid="3">](https://example.com/a?x=1&amp;amp;y=2)</ept> に"#
        let cases = [
            (crossing, "the paired codes `**`…`**` and `[`… are mis-nested"),
            (lostEnd, "the paired code `**` has lost its closing code"),
        ]
        for (edit, message) in cases {
            let run = try Self.importing(xliff.replacingOccurrences(of: target, with: edit), in: folder)
            #expect(run.status == 1)
            #expect(run.errors.contains("ja-JP/a.md: unit 1a2b3-102: \(message); not applied [xliff]"), "\(run.errors)")
            #expect(try Self.articleText(in: folder) == Self.codedArticle)
        }
        // Well nested start and end codes are as good as the pair.
        if format == "xliff2" {
            let split = #"<target><sc id="1" dataRef="d1"/>設定<ec startRef="1" dataRef="d1"/>で <pc id="3" dataRefStart="d3" dataRefEnd="d4">グループ</pc> に"#
            let run = try Self.importing(xliff.replacingOccurrences(of: target, with: split).replacingOccurrences(of: "保存します。</target>", with: "保存する。</target>"), in: folder)
            #expect(run.status == 0, "\(run.errors)")
            #expect(try Self.articleText(in: folder) == Self.codedArticle.replacingOccurrences(of: "保存します。</span>", with: "保存する。</span>"))
        }
    }
}
