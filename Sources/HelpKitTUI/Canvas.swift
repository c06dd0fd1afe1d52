import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking

/// The looks the TUI uses; the terminal session maps each to attributes and,
/// unless `NO_COLOR` is set, a colour.
package enum ScreenStyle: Int, CaseIterable, Sendable {
    case plain
    case bar
    case selected
    case heading
    case emphasis
    case italic
    case code
    case link
    case dimmed
    case marker
    case warning
    case error
    case prompt
}

/// A stretch of text in one style.
struct ScreenRun: Hashable, Sendable {
    package var text: String
    var style: ScreenStyle

    init(_ text: String, _ style: ScreenStyle = .plain) {
        self.text = text
        self.style = style
    }
}

/// One row of a pane, already fitted to the pane's width.
struct ScreenLine: Hashable, Sendable {
    var runs: [ScreenRun]

    init(_ runs: [ScreenRun]) { self.runs = runs }
    init(_ text: String, _ style: ScreenStyle = .plain) { runs = [ScreenRun(text, style)] }

    static let blank = ScreenLine([])

    package var text: String { runs.map(\.text).joined() }
}

/// Where the views draw: a grid of cells. The ncurses screen is one; tests
/// use an in-memory grid.
package protocol Canvas: AnyObject {
    var rows: Int { get }
    var columns: Int { get }
    /// Where the terminal's cursor shows after this frame (the search
    /// prompt), or nil to hide it. `erase()` hides it.
    var cursor: (row: Int, column: Int)? { get set }
    func erase()
    /// Draws `text` from `row`, `column`, within `width` columns: clipped
    /// between characters (a wide character that would straddle the edge is
    /// left out and its cell padded), and the rest of `width` filled with
    /// spaces in `style` when `fill` is set. Returns the columns drawn.
    @discardableResult
    func draw(_ text: Substring, row: Int, column: Int, width: Int, style: ScreenStyle, fill: Bool) -> Int
}

extension Canvas {
    @discardableResult
    func draw(_ text: String, row: Int, column: Int, width: Int, style: ScreenStyle = .plain, fill: Bool = false) -> Int {
        draw(Substring(text), row: row, column: column, width: width, style: style, fill: fill)
    }

    /// Draws the runs of `line` one after the other; `fill` pads the rest of
    /// the width in `fillStyle`.
    func draw(_ line: ScreenLine, row: Int, column: Int, width: Int, fill: ScreenStyle? = nil) {
        var used = 0
        for run in line.runs where used < width {
            used += draw(Substring(run.text), row: row, column: column + used, width: width - used, style: run.style, fill: false)
        }
        if let fill, used < width {
            draw(Substring(""), row: row, column: column + used, width: width - used, style: fill, fill: true)
        }
    }
}

/// A rectangle of the screen, in cells.
package struct Rect: Hashable, Sendable {
    package var row: Int
    package var column: Int
    package var height: Int
    package var width: Int

    var isEmpty: Bool { height <= 0 || width <= 0 }
}
