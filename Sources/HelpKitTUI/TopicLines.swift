import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking


/// A topic's markdown rendered for a pane `width` columns wide, line by line,
/// the renderer's styles turned into the TUI's.
enum TopicLines {
    static func render(_ markdown: String, width: Int, alertLabels: [AlertKind: String]) -> [ScreenLine] {
        let options = RenderOptions(width: max(2, width), alertLabels: alertLabels)
        return TerminalRenderer.lines(markdown: markdown, options: options).map { line in
            ScreenLine(line.runs.map { ScreenRun($0.text, style(of: $0.style)) })
        }
    }

    /// The closest screen style: an alert's label stands out as a warning,
    /// code, links and headings keep their colours.
    static func style(of style: Style) -> ScreenStyle {
        if style.alert != nil, style.bold { return .warning }
        if style.heading > 0 { return .heading }
        if style.code { return .code }
        if style.link != nil { return style.dim ? .dimmed : .link }
        if style.bold { return .emphasis }
        if style.italic { return .italic }
        if style.dim { return .dimmed }
        return .plain
    }
}
