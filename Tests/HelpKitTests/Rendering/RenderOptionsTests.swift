import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Terminal options from the environment")
struct RenderOptionsTests {
    static let markdown = "# Title\n\nSee [the docs](https://example.com) and **bold** text.\n\n> [!NOTE]\n> Noted."

    @Test("colour only on a terminal without NO_COLOR and not TERM=dumb", arguments: [
        (["TERM": "xterm-256color"], true, true),
        (["TERM": "xterm-256color"], false, false),
        (["TERM": "xterm-256color", "NO_COLOR": "1"], true, false),
        (["TERM": "xterm-256color", "NO_COLOR": ""], true, true),
        (["TERM": "dumb"], true, false),
    ])
    func color(environment: [String: String], isTerminal: Bool, expected: Bool) {
        let options = RenderOptions.forTerminal(environment: environment, isTerminal: isTerminal, width: 80)
        #expect(options.color == expected)
        let output = TerminalRenderer.render(markdown: Self.markdown, options: options)
        #expect(output.utf8.contains(0x1B) == expected)
        #expect(output.contains("the docs"))
    }

    @Test("NO_COLOR and non-terminals get plain text with the URL, even where hyperlinks would work")
    func plainOutput() {
        for (environment, isTerminal) in [(["VTE_VERSION": "7000", "NO_COLOR": "1"], true), (["VTE_VERSION": "7000"], false)] {
            let options = RenderOptions.forTerminal(environment: environment, isTerminal: isTerminal, width: 80)
            #expect(!options.emitsHyperlinks)
            let output = TerminalRenderer.render(markdown: Self.markdown, options: options)
            #expect(!output.utf8.contains(0x1B))
            #expect(output == "Title\n═════\n\nSee the docs (https://example.com) and bold text.\n\n┃ Note\n┃ Noted.\n")
        }
    }

    @Test("hyperlinks for terminals known to draw OSC 8, not inside tmux, HELPKIT_HYPERLINKS decides", arguments: [
        (["VTE_VERSION": "6003"], true),
        (["VTE_VERSION": "4205"], false),
        (["TERM_PROGRAM": "iTerm.app"], true),
        (["TERM_PROGRAM": "WezTerm"], true),
        (["TERM_PROGRAM": "vscode"], true),
        (["TERM_PROGRAM": "Apple_Terminal"], false),
        (["KITTY_WINDOW_ID": "1"], true),
        (["WT_SESSION": "5f6a"], true),
        (["TERM": "xterm-256color"], false),
        (["VTE_VERSION": "6003", "TMUX": "/tmp/tmux-0/default,1,0"], false),
        (["TERM": "xterm", "HELPKIT_HYPERLINKS": "1"], true),
        (["VTE_VERSION": "6003", "HELPKIT_HYPERLINKS": "0"], false),
    ])
    func hyperlinks(environment: [String: String], expected: Bool) {
        let options = RenderOptions.forTerminal(environment: environment, isTerminal: true, width: 80)
        #expect(options.hyperlinks == expected)
        let output = TerminalRenderer.render(markdown: Self.markdown, options: options)
        #expect(output.contains("\u{1B}]8;;https://example.com\u{1B}\\") == expected)
        #expect(output.contains("(https://example.com)") == !expected)
    }

    @Test("width: the caller's, else the terminal's, else COLUMNS, else 80")
    func width() throws {
        #expect(RenderOptions.forTerminal(environment: ["COLUMNS": "120"], isTerminal: true, width: 50).width == 50)
        let notATerminal = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/null"))
        defer { try? notATerminal.close() }
        let descriptor = notATerminal.fileDescriptor
        #expect(TerminalSize.columns(of: descriptor, environment: ["COLUMNS": "123"]) == 123)
        #expect(TerminalSize.columns(of: descriptor, environment: ["COLUMNS": "wide"]) == 80)
        #expect(TerminalSize.columns(of: descriptor, environment: [:]) == 80)
    }

    @Test("the process environment is read as it is")
    func processEnvironment() {
        #expect(TerminalSize.processEnvironment()["PATH"] == ProcessInfo.processInfo.environment["PATH"])
    }
}
