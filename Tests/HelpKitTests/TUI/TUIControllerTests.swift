import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// The TUI driven key by key on an in-memory screen: what a user sees, without a terminal.
@Suite("TUI views on the seed content and fixtures")
struct TUIControllerTests {
    static let locales = LocaleDescription.loadFolder(repositoryRoot.appendingPathComponent("locales").path).locales
    static let seeds = repositoryRoot.appendingPathComponent("content").path

    /// The articles below `path`, read directly.
    static func folder(_ path: String) -> LibraryContent {
        LibraryContent(source: HelpFolder(paths: [path]))
    }

    static func controller(_ content: TUIContent, locale: String = "ja-JP", review: String? = nil,
                           rows: Int = 24, columns: Int = 80) -> (TUIController, GridCanvas) {
        controller(content, preferences: LocalePreferences([locale]), review: review, rows: rows, columns: columns)
    }

    static func controller(_ content: TUIContent, preferences: LocalePreferences, review: String? = nil,
                           rows: Int = 24, columns: Int = 80) -> (TUIController, GridCanvas) {
        let controller = TUIController(content: content, strings: InterfaceStrings(preferences, among: locales),
                                       negotiator: LocaleNegotiator(locales: locales), preferences: preferences,
                                       review: review.flatMap { LocaleTag($0) }, rows: rows, columns: columns)
        let canvas = GridCanvas(rows: rows, columns: columns)
        controller.draw(on: canvas)
        return (controller, canvas)
    }

    static func press(_ keys: Key..., on controller: TUIController, canvas: GridCanvas) {
        for key in keys {
            controller.handle(key)
            controller.draw(on: canvas)
        }
    }

    @Test("the help beside the list is the selected article in the chosen locale, labels in its language")
    func japaneseHelp() {
        let (_, canvas) = Self.controller(Self.folder(Self.seeds))
        #expect(canvas.lines[1].hasPrefix("記事"))
        #expect(canvas.lines[2].hasPrefix(" Intune からデバイスの PIN"))
        #expect(canvas.text.contains("パスコードを削除する、または"))
        #expect(canvas.lines[0].contains("ja-JP (4/6)"))
        #expect(canvas.lines[23].contains("? キー  q 終了"))
        #expect(canvas.overflows.isEmpty)
    }

    @Test("L goes through the locales the topic exists in, English included, and round")
    func cycleLocales() {
        let (controller, canvas) = Self.controller(Self.folder(Self.seeds))
        let expected = [("sv-SE", "Du kan ta bort en lösenkod"), ("zh-TW", "密碼"), ("en-US", "You can remove a passcode"),
                        ("fr-FR", "code secret"), ("it-IT", "passcode"), ("ja-JP", "パスコードを削除する")]
        for (locale, text) in expected {
            Self.press(.character("L"), on: controller, canvas: canvas)
            #expect(canvas.lines[0].contains(locale))
            #expect(canvas.text.contains(text), "\(locale)")
        }
    }

    @Test("a locale with no translation shows English and says so on the status line")
    func fallbackToEnglish() {
        let (_, canvas) = Self.controller(Self.folder(Self.seeds), locale: "de-DE")
        #expect(canvas.text.contains("You can remove a passcode"))
        #expect(canvas.lines[23].contains("Shown in English: no German translation."))
    }

    @Test("LANGUAGE=de:fr shows French, the second language asked for, before English; the notice names German")
    func secondLanguage() {
        let preferences = LocalePreferences.environment(["LANGUAGE": "de:fr", "LANG": "C.UTF-8"])
        let (_, canvas) = Self.controller(Self.folder(Self.seeds), preferences: preferences)
        #expect(canvas.lines[0].contains("fr-FR"))
        #expect(canvas.lines[23].contains("Affiché en français"))
    }

    @Test("the separator holds its column with wide labels at every size", arguments: [(24, 80), (30, 100), (10, 40), (15, 57), (50, 200)])
    func columnsHold(rows: Int, columns: Int) {
        let (controller, canvas) = Self.controller(Self.folder(Self.seeds), rows: rows, columns: columns)
        let layout = Layout(rows: rows, columns: columns)
        for row in 1..<(rows - 1) {
            #expect(canvas.column(of: "│", inRow: row) == layout.separatorColumn, "row \(row): \(canvas.lines[row])")
        }
        #expect(canvas.overflows.isEmpty)
        controller.resize(rows: 30, columns: 100)
        let wider = GridCanvas(rows: 30, columns: 100)
        controller.draw(on: wider)
        #expect(wider.column(of: "│", inRow: 5) == Layout(rows: 30, columns: 100).separatorColumn)
        #expect(wider.overflows.isEmpty)
    }

    @Test("a terminal below the minimum gets a message, not a broken layout")
    func tooSmall() {
        let (_, canvas) = Self.controller(Self.folder(Self.seeds), locale: "en-US", rows: 8, columns: 30)
        #expect(canvas.lines[0].hasPrefix("Make the terminal at least "))
        #expect(canvas.lines[1].hasPrefix("40×10 to use helpkit."))
        #expect(canvas.overflows.isEmpty)
    }

