import HelpKit

/// How a topic is drawn on a terminal.
public struct RenderOptions: Sendable, Hashable {
    /// Columns to wrap to; East Asian wide characters count as two.
    public var width: Int
    /// ANSI styles and colours; off under `NO_COLOR` and when not on a terminal.
    public var color: Bool
    /// OSC 8 hyperlinks; otherwise a link prints as its text and URL.
    public var hyperlinks: Bool
    /// DocFX alert labels in the user's language, by kind (`NOTE` → `Hinweis`).
    public var alertLabels: [AlertKind: String]

    public init(width: Int = 80, color: Bool = false, hyperlinks: Bool = false, alertLabels: [AlertKind: String] = [:]) {
        self.width = width
        self.color = color
        self.hyperlinks = hyperlinks
        self.alertLabels = alertLabels
    }
}

/// Markdown to terminal text. (Interface placeholder; the cmark-gfm renderer replaces the body.)
public enum TerminalRenderer {
    public static func render(markdown: String, options: RenderOptions) -> String {
        markdown
    }
}
