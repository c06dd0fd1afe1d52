import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking

/// The `/` prompt on the status line: a one-line editor for the query.
struct SearchPrompt {
    enum Outcome: Equatable {
        case editing
        case submitted(String)
        case cancelled
    }

    private(set) var text = ""

    /// Typing adds to the query (any script; the terminal's input method
    /// hands over whole characters), Backspace removes the last character,
    /// Enter submits, Esc cancels.
    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter:
            return .submitted(text.trimmingSpaces())
        case .escape:
            return .cancelled
        case .backspace:
            if !text.isEmpty { text.removeLast() }
        case let .character(scalar) where scalar.value >= 0x20 && !(0x7F..<0xA0).contains(scalar.value):
            text.unicodeScalars.append(scalar)
        default:
            break
        }
        return .editing
    }

    /// Draws `label` and the query, its end kept in view when it is longer
    /// than the line, and puts the cursor after it.
    func draw(on canvas: Canvas, in rect: Rect, label: String, hint: String) {
        let prefix = " \(label) "
        let prefixColumns = CellText.columns(of: prefix)
        let room = max(1, rect.width - prefixColumns - 1)
        var shown = Substring(text)
        while CellText.columns(of: shown) > room { shown = shown.dropFirst() }
        canvas.draw(prefix, row: rect.row, column: rect.column, width: rect.width, style: .prompt, fill: false)
        let used = canvas.draw(shown, row: rect.row, column: rect.column + prefixColumns, width: room, style: .plain, fill: false)
        let hintColumn = rect.column + prefixColumns + used + 2
        if text.isEmpty, hintColumn < rect.column + rect.width {
            canvas.draw(hint, row: rect.row, column: hintColumn, width: rect.column + rect.width - hintColumn, style: .dimmed)
        }
        canvas.cursor = (rect.row, rect.column + prefixColumns + used)
    }
}
