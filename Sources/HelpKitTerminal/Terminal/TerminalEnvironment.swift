#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HelpKit

/// What the terminal behind a file descriptor can show, read the way
/// `git` and `ls` read it: colour only on a terminal and never under
/// `NO_COLOR` or `TERM=dumb`; width from the terminal, else `COLUMNS`, else 80.
public struct TerminalEnvironment: Sendable {
    public var isTerminal: Bool
    public var width: Int
    public var color: Bool
    public var hyperlinks: Bool

    public init(isTerminal: Bool, width: Int, color: Bool, hyperlinks: Bool) {
        self.isTerminal = isTerminal
        self.width = width
        self.color = color
        self.hyperlinks = hyperlinks
    }

    /// The terminal (or file, or pipe) that `descriptor` writes to.
    public static func of(_ descriptor: Int32 = STDOUT_FILENO, environment: [String: String] = processEnvironment()) -> TerminalEnvironment {
        let isTerminal = isatty(descriptor) == 1
        let term = environment["TERM"] ?? ""
        let color = isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && term != "dumb"
        return TerminalEnvironment(isTerminal: isTerminal, width: width(descriptor, isTerminal: isTerminal, environment: environment),
                                   color: color, hyperlinks: color && supportsHyperlinks(environment))
    }

    /// Options for `TerminalRenderer` on this terminal, with alert labels in the user's language.
    public func renderOptions(_ strings: InterfaceStrings) -> RenderOptions {
        RenderOptions(width: width, color: color, hyperlinks: hyperlinks, alertLabels: strings.alertLabels)
    }

    private static func width(_ descriptor: Int32, isTerminal: Bool, environment: [String: String]) -> Int {
        var size = winsize()
        if isTerminal, ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }

    /// OSC 8 links print as garbage on terminals that do not know them, so
    /// they are used only where the terminal says who it is.
    private static func supportsHyperlinks(_ environment: [String: String]) -> Bool {
        if let forced = environment["HELPKIT_HYPERLINKS"] { return forced == "1" }
        let knownPrograms: Set = ["iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper"]
        return environment["VTE_VERSION"] != nil || environment["WT_SESSION"] != nil || environment["KITTY_WINDOW_ID"] != nil
            || knownPrograms.contains(environment["TERM_PROGRAM"] ?? "")
    }

    /// This process's environment as a dictionary.
    public static func processEnvironment() -> [String: String] {
        var variables: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
        return variables
    }
}
