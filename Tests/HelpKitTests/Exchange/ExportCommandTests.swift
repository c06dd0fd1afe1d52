import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitExchange

@Suite("helpkit export")
struct ExportCommandTests {
    /// An English reference whose first sentence changed since ja-JP was
    /// translated, a unit left in English, and a translated one.
    static func driftedContent() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("content/en-US/a.md", "---\ntitle: Title\n---\nOpen the **Settings** page. Close it. Save the file.\n")
        try folder.write("content/ja-JP/a.md", sxsArticle(body:
            sxsUnit("1a2b3-102", target: "**ページ**を開きます。", source: "Open the **page**.") + " "
            + sxsUnit("1a2b3-103", target: "Close it.", source: "Close it.") + " "
            + sxsUnit("1a2b3-104", target: "ファイルを保存します。", source: "Save the file.")))
        return folder
    }

    @Test("one document per target locale, never English, with every unit and its file metadata")
    func bundledContent() throws {
        let output = try TemporaryFolder()
        let run = try HelpKitBinary.run(["export", "--output", output.url.path])
        #expect(run.status == 0, "\(run.errors)")
        let names = try FileManager.default.contentsOfDirectory(atPath: output.url.path).sorted()
        #expect(names == ["fr-FR.xlf", "it-IT.xlf", "ja-JP.xlf", "sv-SE.xlf", "zh-TW.xlf"])
        #expect(run.lines.count == 5)
        #expect(run.lines.allSatisfy { $0.hasSuffix(": 7 units in 1 articles") })
        let japanese = try String(contentsOf: output.url.appendingPathComponent("ja-JP.xlf"), encoding: .utf8)
        #expect(XMLCheck.schemaProblems(in: Array(japanese.utf8), schema: XMLCheck.xliff2Schema) == [])
        #expect(japanese.contains(#"<file id="f1" original="ja-JP/device-pin-password-reset-from-intune.md">"#))
        #expect(japanese.contains(#"<unit id="d55fa-102" xml:space="preserve">"#))
        #expect(japanese.contains(#"<mda:meta type="ms.translationtype">HT</mda:meta>"#))
        #expect(japanese.contains(#"<mda:meta type="ms.lasthandoff">09/14/2020</mda:meta>"#))
        let bytes = try FileReader.read(repositoryRoot.appendingPathComponent("content/ja-JP/device-pin-password-reset-from-intune.md").path)
        #expect(japanese.contains(#"<mda:meta type="helpkit:digest">\#(ArticleDigest.of(bytes))</mda:meta>"#))
    }

    @Test("a drifted unit has the reference's English as source, a drifted state and the old English in a note")
    func driftedUnit() throws {
        let folder = try Self.driftedContent()
        for (format, drifted, untranslated) in [("xliff2", #"<segment state="initial" subState="helpkit:drifted">"#, #"<segment state="initial">"#),
                                                ("xliff1.2", #"<target state="needs-review-translation">"#, #"<target state="needs-translation">"#)] {
            let run = try HelpKitBinary.run(["export", "content", "--format", format, "--output", "out"], currentDirectory: folder.url)
            #expect(run.status == 0, "\(run.errors)")
            #expect(run.text == "out/ja-JP.xlf: 3 units in 1 articles\n")
            let xliff = try String(contentsOf: folder.url.appendingPathComponent("out/ja-JP.xlf"), encoding: .utf8)
            let schema = format == "xliff2" ? XMLCheck.xliff2Schema : XMLCheck.xliff12StrictSchema
            #expect(XMLCheck.schemaProblems(in: Array(xliff.utf8), schema: schema) == [])
            #expect(xliff.contains(drifted))
            #expect(xliff.contains(untranslated))
            #expect(xliff.contains("Open the ") && xliff.contains(">Settings<"))
            #expect(xliff.contains("translated from the English: Open the **page**."))
            #expect(xliff.contains("the English changed: &quot;Open the **page**.&quot; is now &quot;Open the **Settings** page.&quot;"))
        }
    }

    @Test("--only needs-work keeps the drifted and untranslated units; TMX keeps only the current translation")
    func selections() throws {
        let folder = try Self.driftedContent()
        let run = try HelpKitBinary.run(["export", "content", "--only", "needs-work", "--output", "out"], currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.text == "out/ja-JP.xlf: 2 units in 1 articles\n")
        let xliff = try String(contentsOf: folder.url.appendingPathComponent("out/ja-JP.xlf"), encoding: .utf8)
        #expect(xliff.contains(#"<unit id="1a2b3-102""#) && xliff.contains(#"<unit id="1a2b3-103""#) && !xliff.contains(#"<unit id="1a2b3-104""#))

        let tmx = try HelpKitBinary.run(["export", "content", "--format", "tmx", "--output", "tm"], currentDirectory: folder.url)
        #expect(tmx.status == 0, "\(tmx.errors)")
        #expect(tmx.text == "tm/ja-JP.tmx: 1 units in 1 articles\n")
        let memory = try String(contentsOf: folder.url.appendingPathComponent("tm/ja-JP.tmx"), encoding: .utf8)
        #expect(XMLCheck.problem(in: memory) == nil)
        #expect(memory.contains(#"<tu tuid="ja-JP/a.md#1a2b3-104">"#))
        #expect(memory.contains(#"<tuv xml:lang="ja-JP"><seg>ファイルを保存します。</seg></tuv>"#))
    }

    @Test("--locale exports only the locales named; usage errors exit 2")
    func localesAndUsage() throws {
        let output = try TemporaryFolder()
        let run = try HelpKitBinary.run(["export", "--locale", "sv-SE", "--locale", "fr-FR", "--format", "tmx", "--output", output.url.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.url.path).sorted() == ["fr-FR.tmx", "sv-SE.tmx"])
        #expect(try HelpKitBinary.run(["export", "--output", output.url.path, "--format", "xliff3"]).status == 2)
        #expect(try HelpKitBinary.run(["export", "--output", output.url.path, "--locale", "not a locale"]).status == 2)
        #expect(try HelpKitBinary.run(["export"]).status == 2)
        let unwritable = try HelpKitBinary.run(["export", "--output", "/proc/helpkit-export"])
        #expect(unwritable.status == 2)
        #expect(unwritable.errors.contains("[unwritable-file]"))
    }

    @Test("--help teaches: examples and the exit statuses", arguments: ["export", "import"])
    func help(command: String) throws {
        let help = try HelpKitBinary.run([command, "--help"])
        #expect(help.status == 0)
        #expect(help.text.contains("Examples:"))
        #expect(help.text.contains("Exit status:"))
    }

    @Test("a locale with nothing to export gets no document")
    func nothingToExport() throws {
        let output = try TemporaryFolder()
        let run = try HelpKitBinary.run(["export", "--only", "needs-work", "--locale", "ja-JP", "--output", output.url.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.text == "ja-JP: no units to export, \(output.url.path)/ja-JP.xlf not written\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.url.path) == [])
    }
}
