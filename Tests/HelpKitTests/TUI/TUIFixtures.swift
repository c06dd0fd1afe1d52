import Foundation
import HelpKitTestSupport

/// Small content sets for the TUI tests.
enum Fixtures {
    /// Two Japanese articles, and an Arabic one whose text carries escape
    /// sequences and a bidi override.
    static func articles() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("ja-JP/reset-passcode.md", sxsArticle(extraFrontMatter: "ms.custom:\n- \"5001\"\n", body: """
            # <a name="reset"></a>\(sxsUnit("aaaaa-102", target: "パスコードをリセットする", source: "Reset the passcode"))

            \(sxsUnit("aaaaa-103", target: "パスコードをリセットします。", source: "Resets the passcode.")) \
            \(sxsUnit("aaaaa-104", target: "ユーザーは新しいパスコードを作成します。", source: "The user creates a new passcode."))
            """))
        try folder.write("ja-JP/open-settings.md", sxsArticle(body: """
            # <a name="open"></a>\(sxsUnit("bbbbb-102", target: "設定を開く", source: "Open the settings"))

            \(sxsUnit("bbbbb-103", target: "設定を開きます。", source: "Opens the settings."))
            """))
        try folder.write("ar-SA/hostile.md", sxsArticle(locale: "ar-SA", body: """
            # <a name="reset"></a>\(sxsUnit("ccccc-102", target: "إعادة تعيين رمز المرور", source: "Reset the passcode"))

            \(sxsUnit("ccccc-103", target: "\u{1B}[31mred\u{1B}[0m\u{202E}text\u{07}", source: "Red text."))
            """))
        return folder
    }
}
