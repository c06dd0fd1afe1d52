import HelpKitCore
import HelpKitCatalog


/// How a piece of rendered text looks, independent of how a terminal is told
/// so: the ANSI writer turns it into SGR codes, the TUI into ncurses attributes.
public struct Style: Hashable, Sendable {
    /// Strong emphasis, table headers, headings and alert labels.
    public var bold = false
    public var italic = false
    public var underline = false
    public var strikethrough = false
    /// Inline code and code blocks.
    public var code = false
    /// Decoration and secondary text: bullets, rules, quote bars, URLs in parentheses.
    public var dim = false
    /// The heading level (1–6) of heading text; 0 elsewhere.
    public var heading = 0
    /// The link target (sanitised) of link text.
    public var link: String?
    /// The alert a bar or label belongs to.
    public var alert: AlertKind?

    public init(bold: Bool = false, italic: Bool = false, underline: Bool = false, strikethrough: Bool = false,
                code: Bool = false, dim: Bool = false, heading: Int = 0, link: String? = nil, alert: AlertKind? = nil) {
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.strikethrough = strikethrough
        self.code = code
        self.dim = dim
        self.heading = heading
        self.link = link
        self.alert = alert
    }

    /// No style at all: ordinary text.
    public static let plain = Style()

    /// `link` when a terminal can open it on its own: an absolute URL with a
    /// scheme (`https:`, `mailto:`), not a path relative to a website.
    public var hyperlink: String? {
        guard let link, let colon = link.firstIndex(of: ":"), let first = link.first, first.isASCII, first.isLetter
        else { return nil }
        let scheme = link[..<colon]
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) } ? link : nil
    }
}

/// Text in one style. The text is sanitised and holds no newline.
public struct StyledRun: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// One line of rendered output, ready to be drawn at a given row.
public struct StyledLine: Hashable, Sendable {
    public var runs: [StyledRun]

    public init(_ runs: [StyledRun] = []) {
        self.runs = runs
    }

    /// The line without styles.
    public var text: String { runs.map(\.text).joined() }

    /// The columns the line takes (see `DisplayWidth`).
    public var columns: Int { runs.reduce(0) { $0 + DisplayWidth.columns(of: $1.text) } }

    static let blank = StyledLine()

    /// Appends `text` in `style`, joining it to the last run when they look alike.
    mutating func append(_ text: String, _ style: Style) {
        guard !text.isEmpty else { return }
        if let last = runs.indices.last, runs[last].style == style {
            runs[last].text += text
        } else {
            runs.append(StyledRun(text, style))
        }
    }

    /// This line with `prefix` in front of it.
    func prefixed(by prefix: StyledLine) -> StyledLine {
        var line = prefix
        for run in runs { line.append(run.text, run.style) }
        return line
    }

    /// The line without trailing spaces, so that no line ends in blanks.
    func trimmingTrailingSpaces() -> StyledLine {
        var line = self
        while let last = line.runs.indices.last {
            var trimmed = line.runs[last].text
            while trimmed.last == " " { trimmed.removeLast() }
            if trimmed.isEmpty {
                line.runs.removeLast()
            } else {
                line.runs[last].text = trimmed
                break
            }
        }
        return line
    }
}
