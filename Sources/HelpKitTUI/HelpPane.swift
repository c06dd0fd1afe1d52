import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking

/// Lines of text in a pane that scrolls: the help beside the list, a topic
/// full screen, the review.
struct HelpPane {
    private(set) var lines: [ScreenLine] = []
    /// The first line on screen.
    private(set) var top = 0

    /// Replaces the text; `keepingPosition` keeps the scroll position (for a
    /// redraw at a new width), else it goes back to the top.
    mutating func show(_ lines: [ScreenLine], keepingPosition: Bool = false) {
        self.lines = lines
        if !keepingPosition { top = 0 }
    }

    /// Moves the view for a movement command; other commands do nothing.
    mutating func scroll(_ command: Command, height: Int) {
        switch command {
        case .moveUp: top -= 1
        case .moveDown: top += 1
        case .pageUp: top -= max(1, height - 1)
        case .pageDown: top += max(1, height - 1)
        case .first: top = 0
        case .last: top = lines.count
        default: return
        }
        clamp(height: height)
    }

    /// Puts `line` at the top of the view, or as near as the end allows.
    mutating func scroll(to line: Int, height: Int) {
        top = line
        clamp(height: height)
    }

    /// The position as "first–last/count", for the title bar.
    func position(height: Int) -> String {
        guard !lines.isEmpty else { return "0/0" }
        return "\(top + 1)–\(min(lines.count, top + height))/\(lines.count)"
    }

    func draw(on canvas: Canvas, in rect: Rect) {
        for (offset, line) in lines.dropFirst(top).prefix(rect.height).enumerated() {
            canvas.draw(line, row: rect.row + offset, column: rect.column, width: rect.width)
        }
    }

    private mutating func clamp(height: Int) {
        top = max(0, min(top, lines.count - max(1, height)))
    }
}
