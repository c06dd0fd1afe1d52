import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI


/// An in-memory screen for driving the TUI without a terminal: it places
/// characters cell by cell the way ncurses does (a wide character takes two
/// cells) and remembers any write that would spill past the right edge.
package final class GridCanvas: Canvas {
    package let rows: Int
    package let columns: Int
    package var cursor: (row: Int, column: Int)?
    /// Each cell: a character, "" for the right half of a wide one.
    private(set) var cells: [[String]]
    package private(set) var styles: [[ScreenStyle]]
    /// Writes that reached past the last column, as "row:column".
    package private(set) var overflows: [String] = []

    package init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
        styles = Array(repeating: Array(repeating: .plain, count: columns), count: rows)
    }

    package func erase() {
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
        styles = Array(repeating: Array(repeating: .plain, count: columns), count: rows)
        cursor = nil
    }

    @discardableResult
    package func draw(_ text: Substring, row: Int, column: Int, width: Int, style: ScreenStyle, fill: Bool) -> Int {
        guard width > 0, (0..<rows).contains(row), (0..<columns).contains(column) else { return 0 }
        let (shown, used) = CellText.clipped(text, to: width)
        var at = column
        for character in shown {
            let span = DisplayWidth.columns(of: character)
            guard span > 0 else { continue }
            if at + span > columns { overflows.append("\(row):\(at)") }
            for offset in 0..<span where at + offset < columns {
                cells[row][at + offset] = offset == 0 ? String(character) : ""
                styles[row][at + offset] = style
            }
            at += span
        }
        if fill {
            for cell in at..<min(columns, column + width) {
                cells[row][cell] = " "
                styles[row][cell] = style
            }
        }
        return fill ? width : used
    }

    /// The screen as text, one line per row, trailing spaces kept.
    package var lines: [String] { cells.map { $0.joined() } }
    package var text: String { lines.joined(separator: "\n") }

    /// The cell column at which `character` first appears in `row`, counting wide characters as two.
    package func column(of character: Character, inRow row: Int) -> Int? {
        cells[row].firstIndex(of: String(character))
    }
}
