import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Sanitising text for the terminal")
struct TerminalTextTests {
    @Test("whole escape sequences are removed, the text around them kept", arguments: [
        ("a\u{1B}[2Jb", "ab"),
        ("a\u{1B}[38;5;196mred\u{1B}[0m", "ared"),
        ("\u{1B}]0;pwned\u{07}title", "title"),
        ("\u{1B}]0;pwned\u{1B}\\title", "title"),
        ("\u{1B}]8;;https://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\", "click"),
        ("\u{1B}P1$r0m\u{1B}\\after", "after"),
        ("\u{1B}_apc body\u{07}after", "after"),
        ("\u{1B}(Bascii", "ascii"),
        ("\u{1B}7saved\u{1B}8", "saved"),
        ("\u{9B}31mC1 CSI", "C1 CSI"),
        ("\u{9D}0;title\u{9C}osc", "osc"),
        ("\u{90}dcs\u{9C}after", "after"),
        ("trailing\u{1B}", "trailing"),
    ])
    func escapeSequences(input: String, expected: String) {
        #expect(TerminalText.sanitize(input) == expected)
    }

    @Test("C0 and C1 controls, DEL and NUL go; newline stays; a tab becomes spaces")
    func controls() {
        #expect(TerminalText.sanitize("a\u{0}b\u{7}c\u{8}d\u{7F}e\u{85}f\u{80}g\u{99}h\ri") == "abcdefghi")
        #expect(TerminalText.sanitize("one\ntwo\tthree") == "one\ntwo    three")
    }

    @Test("bidi embedding, override and isolate controls go; separators become spaces")
    func bidiControls() {
        let hostile = "file\u{202E}gpj.exe \u{202A}a\u{202B}b\u{202C}c\u{202D}d \u{2066}e\u{2067}f\u{2068}g\u{2069}"
        #expect(TerminalText.sanitize(hostile) == "filegpj.exe abcd efg")
        #expect(TerminalText.sanitize("a\u{2028}b\u{2029}c") == "a b c")
    }

    @Test("an unterminated OSC hides only the rest of its line")
    func unterminatedString() {
        #expect(TerminalText.sanitize("before\u{1B}]0;never ends\nnext line") == "before\nnext line")
    }

    @Test("ordinary text passes unchanged, including wide, combining and other U+20xx characters")
    func ordinaryText() {
        let text = "Intune からデバイスの PIN — «Paramètres» é\u{301} 😀 – “quotes” € ™ \u{200B}"
        #expect(TerminalText.sanitize(text) == text)
    }

    @Test("sanitising twice changes nothing more")
    func idempotent() {
        let hostile = "\u{1B}[31m\u{9B}2J\u{202E}x\u{0}y\u{1B}]0;t\u{07}z"
        let once = TerminalText.sanitize(hostile)
        #expect(once == "xyz")
        #expect(TerminalText.sanitize(once) == once)
    }

    @Test("escaping shows every control as an escape on one line, and leaves other text alone")
    func escapingControls() {
        #expect(TerminalText.escapingControls("a\nb\tc\rd\u{1B}[31m\u{7F}\u{9B}\u{202E}\u{2028}e")
            == #"a\nb\tc\rd\x1B[31m\x7F\u009B\u202E\u2028e"#)
        let ordinary = "Intune からデバイスの PIN — é\u{301} 😀 \\n"
        #expect(TerminalText.escapingControls(ordinary) == ordinary)
    }
}
