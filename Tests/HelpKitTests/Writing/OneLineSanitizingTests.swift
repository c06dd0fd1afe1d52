import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// `TerminalText.sanitize` as the reporters use it: one line per message.
@Suite("One-line terminal text")
struct OneLineSanitizingTests {
    @Test("text without controls comes back unchanged", arguments: [
        "Intune からデバイスの PIN /パスワードをリセットする", "Réinitialiser le code", "tab\tstays", "عربي ← RTL", "",
    ])
    func unchanged(text: String) {
        #expect(TerminalText.sanitize(text, keepingTabs: true, keepingNewlines: false) == text)
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
        #expect(TerminalText.sanitize(input, keepingNewlines: false) == expected)
    }

    @Test("controls, DEL and bidi overrides are dropped; a line break becomes a space")
    func controls() {
        #expect(TerminalText.sanitize("a\u{0}b\u{7}c\u{8}d\u{7F}e\rf", keepingNewlines: false) == "abcdef")
        #expect(TerminalText.sanitize("abc\u{202E}def\u{2066}g\u{2069}", keepingNewlines: false) == "abcdefg")
        #expect(TerminalText.sanitize("one\ntwo", keepingNewlines: false) == "one two")
        #expect(TerminalText.sanitize("one\ntwo\u{1B}[K", keepingNewlines: true) == "one\ntwo")
    }

    @Test("an unterminated sequence at the end is dropped without a crash")
    func unterminated() {
        #expect(TerminalText.sanitize("ok\u{1B}", keepingNewlines: false) == "ok")
        #expect(TerminalText.sanitize("ok\u{1B}[12;", keepingNewlines: false) == "ok")
        #expect(TerminalText.sanitize("ok\u{1B}]0;never ends", keepingNewlines: false) == "ok")
    }
}
