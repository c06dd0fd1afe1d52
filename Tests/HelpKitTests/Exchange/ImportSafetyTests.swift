import Foundation
import HelpKitTestSupport
import Testing

/// Edits a translator's tool (or anyone) can make to an XLIFF document that
/// import must never write into an article: each is a conflict, or is read
/// as what XLIFF means by it, and the article keeps every other byte.
@Suite("helpkit import refuses what is not a translation")
struct ImportSafetyTests {
    typealias Fixture = ImportCommandTests

    static let target103 = "<target>閉じます &amp; 保存します。</target>"

    /// Imports `xliff` into a fresh export of the fixture article; the run and the article's text after it.
    static func importing(_ edit: (String) -> String, format: String = "xliff2") throws -> (run: HelpKitRun, article: String) {
        let (folder, xliff) = try Fixture.exported(format)
        let run = try Fixture.importing(edit(xliff), in: folder)
        return (run, try Fixture.articleText(in: folder))
    }

    @Test("conflicts, each with the article left as it was", arguments: [
        // The English of a unit that was not drifted.
        ("Close it &amp; save it.</source>", "Save it now.</source>",
         "unit 1a2b3-103: its English (the source) was edited, and only a drifted unit's English may change"),
        // A protected code rewritten in <originalData>: the article's own markup is the reference.
        (#"<data id="d1">**</data>"#, #"<data id="d1">&lt;img src=x onerror=alert(1)&gt;</data>"#, "unit 1a2b3-102:"),
        // Two units under one id.
        (#"<unit id="1a2b3-103""#, #"<unit id="1a2b3-102""#, "unit 1a2b3-102 appears more than once in the file"),
        // A line break would end the unit's paragraph and start a heading.
        (target103, "<target>閉じます。\n# 見出し</target>", "unit 1a2b3-103: it holds a line break, which would change the article's blocks"),
        // Two targets in one segment: which one is meant is unknown.
        (target103, "<target>閉じる。</target><target>保存する。</target>", "unit 1a2b3-103: it has more than one <target> in one segment"),
    ])
    func conflicts(original: String, replacement: String, message: String) throws {
        let (run, article) = try Self.importing { xliff in
            // Each edit also changes a target, so that there is something to apply.
            xliff.replacingOccurrences(of: original, with: replacement)
                .replacingOccurrences(of: "ページを開きます。</target>", with: "ページを開く。</target>")
                .replacingOccurrences(of: "保存します。</target>", with: "保存する。</target>")
        }
        #expect(run.status == 1)
        #expect(run.errors.contains(message), "\(run.errors)")
        #expect(!article.contains("見出し") && !article.contains("onerror") && !article.contains("Save it now"))
    }

    @Test("an empty target is a unit not translated yet: the translation stays")
    func emptyTarget() throws {
        for empty in ["<target/>", "<target></target>", "<target>  </target>"] {
            let (run, article) = try Self.importing { $0.replacingOccurrences(of: Self.target103, with: empty) }
            #expect(run.status == 0, "\(run.errors)")
            #expect(article == Fixture.article)
        }
    }

    @Test("a translation memory's suggestion (XLIFF 1.2 alt-trans) is not the translation")
    func alternativeTranslations() throws {
        let suggestion = #"<alt-trans match-quality="80"><source>Close it.</source><target>閉じる。</target></alt-trans>"#
        let (run, article) = try Self.importing({ xliff in
            xliff.replacingOccurrences(of: #"<target state="translated">閉じます &amp; 保存します。</target>"#,
                                       with: #"<target state="translated">閉じて保存します。</target>"# + suggestion)
        }, format: "xliff1.2")
        #expect(run.status == 0, "\(run.errors)")
        #expect(article == Fixture.article.replacingOccurrences(of: "閉じます &amp; 保存します。</span>", with: "閉じて保存します。</span>"))
    }

    @Test("a paired code whose ends are swapped does not make a link of `](url)…[`")
    func swappedPair() throws {
        let (folder, xliff) = try Fixture.exported(article: Fixture.codedArticle)
        let pair = #"<pc id="3" dataRefStart="d3" dataRefEnd="d4">グループ</pc>"#
        #expect(xliff.contains(pair))
        let run = try Fixture.importing(xliff.replacingOccurrences(of: pair, with: #"<pc id="3" dataRefStart="d4" dataRefEnd="d3">グループ</pc>"#),
                                        in: folder)
        #expect(run.status == 1)
        #expect(run.errors.contains("do not open and close a span; not applied [xliff]"), "\(run.errors)")
        #expect(try Fixture.articleText(in: folder) == Fixture.codedArticle)
    }
}
