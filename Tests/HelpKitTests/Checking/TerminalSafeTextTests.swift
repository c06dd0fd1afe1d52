import HelpKit
import Testing

@Suite("Terminal-safe text")
struct TerminalSafeTextTests {
    @Test("text without controls comes back unchanged", arguments: [
        "Intune からデバイスの PIN /パスワードをリセットする", "Réinitialiser le code", "tab\tstays", "عربي ← RTL", "",
    ])
    func unchanged(text: String) {
        #expect(TerminalSafeText.sanitize(text) == text)
    }

    @Test("whole escape sequences are removed", arguments: [
        ("a\u{1B}[1;31mb\u{1B}[0mc", "abc"),                 // CSI (SGR)
        ("a\u{1B}]0;title\u{07}b", "ab"),                   // OSC ended by BEL
        ("a\u{1B}]8;;https://x\u{1B}\\link\u{1B}]8;;\u{1B}\\b", "alinkb"),  // OSC 8 hyperlink, ST
        ("a\u{1B}P1$r\u{1B}\\b", "ab"),                     // DCS
        ("a\u{1B}(Bb", "ab"),                               // charset designation
        ("a\u{1B}7b", "ab"),                                // save cursor
        ("a\u{9B}2Jb", "ab"),                               // 8-bit CSI
        ("a\u{9D}0;t\u{9C}b", "ab"),                        // 8-bit OSC and ST
    ])
    func escapeSequences(input: String, expected: String) {
        #expect(TerminalSafeText.sanitize(input) == expected)
    }

    @Test("controls, DEL and bidi overrides are dropped; a line break becomes a space")
    func controls() {
        #expect(TerminalSafeText.sanitize("a\u{0}b\u{7}c\u{8}d\u{7F}e\rf") == "abcdef")
        #expect(TerminalSafeText.sanitize("abc\u{202E}def\u{2066}g\u{2069}") == "abcdefg")
        #expect(TerminalSafeText.sanitize("one\ntwo") == "one two")
        #expect(TerminalSafeText.sanitize("one\ntwo\u{1B}[K", keepingNewlines: true) == "one\ntwo")
    }

    @Test("an unterminated sequence at the end is dropped without a crash")
    func unterminated() {
        #expect(TerminalSafeText.sanitize("ok\u{1B}") == "ok")
        #expect(TerminalSafeText.sanitize("ok\u{1B}[12;") == "ok")
        #expect(TerminalSafeText.sanitize("ok\u{1B}]0;never ends") == "ok")
    }
}
