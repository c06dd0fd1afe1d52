import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("units, roundtrip, source and target commands")
struct ParsingCommandTests {
    static let content = repositoryRoot.appendingPathComponent("content").path
    static let japanese = "\(content)/ja-JP/device-pin-password-reset-from-intune.md"

    @Test("units prints one JSON object per unit with every documented field")
    func unitsFields() throws {
        let run = try HelpKitBinary.run(["units", Self.japanese])
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(run.lines.count == 7)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(run.lines[0].utf8)) as? [String: Any])
        #expect(first["path"] as? String == Self.japanese)
        #expect(first["locale"] as? String == "ja-JP")
        #expect(first["id"] as? String == "d55fa-102")
        #expect(first["number"] as? Int == 102)
        #expect(first["merged"] as? Bool == false)
        #expect(first["source"] as? String == "Device pin/password reset from Intune")
        #expect(first["target"] as? String == "Intune からデバイスの PIN /パスワードをリセットする")
        #expect((first["block"] as? [String: Any])?["kind"] as? String == "heading")
        #expect((first["block"] as? [String: Any])?["level"] as? Int == 1)
        #expect(first["line"] as? Int == 23)
        #expect(first["column"] as? Int == 54)
    }

    @Test("units on content/ covers all six locales, en-US having no units")
    func unitsOnContent() throws {
        let run = try HelpKitBinary.run(["units"])
        #expect(run.status == 0)
        #expect(run.lines.count == 35)
        let locales = Set(run.lines.compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["locale"] as? String
        })
        #expect(locales == ["ja-JP", "zh-TW", "sv-SE", "it-IT", "fr-FR"])
    }

    @Test("an error-level diagnostic gives exit 1 and the other files are still printed")
    func errorExitStatus() throws {
        let folder = try TemporaryFolder()
        try folder.write("ja-JP/good.md", sxsArticle(body: sxsUnit("abcde-102", target: "良", source: "Good")))
        try folder.write("ja-JP/bad.md", sxsArticle(body: #"<span data-ttu-id="abcde-102">never closed"#))
        let run = try HelpKitBinary.run(["units", folder.url.path])
        #expect(run.status == 1)
        #expect(run.lines.count == 1)
        #expect(run.errors.contains("bad.md:7:1: error: unit abcde-102 has no English source span after it; the unit is left as text [unclosed-unit]"))
    }

    @Test("a usage error exits 2")
    func usageError() throws {
        #expect(try HelpKitBinary.run(["units", "--no-such-flag"]).status == 2)
    }

    @Test("roundtrip counts identical files")
    func roundTrip() throws {
        let run = try HelpKitBinary.run(["roundtrip", Self.content])
        #expect(run.status == 0)
        #expect(run.text == "6 of 6 files byte-identical\n")
    }

    @Test("content/en-US is exactly what helpkit source makes of the Japanese article")
    func englishContentIsCurrent() throws {
        let run = try HelpKitBinary.run(["source", Self.japanese])
        #expect(run.status == 0)
        let bundled = try FileReader.read("\(Self.content)/en-US/device-pin-password-reset-from-intune.md")
        #expect(Array(run.output) == bundled)
        #expect(run.text.contains("title: Device pin/password reset from Intune\n"))
        #expect(!run.text.contains("ms.contentlocale"))
        #expect(!run.text.contains("<span"))
        #expect(run.text.contains("# <a name=\"device-pinpassword-reset-from-intune\"></a>Device pin/password reset from Intune\n"))
    }

    @Test("target prints the article in its own language with the spans removed")
    func target() throws {
        let run = try HelpKitBinary.run(["target", "\(Self.content)/sv-SE/device-pin-password-reset-from-intune.md"])
        #expect(run.status == 0)
        #expect(run.text.contains("ms.contentlocale: sv-SE"))
        #expect(run.text.contains("\nEndast specifika operativsystemtyper och arbetsprofiltyper stöder den här åtgärden.\n"))
        #expect(!run.text.contains("sxs-lookup"))
        #expect(!run.text.contains("You can remove a passcode"))
    }
}
