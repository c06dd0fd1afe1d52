import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking

/// A one-row bar across the screen, text on the left and on the right: the
/// title bar at the top and the status line at the bottom.
///
/// The right side (the locale, the key hint) is kept whole when there is
/// room; the left side gives way.
struct StatusLine {
    var left: String
    var right: String
    var style: ScreenStyle = .bar

    func draw(on canvas: Canvas, in rect: Rect) {
        let right = " " + right + " "
        let rightColumns = min(CellText.columns(of: right), max(0, rect.width - 8))
        canvas.draw(" " + left, row: rect.row, column: rect.column, width: rect.width - rightColumns, style: style, fill: true)
        canvas.draw(right, row: rect.row, column: rect.column + rect.width - rightColumns, width: rightColumns, style: style, fill: true)
    }
}
