import Foundation
import HelpKitTestSupport
import Testing

/// The README's loop, command by command: writers change the English,
/// `update` carries the translations over, `check` finds the work left,
/// `export` hands it to translators, `import` takes it back, and `check`
/// finds nothing left in that locale.
@Suite("The translation loop")
struct TranslationLoopTests {
    static let slug = "device-pin-password-reset-from-intune"

    static func rules(in folder: TemporaryFolder, locale: String) throws -> [String] {
        try CheckFixtures.findings(["content"], in: folder)
            .filter { $0["locale"] as? String == locale }
            .compactMap { $0["ruleID"] as? String }.filter { $0 != "machine-translation" && $0 != "stale-source-revision" }.sorted()
    }

    @Test("English edit → update → check → export → translate → import → check")
    func loop() throws {
        let folder = try UpdateCommandTests.folder()
        #expect(try HelpKitBinary.run(["update", "content"], currentDirectory: folder.url).status == 0)
        #expect(try Self.rules(in: folder, locale: "ja-JP") == ["source-drift", "untranslated"])

        let export = try HelpKitBinary.run(["export", "content", "--only", "needs-work", "-o", "out"], currentDirectory: folder.url)
        #expect(export.status == 0, "\(export.errors)")
        var xliff = try String(contentsOf: folder.url.appendingPathComponent("out/ja-JP.xlf"), encoding: .utf8)
        #expect(xliff.components(separatedBy: "<unit ").count - 1 == 2, "only the two units with work: \(xliff)")
        // A translator fills in both targets.
        for (id, text) in [("d55fa-103", "開始する前に、管理者としてサインインします。"), ("d55fa-105", "この操作をサポートするのは一部の種類のみです。")] {
            let unit = try #require(xliff.range(of: "<unit id=\"\(id)\""))
            let target = try #require(xliff.range(of: "<target>", range: unit.upperBound..<xliff.endIndex))
            let end = try #require(xliff.range(of: "</target>", range: target.upperBound..<xliff.endIndex))
            xliff.replaceSubrange(target.upperBound..<end.lowerBound, with: text)
        }
        try folder.write("out/ja-JP.xlf", xliff)
        let imported = try HelpKitBinary.run(["import", "out/ja-JP.xlf", "--into", "content"], currentDirectory: folder.url)
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.text == "2 targets changed in 1 articles, 0 unchanged, 0 conflicts\n")
        #expect(try Self.rules(in: folder, locale: "ja-JP") == [])
        #expect(try Self.rules(in: folder, locale: "sv-SE") == ["source-drift", "untranslated"], "the locale not translated still has its work")
    }
}
