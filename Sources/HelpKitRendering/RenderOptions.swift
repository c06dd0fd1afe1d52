#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import HelpKitCore
import HelpKitCatalog

/// How a topic is drawn on a terminal.
public struct RenderOptions: Sendable, Hashable {
    /// Columns to wrap to; East Asian wide characters count as two.
    public var width: Int
    /// ANSI styles and colours; off under `NO_COLOR` and when not on a terminal.
    /// Without it the output holds no escape sequence at all.
    public var color: Bool
    /// OSC 8 hyperlinks (only with `color`); otherwise a link prints as its text and URL.
    public var hyperlinks: Bool
    /// DocFX alert labels in the user's language, by kind (`NOTE` → `Hinweis`).
    /// A kind without a label shows its English word.
    public var alertLabels: [AlertKind: String]

    /// Fixed options, for tests and for callers that know their terminal;
    /// `forTerminal(environment:isTerminal:width:alertLabels:)` decides them from the environment.
    public init(width: Int = 80, color: Bool = false, hyperlinks: Bool = false, alertLabels: [AlertKind: String] = [:]) {
        self.width = width
        self.color = color
        self.hyperlinks = hyperlinks
        self.alertLabels = alertLabels
    }

    /// Whether links become OSC 8 sequences rather than text and URL.
    public var emitsHyperlinks: Bool { color && hyperlinks }

    /// The options for output to a terminal described by `environment`.
    ///
    /// - Colour is on only when `isTerminal`, `NO_COLOR` is unset or empty and
    ///   `TERM` is not `dumb`.
    /// - Hyperlinks are on, with colour, for terminals known to draw OSC 8:
    ///   `VTE_VERSION` 5000 or later, `TERM_PROGRAM` iTerm.app, WezTerm, vscode
    ///   or ghostty, `KITTY_WINDOW_ID`, `WT_SESSION`; not inside tmux or screen,
    ///   which may drop them. `HELPKIT_HYPERLINKS=1` or `0` decides instead.
    /// - The width is `width` when given, else `TerminalSize.columns(environment:)`.
    public static func forTerminal(environment: [String: String], isTerminal: Bool, width: Int? = nil,
                                   alertLabels: [AlertKind: String] = [:]) -> RenderOptions {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let color = isTerminal && !noColor && environment["TERM"] != "dumb"
        return RenderOptions(width: width ?? TerminalSize.columns(environment: environment), color: color,
                             hyperlinks: color && supportsHyperlinks(environment), alertLabels: alertLabels)
    }

    /// `forTerminal` for this process's standard output and environment.
    public static func forStandardOutput(alertLabels: [AlertKind: String] = [:]) -> RenderOptions {
        forTerminal(environment: TerminalSize.processEnvironment(), isTerminal: isatty(STDOUT_FILENO) == 1,
                    alertLabels: alertLabels)
    }

    private static func supportsHyperlinks(_ environment: [String: String]) -> Bool {
        switch environment["HELPKIT_HYPERLINKS"] {
        case "1": return true
        case "0": return false
        default: break
        }
        let term = environment["TERM"] ?? ""
        if environment["TMUX"] != nil || term.hasPrefix("screen") || term.hasPrefix("tmux") { return false }
        if let vte = environment["VTE_VERSION"].flatMap({ Int($0) }), vte >= 5000 { return true }
        if ["iTerm.app", "WezTerm", "vscode", "ghostty"].contains(environment["TERM_PROGRAM"] ?? "") { return true }
        return environment["KITTY_WINDOW_ID"] != nil || environment["WT_SESSION"] != nil || term == "xterm-kitty"
    }
}

/// The size of the terminal the output goes to.
public enum TerminalSize {
    /// The columns of the terminal on `descriptor` (`TIOCGWINSZ`); else a
    /// positive `COLUMNS`; else 80.
    public static func columns(of descriptor: Int32 = STDOUT_FILENO, environment: [String: String]) -> Int {
        var size = winsize()
        if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        return 80
    }

    /// This process's environment variables.
    public static func processEnvironment() -> [String: String] {
        var environment: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let variable = String(cString: pointer)
            if let equals = variable.firstIndex(of: "=") {
                environment[String(variable[..<equals])] = String(variable[variable.index(after: equals)...])
            }
            entry += 1
        }
        return environment
    }
}