    @Test("Enter opens the topic full screen; End and Home scroll it; Esc comes back")
    func fullScreen() {
        let (controller, canvas) = Self.controller(Self.folder(Self.seeds), locale: "en-US", rows: 10, columns: 60)
        Self.press(.enter, on: controller, canvas: canvas)
        #expect(controller.mode == .topic)
        #expect(canvas.lines[0].contains("Device pin/password reset from Intune"))
        #expect(canvas.column(of: "│", inRow: 3) == nil)
        Self.press(.end, on: controller, canvas: canvas)
        #expect(canvas.text.contains("Reset the passcode on Windows devices using Intune"))
        #expect(!canvas.text.contains("You can remove a passcode"))
        Self.press(.home, on: controller, canvas: canvas)
        #expect(canvas.text.contains("You can remove a passcode"))
        Self.press(.escape, on: controller, canvas: canvas)
        #expect(controller.mode == .actions)
    }

    @Test("? lists the keys of the view in the user's language, and any key closes it")
    func keyList() {
        let (controller, canvas) = Self.controller(Self.folder(Self.seeds), locale: "sv-SE")
        Self.press(.character("?"), on: controller, canvas: canvas)
        #expect(canvas.text.contains("Tangenter"))
        #expect(canvas.text.contains("Granska översättningen"))
        #expect(canvas.text.contains("Avsluta"))
        Self.press(.character("x"), on: controller, canvas: canvas)
        #expect(!canvas.text.contains("Tangenter"))
        #expect(!controller.isFinished)
        Self.press(.character("q"), on: controller, canvas: canvas)
        #expect(controller.isFinished)
    }

    @Test("the seed actions come first, each with its one-line help on the status line in the user's language")
    func actions() throws {
        let content = LibraryContent(source: try HelpLibrary(.content(Self.seeds)))
        let (controller, canvas) = Self.controller(content, locale: "ja-JP")
        #expect(canvas.lines[1].hasPrefix("アクション"))
        #expect(canvas.lines[2].hasPrefix(" remove-passcode"))
        #expect(canvas.lines[3].hasPrefix(" reset-passcode"))
        #expect(canvas.lines[4].hasPrefix(" reset-windows-pin"))
        #expect(canvas.lines[5].hasPrefix("記事"))
        #expect(canvas.lines[6].hasPrefix(" Intune からデバイスの PIN"))
        #expect(canvas.lines[23].hasPrefix(" パスコードを削除する、または"))
        #expect(canvas.text.contains("パスコードを削除する、または [パスコードの削除] ア"))
        Self.press(.down, on: controller, canvas: canvas)
        #expect(canvas.lines[23].hasPrefix(" サポートされているプラットフォーム、およびパスコードのリセット"))
        Self.press(.down, .character("L"), on: controller, canvas: canvas)
        #expect(canvas.lines[0].contains("sv-SE (5/6)"))
        #expect(canvas.lines[23].hasPrefix(" Du kan återställa en befintlig pin"))
    }

    @Test("/ searches titles and text, Esc brings the whole list back")
    func search() throws {
        let folder = try Fixtures.articles()
        let (controller, canvas) = Self.controller(Self.folder(folder.url.path), locale: "en-US")
        Self.press(.character("/"), on: controller, canvas: canvas)
        for scalar in "SETTINGS".unicodeScalars { Self.press(.character(scalar), on: controller, canvas: canvas) }
        #expect(canvas.lines[23].contains("Search: SETTINGS"))
        Self.press(.enter, on: controller, canvas: canvas)
        #expect(canvas.lines[1].hasPrefix("Results for “SETTINGS”"))
        #expect(canvas.lines[2].hasPrefix(" Open the settings"))
        #expect(canvas.lines[3].prefix(Layout(rows: 24, columns: 80).list.width).allSatisfy { $0 == " " })
        Self.press(.character("/"), .character("z"), .character("q"), .enter, on: controller, canvas: canvas)
        #expect(canvas.lines[23].contains("No topic matches “zq” in English."))
        #expect(canvas.lines[2].hasPrefix(" Open the settings"))
        Self.press(.escape, on: controller, canvas: canvas)
        #expect(canvas.lines[1].hasPrefix("Articles"))
    }

    @Test("right-to-left text is drawn in its own order, and escape sequences in content never reach the screen")
    func hostileAndRightToLeft() throws {
        let folder = try Fixtures.articles()
        let (_, canvas) = Self.controller(Self.folder(folder.url.path + "/ar-SA"), locale: "ar-SA")
        #expect(canvas.text.contains("إعادة تعيين رمز المرور"))
        #expect(canvas.text.contains("redtext"))
        #expect(!canvas.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x07 })
        #expect(canvas.overflows.isEmpty)
    }
}
