import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking

/// The terminal while the TUI owns it: ncursesw in full-screen mode on the
/// alternate screen, put back as it was on every way out — a normal end,
/// Ctrl-C, `kill`, or a crash.
final class TerminalSession {
    enum Failure: Error, CustomStringConvertible {
        case notATerminal
        case cannotStart

        var description: String {
            switch self {
            case .notATerminal: "the terminal UI needs a terminal on standard input and output"
            case .cannotStart: "ncurses could not set up the terminal (is TERM set?)"
            }
        }
    }

    let canvas: CursesCanvas
    private var ended = false
    /// The handlers ours replaced (the Swift runtime's crash reporter among
    /// them), put back when the session ends.
    private var replacedHandlers: [(signal: Int32, handler: sighandler_t?)] = []

    /// Takes over the terminal. `colors` is false under `NO_COLOR` or when the
    /// user asks for none; styles then use attributes only.
    init(colors: Bool) throws(Failure) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        Self.selectUTF8Locale()
        // Installed before newterm, so that ncurses keeps its hands off these
        // signals and ours restore the terminal first.
        let replaced = Self.restoringSignals.map { ($0, Glibc.signal($0, restoreTerminalAndReraise)) }
        // newterm, unlike initscr, returns an error instead of exiting when
        // TERM names no terminal it knows.
        guard newterm(nil, helpkit_stdout(), helpkit_stdin()) != nil, let window = helpkit_stdscr() else {
            for (signal, handler) in replaced { Glibc.signal(signal, handler) }
            throw .cannotStart
        }
        replacedHandlers = replaced
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        canvas = CursesCanvas(window: window, colors: colors && has_colors())
    }

    deinit { end() }

    /// Gives the terminal back: leaves the alternate screen, restores modes.
    func end() {
        guard !ended else { return }
        ended = true
        endwin()
        for (signal, handler) in replacedHandlers { Glibc.signal(signal, handler) }
    }

    /// Waits for the next key; a resize arrives as `.resize`, the end of the
    /// terminal's input (it went away) as `.endOfInput`.
    func nextKey() -> Key {
        var character: wint_t = 0
        while true {
            errno = 0
            switch wget_wch(canvas.window, &character) {
            case OK: return Key(character: UInt32(character))
            case KEY_CODE_YES: return Key(code: Int32(character))
            default:
                // Interrupted by a signal: wait again. Anything else will not
                // get better by asking again (and asking would spin).
                if errno == EINTR { continue }
                return .endOfInput
            }
        }
    }

    /// SIGINT and SIGTERM end the program; the others are crashes. All of
    /// them first give the terminal back.
    static let restoringSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP]

    /// Wide characters need a UTF-8 locale. The environment's is taken when
    /// it is one; otherwise (`LANG=C`, or nothing set) C.UTF-8, since help
    /// content is UTF-8 whatever the user's locale says.
    private static func selectUTF8Locale() {
        setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset).uppercased().replacingDashes() != "UTF8" else { return }
        if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
    }
}

/// Restores the terminal, then lets the signal do what it would have done
/// (end the process, or dump core for a crash), so the exit status and any
/// core file stay truthful.
private func restoreTerminalAndReraise(_ signal: Int32) {
    endwin()
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
}

private extension String {
    func replacingDashes() -> String { filter { $0 != "-" } }
}
