import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking

/// Where each part of the screen goes for a terminal of a given size.
///
/// ```
/// ┌ title bar ───────────────────────────────┐
/// │ list        │ help                       │
/// │             │                            │
/// └ status line ─────────────────────────────┘
/// ```
/// The full-screen views (topic, review) use `body`: everything between the bars.
package struct Layout: Hashable, Sendable {
    static let minimumRows = 10
    static let minimumColumns = 40

    var rows: Int
    var columns: Int

    package init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    var isTooSmall: Bool { rows < Self.minimumRows || columns < Self.minimumColumns }

    var titleBar: Rect { Rect(row: 0, column: 0, height: 1, width: columns) }
    var statusLine: Rect { Rect(row: rows - 1, column: 0, height: 1, width: columns) }
    package var body: Rect { Rect(row: 1, column: 0, height: rows - 2, width: columns) }

    /// A third of the width, within reason: room for titles at 80 columns,
    /// and the help keeps most of a wide screen.
    package var list: Rect { Rect(row: 1, column: 0, height: rows - 2, width: min(40, max(20, columns / 3))) }
    package var separatorColumn: Int { list.width }
    /// Right of the separator, with one blank column of margin.
    var help: Rect {
        let column = separatorColumn + 2
        return Rect(row: 1, column: column, height: rows - 2, width: columns - column - 1)
    }
}
