import Foundation
import HelpKitTestSupport
import Testing

@Suite("helpkit help on the bundled content")
struct HelpCommandTests {
    static let japaneseTitle = "Intune からデバイスの PIN /パスワードをリセットする"
    static let italianTitle = "Reimpostazione PIN/password dispositivo da Intune"
    static let frenchTitle = "Réinitialisation des mots de passe/code confidentiel de l’appareil à partir d'Intune"
    static let chineseTitle = "從 Intune 重設裝置 pin/密碼"
    static let englishTitle = "Device pin/password reset from Intune"

    @Test("--locale ja shows the Japanese article")
    func japanese() throws {
        let run = try Serving.run(["help", "1278", "--locale", "ja"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.text.contains(Self.japaneseTitle))
        #expect(!run.text.contains(Self.englishTitle))
    }

    @Test("LANG=it_IT.UTF-8 shows Italian")
    func italianFromLang() throws {
        let run = try Serving.run(["help", "1278"], environment: ["LANG": "it_IT.UTF-8"])
        #expect(run.status == 0)
        #expect(run.text.contains(Self.italianTitle))
    }

    @Test("LANGUAGE=de:fr shows French and says there is no German")
    func frenchAfterGerman() throws {
        let run = try Serving.run(["help", "1278"], environment: ["LANGUAGE": "de:fr", "LANG": "ja_JP.UTF-8"])
        #expect(run.status == 0)
        #expect(run.text.contains(Self.frenchTitle))
        #expect(run.text.contains("Affiché en français : aucune traduction en allemand."))
    }

    @Test("--locale zh-Hant-TW shows Traditional Chinese")
    func traditionalChinese() throws {
        let run = try Serving.run(["help", "1278", "--locale", "zh-Hant-TW"])
        #expect(run.status == 0)
        #expect(run.text.contains(Self.chineseTitle))
    }

    @Test("--locale de-DE shows the English source with a notice that no German translation exists")
    func germanFallsBackToEnglish() throws {
        let run = try Serving.run(["help", "1278", "--locale", "de-DE"])
        #expect(run.status == 0)
        #expect(run.text.contains(Self.englishTitle))
        #expect(run.text.contains("Shown in English: no German translation."))
        #expect(run.text.contains("You can reset an existing pin to a new value"))
    }

    @Test("no locale asked for shows English with no notice")
    func englishByDefault() throws {
        let run = try Serving.run(["help", "device-pin-password-reset-from-intune"], environment: ["LANG": "C.UTF-8"])
        #expect(run.status == 0)
        #expect(run.text.contains(Self.englishTitle))
        #expect(!run.text.contains("Shown in"))
    }

    @Test("the Swedish translation says it is machine-made from an older English revision with the same sentences")
    func swedishRevision() throws {
        let run = try Serving.run(["help", "reset-passcode", "--locale", "sv-SE"])
        #expect(run.status == 0)
        #expect(run.text.contains("Översatt från en äldre engelsk version (överlämnad 2020-07-28; den senaste översättningen överlämnades 2020-09-14)."))
        #expect(run.text.contains("De engelska meningarna har inte ändrats sedan dess."))
        #expect(run.text.contains("Den här översättningen är maskinöversatt."))
        let japanese = try Serving.run(["help", "reset-passcode", "--locale", "ja"])
        #expect(!japanese.text.contains("翻訳は古い版"))
    }

    @Test("--short prints the action's sentence in the user's language", arguments: [
        ("remove-passcode", "ja", "パスコードを削除する、または [パスコードの削除] アクションを使って iOS または Android を実行しているデバイスの Intune で新しいパスコードを作成するようにユーザーに強制させることができます。"),
        ("reset-windows-pin", "sv", "Du kan återställa en befintlig pin till ett nytt värde med hjälp av åtgärden Pin Reset på enheter som kör operativsystemet Windows 10 Mobile."),
        ("reset-passcode", "de", "For details about supported platforms and how to trigger the reset passcode action, see [Reset or remove a device passcode in Intune](https://docs.microsoft.com/intune/device-passcode-reset)."),
    ])
    func shortHelp(action: String, locale: String, expected: String) throws {
        let run = try Serving.run(["help", action, "--short", "--locale", locale, "--format", "markdown"])
        #expect(run.status == 0)
        #expect(run.text == expected + "\n")
    }

    @Test("--short on something that is not an action fails with a localized message")
    func shortWithoutAction() throws {
        let run = try Serving.run(["help", "1278", "--short", "--locale", "fr"])
        #expect(run.status == 1)
        #expect(run.errors.contains("« 1278 » n’a pas d’aide courte"))
    }

    @Test("an unknown name fails with exit 1; an unreadable catalog with exit 2")
    func failures() throws {
        let unknown = try Serving.run(["help", "no-such-topic"])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("No help for “no-such-topic”"))
        let folder = try TemporaryFolder()
        let notACatalog = try folder.write("bad.sqlite", "this is not SQLite")
        let bad = try Serving.run(["help", "1278", "--catalog", notACatalog])
        #expect(bad.status == 2)
        #expect(bad.errors.contains("bad.sqlite:1:1: error: not a helpkit catalog"))
        let badLocale = try Serving.run(["help", "1278", "--locale", "not a tag!"])
        #expect(badLocale.status == 2)
        #expect(badLocale.errors.contains("'not a tag!' is not a locale tag"))
    }

    @Test("--format json gives the locale, the fallback path and the notices")
    func json() throws {
        let run = try Serving.run(["help", "reset-windows-pin", "--locale", "de", "--format", "json"], environment: ["LANGUAGE": "nl:ja"])
        let object = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
        #expect(object["locale"] as? String == "ja-JP")
        #expect(object["requested"] as? [String] == ["de-DE", "nl-NL", "ja-JP"])
        #expect(object["fallbackPath"] as? [String] == ["de-DE (--locale: de): not available", "nl-NL (LANGUAGE: nl): not available",
                                                         "ja-JP (LANGUAGE: ja): shown as ja-JP"])
        #expect(object["notices"] as? [String] == ["ドイツ語の翻訳がないため、日本語で表示しています。"])
        #expect(object["contexts"] as? [String] == ["1278", "6700008"])
        #expect((object["shortHelp"] as? String)?.hasPrefix("Windows 10 Mobile オペレーティング システム") == true)
    }

    @Test("help and search read the same topics from a catalog as from the content folder")
    func catalogAndContentAgree() throws {
        let folder = try TemporaryFolder()
        let catalog = folder.path("help.sqlite")
        let build = try Serving.run(["build", "-o", catalog])
        #expect(build.status == 0, "\(build.errors)")
        #expect(build.text.contains("1 topics, 6 articles (en-US, fr-FR, it-IT, ja-JP, sv-SE, zh-TW), 35 units, 3 actions"))
        for arguments in [["help", "reset-passcode", "--locale", "it", "--format", "json"], ["search", "passcode", "--format", "json"]] {
            let fromCatalog = try Serving.run(arguments + ["--catalog", catalog])
            let fromContent = try Serving.run(arguments + ["--content", repositoryRoot.appendingPathComponent("content").path])
            #expect(fromCatalog.status == 0 && fromCatalog.output == fromContent.output)
        }
        #expect(!FileManager.default.fileExists(atPath: catalog + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"))
    }
}
