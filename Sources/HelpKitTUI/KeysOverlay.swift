import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking


/// The `?` box: the keys of the current view and what they do, in the
/// user's language, drawn from the same table that dispatches the keys.
enum KeysOverlay {
    static func draw(on canvas: Canvas, in area: Rect, context: KeyMap.Context, strings: InterfaceStrings) {
        let bindings = KeyMap.bindings(for: context)
        let keyColumns = bindings.map { CellText.columns(of: $0.label) }.max() ?? 0
        let entries = bindings.map { binding in
            binding.label + String(repeating: " ", count: keyColumns - CellText.columns(of: binding.label) + 2) + strings.text(binding.meaning)
        }
        let footer = strings.text(.closeKeys)
        let contentColumns = ([strings.text(.keys), footer] + entries).map { CellText.columns(of: $0) }.max() ?? 0
        let width = min(area.width, contentColumns + 4)
        let height = min(area.height, entries.count + 4)
        let box = Rect(row: area.row + (area.height - height) / 2, column: area.column + (area.width - width) / 2,
                       height: height, width: width)
        let inner = width - 2
        let rule = String(repeating: "─", count: inner)
        canvas.draw("┌" + rule + "┐", row: box.row, column: box.column, width: width, style: .heading)
        for row in 1..<(height - 1) {
            canvas.draw("│", row: box.row + row, column: box.column, width: 1, style: .heading)
            canvas.draw("", row: box.row + row, column: box.column + 1, width: inner, style: .plain, fill: true)
            canvas.draw("│", row: box.row + row, column: box.column + width - 1, width: 1, style: .heading)
        }
        canvas.draw("└" + rule + "┘", row: box.row + height - 1, column: box.column, width: width, style: .heading)
        canvas.draw(strings.text(.keys), row: box.row, column: box.column + 2, width: inner - 2, style: .heading)
        for (index, entry) in entries.prefix(height - 4).enumerated() {
            canvas.draw(entry, row: box.row + 1 + index, column: box.column + 2, width: inner - 2)
        }
        canvas.draw(footer, row: box.row + height - 2, column: box.column + 2, width: inner - 2, style: .dimmed)
    }
}
