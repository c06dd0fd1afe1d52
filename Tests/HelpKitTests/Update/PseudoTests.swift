import Foundation
import HelpKitCore
import HelpKitTestSupport
import HelpKitUpdate
import Testing

@Suite("Pseudo-localization")
struct PseudoTests {
    static func pseudo(_ english: String, expansion: Int = 30) -> String {
        String(decoding: Pseudolocalizer(expansion: expansion).translate(Array(english.utf8)), as: UTF8.self)
    }

    @Test("letters are accented, the text padded and bracketed")
    func letters() {
        #expect(Self.pseudo("Reset the PIN") == "[Ŗéšéţ ţĥé ÞÎÑ ····]")
        #expect(Self.pseudo("Reset", expansion: 0) == "[Ŗéšéţ]")
    }

    @Test("markup, code, link targets, URLs, tags, placeholders and entities stay as written", arguments: [
        ("Select **Save**.", "[Šéļéçţ **Šàṽé**. ···]"),
        ("Run `dir /s` now", "[Ŗûñ `dir /s` ñöŵ ··]"),
        ("See [Plans](https://docs.microsoft.com/plans).", "[Šéé [Þļàñš](https://docs.microsoft.com/plans). ···]"),
        ("Type <Group Name> in {0} or %APPDATA%", "[Ţýþé <Group Name> îñ {0} öŗ %APPDATA% ···]"),
        ("R&amp;D&nbsp;team<br>", "[Ŗ&amp;Đ&nbsp;ţéàɱ<br> ··]"),
    ])
    func protected(pair: (String, String)) {
        #expect(Self.pseudo(pair.0) == pair.1)
    }

    @Test("helpkit pseudo writes a locale the checker finds aligned: every code kept, every unit pseudo-translated")
    func command() throws {
        let folder = try TemporaryFolder()
        let english = try String(contentsOf: repositoryRoot.appendingPathComponent("content/en-US/device-pin-password-reset-from-intune.md"),
                                 encoding: .utf8)
        try folder.write("content/en-US/device-pin-password-reset-from-intune.md", english)
        let run = try HelpKitBinary.run(["pseudo", "content/en-US", "-o", "pseudo", "--expansion", "40"], currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        let path = folder.path("pseudo/qps-Ploc/device-pin-password-reset-from-intune.md")
        let article = ArticleParser.parse(try FileReader.read(path), path: path)
        #expect(article.diagnostics.isEmpty, "\(article.diagnostics)")
        #expect(article.units.count == 7)
        #expect(article.units.allSatisfy { $0.target.hasPrefix("[") && $0.target.hasSuffix("·]") })
        #expect(String(decoding: article.englishMarkdown(), as: UTF8.self).hasSuffix(String(english.split(separator: "---\n", maxSplits: 2)[1])))
        let findings = try CheckFixtures.findings(["content", "pseudo"], in: folder).compactMap { $0["ruleID"] as? String }
        #expect(!findings.contains { $0.hasSuffix("-parity") || $0.hasSuffix("-drift") || $0 == "untranslated" }, "\(findings)")
    }
}
