import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking

/// The left pane: the actions, then the articles (or the search results),
/// under section headers, with the selected item highlighted.
struct ListPane {
    enum Row: Hashable {
        case header(String)
        /// An index into `items`.
        case item(Int)
    }

    private(set) var items: [TUIItem] = []
    private(set) var rows: [Row] = []
    /// The selected item, an index into `items`.
    private(set) var selection = 0
    /// The first row on screen.
    private(set) var top = 0

    var selectedItem: TUIItem? { items.indices.contains(selection) ? items[selection] : nil }

    /// Shows `sections` (a header and its items each; empty sections left
    /// out) with the first item selected.
    mutating func show(_ sections: [(header: String, items: [TUIItem])]) {
        items = []
        rows = []
        for section in sections where !section.items.isEmpty {
            rows.append(.header(section.header))
            for item in section.items {
                rows.append(.item(items.count))
                items.append(item)
            }
        }
        selection = 0
        top = 0
    }

    mutating func select(_ index: Int) {
        guard !items.isEmpty else { return }
        selection = min(max(0, index), items.count - 1)
    }

    mutating func move(by delta: Int) { select(selection + delta) }

    /// Scrolls so that the selection, and the header above the first item,
    /// are on screen.
    mutating func reveal(height: Int) {
        guard height > 0, let row = rows.firstIndex(of: .item(selection)) else { return }
        let wanted = selection == 0 ? 0 : row
        if wanted < top { top = wanted }
        if row >= top + height { top = row - height + 1 }
        top = max(0, min(top, rows.count - height))
    }

    func draw(on canvas: Canvas, in rect: Rect, label: (TUIItem) -> String) {
        for (offset, row) in rows.dropFirst(top).prefix(rect.height).enumerated() {
            let line = rect.row + offset
            switch row {
            case let .header(title):
                canvas.draw(title, row: line, column: rect.column, width: rect.width, style: .heading)
            case let .item(index):
                let style: ScreenStyle = index == selection ? .selected : .plain
                canvas.draw(" " + CellText.safe(label(items[index])), row: line, column: rect.column,
                            width: rect.width, style: style, fill: style == .selected)
            }
        }
    }
}
