@testable import HelpKitTerminal
import Testing

@Suite("Content text made safe for the screen")
struct ScreenSafeTextTests {
    @Test("escape sequences go whole: CSI, OSC ended by BEL or ST, DCS", arguments: [
        ("red \u{1B}[31mtext\u{1B}[0m", "red text"),
        ("\u{1B}]8;;https://evil.example\u{07}link\u{1B}]8;;\u{07}", "link"),
        ("\u{1B}]0;title\u{1B}\\after", "after"),
        ("\u{1B}P1$r\u{1B}\\x", "x"),
        ("clear\u{1B}c", "clear"),
    ])
    func escapeSequences(input: String, expected: String) {
        #expect(ScreenSafeText.sanitized(input) == expected)
    }

    @Test("controls and bidi overrides go; a tab becomes a space")
    func controls() {
        #expect(ScreenSafeText.sanitized("a\u{0}b\u{7}c\u{8}d\u{9B}e\u{7F}f") == "abcdef")
        #expect(ScreenSafeText.sanitized("safe\u{202E}txt.exe\u{202C}") == "safetxt.exe")
        #expect(ScreenSafeText.sanitized("\u{2067}x\u{2069}") == "x")
        #expect(ScreenSafeText.sanitized("a\tb") == "a b")
    }

    @Test("right-to-left text keeps its characters and their order")
    func rightToLeft() {
        let arabic = "إعادة تعيين رمز المرور"
        let hebrew = "איפוס קוד הגישה"
        #expect(ScreenSafeText.sanitized(arabic) == arabic)
        #expect(ScreenSafeText.sanitized("PIN: \(hebrew).") == "PIN: \(hebrew).")
    }
}
