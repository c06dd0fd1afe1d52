import HelpKitCore
import HelpKitCatalog

/// A GFM table drawn with box-drawing borders, its columns sized by display
/// width and its cells wrapped so that the table fits the width it is given.
struct TableRenderer {
    let options: RenderOptions

    private struct Row {
        var cells: [WrappableText]
        var isHeader: Bool
    }

    private static let border = Style(dim: true)

    package func lines(of table: MarkdownNode, width: Int) -> [StyledLine] {
        let alignments = table.tableAlignments
        var rows = table.children.filter { $0.kind == .tableRow }.map { row in
            Row(cells: row.children.map { cell in
                    let style = row.isHeaderRow ? Style(bold: true) : .plain
                    return WrappableText(InlineCollector.pieces(of: cell, options: options, style: style))
                },
                isHeader: row.isHeaderRow)
        }
        let columnCount = max(alignments.count, rows.map(\.cells.count).max() ?? 0)
        guard columnCount > 0 else { return [] }
        for index in rows.indices where rows[index].cells.count < columnCount {
            rows[index].cells += Array(repeating: WrappableText([]), count: columnCount - rows[index].cells.count)
        }
        let widths = Self.columnWidths(rows: rows, columnCount: columnCount, available: width - (3 * columnCount + 1))
        let wrapped = rows.map { row in zip(row.cells, widths).map { $0.lines(width: $1) } }
        // Rules between body rows only when some row takes several lines;
        // otherwise the table stays compact.
        let ruleBetweenRows = wrapped.contains { $0.contains { $0.count > 1 } }
        var lines = [rule("┌", "┬", "┐", widths)]
        for (index, (row, cells)) in zip(rows, wrapped).enumerated() {
            if index > 0 {
                let afterHeader = rows[index - 1].isHeader && !row.isHeader
                if afterHeader || ruleBetweenRows { lines.append(rule("├", "┼", "┤", widths)) }
            }
            lines += rowLines(cells, widths: widths, alignments: alignments)
        }
        lines.append(rule("└", "┴", "┘", widths))
        return lines
    }

    /// Natural widths when they fit. Otherwise each column first gets what
    /// its longest word needs, narrow columns served before wide ones so that
    /// only the widest words are cut when not all fit; what is left is shared
    /// out by how much more each column would take.
    private static func columnWidths(rows: [Row], columnCount: Int, available: Int) -> [Int] {
        let columns = (0..<columnCount).map { column in rows.map { $0.cells[column] } }
        let natural = columns.map { max($0.map(\.naturalWidth).max() ?? 0, 1) }
        guard natural.reduce(0, +) > available else { return natural }
        let minimum = zip(columns, natural).map { cells, natural in
            min(natural, max(cells.map(\.minimumWidth).max() ?? 1, 2))
        }
        var widths = fairShares(of: max(available, 0), wants: minimum, floor: 2)
        let spare = available - widths.reduce(0, +)
        guard spare > 0 else { return widths }
        let extra = fairShares(of: spare, wants: zip(natural, widths).map { $0 - $1 }, floor: 0)
        for column in widths.indices { widths[column] += extra[column] }
        return widths
    }

    /// Splits `total` so that every want up to an equal share is met in full
    /// and the larger wants split the rest equally; no share below `floor`.
    private static func fairShares(of total: Int, wants: [Int], floor: Int) -> [Int] {
        var shares = Array(repeating: 0, count: wants.count)
        var left = total
        let order = wants.indices.sorted { wants[$0] < wants[$1] }
        for (position, column) in order.enumerated() {
            let equalShare = left / (wants.count - position)
            shares[column] = max(min(wants[column], equalShare), floor)
            left -= shares[column]
        }
        return shares
    }

    private func rule(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> StyledLine {
        let text = left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
        return StyledLine([StyledRun(text, Self.border)])
    }

    private func rowLines(_ cells: [[StyledLine]], widths: [Int], alignments: [UInt8]) -> [StyledLine] {
        let height = max(cells.map(\.count).max() ?? 1, 1)
        return (0..<height).map { lineIndex in
            var line = StyledLine([StyledRun("│", Self.border)])
            for (column, cellLines) in cells.enumerated() {
                let content = lineIndex < cellLines.count ? cellLines[lineIndex] : StyledLine()
                let padding = max(widths[column] - content.columns, 0)
                let alignment = column < alignments.count ? alignments[column] : 0
                let before = alignment == UInt8(ascii: "r") ? padding
                    : alignment == UInt8(ascii: "c") ? padding / 2 : 0
                line.append(String(repeating: " ", count: before + 1), .plain)
                for run in content.runs { line.append(run.text, run.style) }
                line.append(String(repeating: " ", count: padding - before + 1), .plain)
                line.append("│", Self.border)
            }
            return line
        }
    }
}
