import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI
import HelpKitUpdate

/// `helpkit tui` in a real terminal: tmux runs it, keys go in with
/// send-keys, and the assertions read the screen with capture-pane.
@Suite("helpkit tui in a terminal (tmux)", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct TUIEndToEndTests {
    let helpkit: String

    init() throws {
        helpkit = try HelpKitBinary.url().path
    }

    /// True when the shell prompt is on the last line with text: the program has ended.
    static func promptIsBack(_ screen: String) -> Bool {
        screen.split(separator: "\n").last { !$0.allSatisfy { $0 == " " } }.map { $0.hasPrefix(TmuxSession.prompt) && $0.count <= 8 } ?? false
    }

    @Test("the seed actions are listed, the help beside them is Japanese, columns aligned; L switches to another locale's text")
    func seedsInJapanese() throws {
        let tmux = try TmuxSession()
        try tmux.run([helpkit, "tui", "--locale", "ja-JP"])
        let screen = try tmux.waitFor("パスコードを削除する、または")
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[1].hasPrefix("アクション"))
        #expect(rows[2].hasPrefix(" remove-passcode"))
        #expect(rows[3].hasPrefix(" reset-passcode"))
        #expect(rows[4].hasPrefix(" reset-windows-pin"))
        #expect(rows[5].hasPrefix("記事"))
        #expect(rows[6].hasPrefix(" Intune からデバイスの PIN"))
        #expect(rows[0].contains("ja-JP (4/6)"))
        // The action's one-line help, in Japanese, on the status line.
        #expect(rows[23].hasPrefix(" パスコードを削除する、または"))
        // The separator stands in the same cell column on every body row,
        // wide characters on its left or not.
        let separatorColumns = Set(rows[1..<23].map { row in CellText.columns(of: row.prefix { $0 != "│" }) })
        #expect(separatorColumns == [Layout(rows: 24, columns: 80).separatorColumn])
        try tmux.press("L")
        try tmux.waitFor("Du kan ta bort en lösenkod")
        #expect(try tmux.screen().split(separator: "\n")[0].contains("sv-SE (5/6)"))
        try tmux.press("q")
        try tmux.waitFor("the prompt", Self.promptIsBack)
    }

    @Test("the pseudo-locale: its articles and the TUI's own words show accented, padded and bracketed")
    func pseudoLocale() throws {
        let folder = try TemporaryFolder()
        for name in ["content", "locales"] {
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
        let pseudo = try HelpKitBinary.run(["pseudo", "content/en-US"], currentDirectory: folder.url)
        #expect(pseudo.status == 0, "\(pseudo.errors)")
        func pseudolocalized(_ text: String) -> String { String(decoding: Pseudolocalizer().translate(Array(text.utf8)), as: UTF8.self) }
        let tmux = try TmuxSession()
        try tmux.run([helpkit, "tui", "--content", folder.path("content"), "--locale", "qps-ploc"])
        let screen = try tmux.waitFor("Ýöû çàñ ŗéɱöṽé à þàššçöđé")
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[0].contains("qps-Ploc"), "\(rows[0])")
        #expect(rows[1].hasPrefix(pseudolocalized("Actions")), "\(rows[1])")
        #expect(rows[23].hasPrefix(" [") || rows[23].contains(pseudolocalized("q quit").dropFirst()), "\(rows[23])")
        try tmux.press("q")
        try tmux.waitFor("the prompt", Self.promptIsBack)
    }

    @Test("a resize to 100×30 redraws the layout for the new size")
    func resize() throws {
        let tmux = try TmuxSession()
        try tmux.run([helpkit, "tui", "--locale", "en-US"])
        try tmux.waitFor("You can remove a passcode")
        try tmux.resize(width: 100, height: 30)
        let layout = Layout(rows: 30, columns: 100)
        let screen = try tmux.waitFor("the 100×30 layout") { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count >= 30 && rows[29].hasSuffix("? keys  q quit") && rows[5].count > layout.separatorColumn
                && rows[5].dropFirst(layout.separatorColumn).first == "│"
        }
        // The title bar's right end is at the new edge (capture-pane drops its last, blank cell).
        #expect(screen.split(separator: "\n")[0].hasSuffix("en-US (1/6)"))
        #expect(screen.split(separator: "\n")[0].count == 99)
        try tmux.press("q")
        try tmux.waitFor("the prompt", Self.promptIsBack)
    }

    @Test("q leaves a clean terminal: the alternate screen is left, the prompt is back, typing echoes again")
    func cleanExit() throws {
        let tmux = try TmuxSession()
        try tmux.run([helpkit, "tui"])
        try tmux.waitFor("device-pin-password-reset") { _ in (try? tmux.isOnAlternateScreen()) == true }
        try tmux.press("q")
        let screen = try tmux.waitFor("the prompt", Self.promptIsBack)
        #expect(try !tmux.isOnAlternateScreen())
        #expect(!screen.contains("│"))
        try tmux.run(["echo", "typed-after-exit"])
        try tmux.waitFor("the echoed command and its output") { $0.contains("'typed-after-exit'") && $0.contains("\ntyped-after-exit") }
    }

    @Test("Ctrl-C, kill and a crash signal restore the terminal too", arguments: ["C-c", "TERM", "SEGV"])
    func signals(signal: String) throws {
        let tmux = try TmuxSession()
        try tmux.type("ulimit -c 0; ")
        try tmux.run([helpkit, "tui"])
        try tmux.waitFor("the TUI") { _ in (try? tmux.isOnAlternateScreen()) == true }
        if signal == "C-c" {
            try tmux.press("C-c")
        } else {
            let process = try #require(try tmux.foregroundProcess())
            kill(process, signal == "TERM" ? SIGTERM : SIGSEGV)
        }
        try tmux.waitFor("the prompt", Self.promptIsBack)
        #expect(try !tmux.isOnAlternateScreen())
        try tmux.run(["echo", "still-echoing"])
        try tmux.waitFor("\nstill-echoing")
    }

    @Test("a TERM ncurses does not know is an error message on a normal screen, not a crash")
    func unknownTerminal() throws {
        let tmux = try TmuxSession()
        try tmux.run(["env", "TERM=no-such-terminal", helpkit, "tui"])
        let screen = try tmux.waitFor("ncurses could not set up the terminal (is TERM set?)")
        #expect(try !tmux.isOnAlternateScreen())
        #expect(!screen.contains("│"))
    }

    @Test("NO_COLOR turns colours off; reverse video still marks the selection")
    func noColor() throws {
        for (environment, expectColor) in [([String: String](), true), (["NO_COLOR": "1"], false)] {
            let tmux = try TmuxSession(environment: environment)
            try tmux.run([helpkit, "tui", "--locale", "en-US"])
            try tmux.waitFor("You can remove a passcode")
            let screen = try tmux.screenWithAttributes()
            let hasColor = ["[36m", ";36m", "[33m", ";33m"].contains { screen.contains($0) }
            #expect(hasColor == expectColor, "\(environment)")
            #expect(screen.contains("[7m") || screen.contains(";7m") || screen.contains("[7;"))
            try tmux.press("q")
        }
    }

    @Test("/ finds an article of the real corpus by a Japanese query", .enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
    func searchCorpus() throws {
        let tmux = try TmuxSession()
        try tmux.run([helpkit, "tui", Corpus.root.path, "--locale", "ja-JP"])
        try tmux.waitFor("記事")
        try tmux.press("/")
        try tmux.type("のプランを変更")
        try tmux.waitFor("検索: のプランを変更")
        try tmux.press("Enter")
        // The first search reads every Japanese article: a fraction of a
        // second in the release build the suite runs in, many in a debug build.
        let screen = try tmux.waitFor("「のプランを変更」の検索結果", timeout: 30)
        let rows = screen.split(separator: "\n")
        #expect(rows[2].hasPrefix(" Exchange Online のプラン"))
        try tmux.press("q")
        try tmux.waitFor("the prompt", Self.promptIsBack)
    }

    @Test("the review of a drifted sv-SE article shows source under target and the drift",
          .enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
    func reviewDrift() throws {
        let tmux = try TmuxSession(width: 100, height: 40)
        try tmux.run([helpkit, "tui", Corpus.root.path, "--locale", "sv-SE"])
        try tmux.waitFor("Artiklar")
        try tmux.press("/")
        try tmux.type("Exchange Online-abonnemang")
        try tmux.press("Enter")
        try tmux.waitFor("Resultat för ”Exchange Online-abonnemang”", timeout: 30)
        try tmux.waitFor("Jämför Exchange Online-abonnemang")
        try tmux.press("R")
        try tmux.waitFor("Granskning · change-exchange-online-plans")
        try tmux.press("n")
        let screen = try tmux.waitFor("source-drift")
        #expect(screen.contains("Admins need to switch plans manually."))
        let rows = screen.split(separator: "\n").map(String.init)
        let marker = try #require(rows.firstIndex { $0.contains("▲ source-drift") })
        #expect(rows[marker - 1].contains("Admins need to switch plans manually."))
        #expect(rows[(marker + 1)...].contains { $0.contains("nu:") && $0.contains("Admins must change plans manually") })
        try tmux.press("q")
    }
}
