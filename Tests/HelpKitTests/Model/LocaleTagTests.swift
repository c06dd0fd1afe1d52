import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Locale tags")
struct LocaleTagTests {
    @Test("BCP 47 and POSIX forms canonicalise", arguments: [
        ("ja-JP", "ja-JP"), ("ja_JP.UTF-8", "ja-JP"), ("zh-Hant-TW", "zh-Hant-TW"), ("ZH-hant-tw", "zh-Hant-TW"),
        ("it_IT@euro", "it-IT"), ("sr_RS@latin", "sr-Latn-RS"), ("fr", "fr"), ("es-419", "es-419"),
        ("de-DE-1996", "de-DE-1996"),
    ])
    func canonical(input: String, expected: String) {
        #expect(LocaleTag(input)?.identifier == expected)
    }

    @Test("C, POSIX and nonsense name no language", arguments: ["C", "POSIX", "", "1234", "ja-JP-x", "e"])
    func noLanguage(input: String) {
        #expect(LocaleTag(input) == nil)
    }

    @Test("the parts are kept apart")
    func parts() {
        let tag = LocaleTag("zh-Hant-TW")
        #expect(tag?.language == "zh")
        #expect(tag?.script == "Hant")
        #expect(tag?.region == "TW")
        #expect(tag?.languageOnly.identifier == "zh")
    }

    @Test("a path's locale is its nearest folder named like one", arguments: [
        ("content/ja-JP/a.md", "ja-JP"), ("/help/fr-FR/setup/a.md", "fr-FR"), ("sv-SE//a.md", "sv-SE"),
        ("ja-JP/fr-FR/a.md", "fr-FR"), ("ja-JP/tmp/a.md", "ja-JP"), ("zh-Hant/a.md", "zh-Hant"),
    ])
    func folderOf(path: String, expected: String) {
        #expect(LocaleTag(folderOf: path)?.identifier == expected)
    }

    @Test("a path with no locale folder has no locale", arguments: ["a.md", "/a.md", "tmp/doc/a.md", "ja-JP", "ja-JP.md", ""])
    func noFolderLocale(path: String) {
        #expect(LocaleTag(folderOf: path) == nil)
    }

    @Test("unit ids parse and print back")
    func unitIDs() {
        #expect(UnitID("d55fa-102") == UnitID(prefix: "d55fa", number: 102, isMerged: false))
        #expect(UnitID("d55fa-p104")?.isMerged == true)
        #expect(UnitID("D55FA-102") == nil)
        #expect(UnitID("d55f-102") == nil)
        #expect(UnitID("d55fa-") == nil)
    }
}
