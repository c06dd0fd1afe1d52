import HelpKitCore
import HelpKitCatalog

/// A paragraph's pieces as a row of scalars with their display widths and
/// break opportunities, ready to be wrapped to any width.
///
/// Lines break at spaces, and between characters when one of them is wide
/// (Japanese and Chinese have no spaces), except before closing punctuation
/// and small kana or after opening brackets (basic kinsoku shori). A word
/// longer than the line is cut where the line is full. Zero-width scalars
/// (combining marks, joiners) stay with the scalar before them.
package struct WrappableText {
    private struct Cell {
        enum Kind: UInt8 { case glyph, space, lineBreak, breakOpportunity }
        var scalar: Unicode.Scalar
        var width: UInt8
        var kind: Kind
        /// A line may start at this glyph; for a space, a line may end here.
        var canBreakBefore: Bool
        var style: Int32
    }

    private var cells: [Cell] = []
    private var styles: [Style] = []

    package init(_ pieces: [InlinePiece]) {
        var pendingSoftBreak = false
        DisplayWidth.withUTF8Locale {
            for piece in pieces {
                switch piece {
                case .softBreak:
                    pendingSoftBreak = !cells.isEmpty
                case .lineBreak:
                    pendingSoftBreak = false
                    cells.append(Cell(scalar: "\n", width: 0, kind: .lineBreak, canBreakBefore: false, style: 0))
                case .text(let text, let style):
                    styles.append(style)
                    let styleIndex = Int32(styles.count - 1)
                    for scalar in text.unicodeScalars {
                        let width = DisplayWidth.columnsInLocale(of: scalar)
                        if pendingSoftBreak {
                            pendingSoftBreak = false
                            appendSoftBreak(beforeWidth: width, style: styleIndex)
                        }
                        append(scalar, width: width, style: styleIndex)
                    }
                }
            }
        }
    }

    /// A newline between two wide characters disappears, as in CJK typesetting;
    /// elsewhere it is a space.
    private mutating func appendSoftBreak(beforeWidth nextWidth: Int, style: Int32) {
        let previousIsWide = cells.last.map { $0.kind == .glyph && $0.width == 2 } ?? false
        if previousIsWide, nextWidth == 2 {
            appendSpace(" ", width: 0, kind: .breakOpportunity, style: style)
        } else {
            appendSpace(" ", width: 1, kind: .space, style: style)
        }
    }

    private mutating func append(_ scalar: Unicode.Scalar, width: Int, style: Int32) {
        switch scalar {
        case " ":
            appendSpace(scalar, width: 1, kind: .space, style: style)
            return
        case "\u{200B}":
            appendSpace(scalar, width: 0, kind: .breakOpportunity, style: style)
            return
        default:
            break
        }
        let cannotStartLine = Kinsoku.cannotStartLine(scalar)
        if cannotStartLine {
            // Nor after a space: `(Edge 80) 」` must not put 」 first on a line.
            var index = cells.count - 1
            while index >= 0, cells[index].kind == .space || cells[index].kind == .breakOpportunity {
                cells[index].canBreakBefore = false
                index -= 1
            }
        }
        var canBreakBefore = false
        if width > 0, let previous = cells.last, previous.kind == .glyph, previous.width > 0,
           previous.width == 2 || width == 2 {
            canBreakBefore = !cannotStartLine && !Kinsoku.cannotEndLine(previous.scalar)
        }
        cells.append(Cell(scalar: scalar, width: UInt8(width), kind: .glyph, canBreakBefore: canBreakBefore, style: style))
    }

    /// A space is a break opportunity unless it follows an opening bracket.
    private mutating func appendSpace(_ scalar: Unicode.Scalar, width: UInt8, kind: Cell.Kind, style: Int32) {
        let previousGlyph = cells.last { $0.kind == .glyph || $0.kind == .lineBreak }
        let canBreak = previousGlyph.map { $0.kind == .lineBreak || !Kinsoku.cannotEndLine($0.scalar) } ?? true
        cells.append(Cell(scalar: scalar, width: width, kind: kind, canBreakBefore: canBreak, style: style))
    }

    /// The widest line when nothing is wrapped, spaces at its end not counted.
    var naturalWidth: Int {
        var widest = 0
        var current = 0
        for cell in cells {
            if cell.kind == .lineBreak {
                current = 0
            } else {
                current += Int(cell.width)
                if cell.kind == .glyph { widest = max(widest, current) }
            }
        }
        return widest
    }

    /// The widest piece that has no break opportunity inside.
    var minimumWidth: Int {
        var widest = 0
        var current = 0
        for cell in cells {
            if cell.canBreakBefore || cell.kind == .lineBreak { current = 0 }
            if cell.kind == .glyph { current += Int(cell.width) }
            widest = max(widest, current)
        }
        return widest
    }

    /// The text wrapped to `width` columns, without trailing spaces or
    /// trailing empty lines.
    package func lines(width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        var start = skippingSpaces(from: 0)
        while start < cells.count {
            let (end, next) = lineEnd(from: start, width: width)
            lines.append(line(from: start, to: end))
            start = skippingSpaces(from: next)
        }
        while lines.last?.runs.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Where the line that starts at `start` ends, and where the next begins.
    private func lineEnd(from start: Int, width: Int) -> (end: Int, next: Int) {
        var column = 0
        var lastBreak: (end: Int, next: Int)?
        var index = start
        while index < cells.count {
            let cell = cells[index]
            switch cell.kind {
            case .lineBreak:
                return (index, index + 1)
            case .space, .breakOpportunity:
                if cell.canBreakBefore { lastBreak = (index, index + 1) }
                column += Int(cell.width)
            case .glyph:
                if cell.canBreakBefore, index > start { lastBreak = (index, index) }
                if column + Int(cell.width) > width, column > 0 {
                    return lastBreak ?? forcedBreak(from: start, before: index)
                }
                column += Int(cell.width)
            }
            index += 1
        }
        return (cells.count, cells.count)
    }

    /// A cut inside a word too long for the line, moved back so that the next
    /// line does not start with closing punctuation.
    private func forcedBreak(from start: Int, before index: Int) -> (end: Int, next: Int) {
        var cut = index
        while cut > start + 1, Kinsoku.cannotStartLine(cells[cut].scalar) || cells[cut].width == 0 { cut -= 1 }
        return (cut, cut)
    }

    private func skippingSpaces(from index: Int) -> Int {
        var index = index
        while index < cells.count, cells[index].kind == .space || cells[index].kind == .breakOpportunity { index += 1 }
        return index
    }

    private func line(from start: Int, to end: Int) -> StyledLine {
        var end = end
        while end > start, cells[end - 1].kind != .glyph { end -= 1 }
        var line = StyledLine()
        var text = ""
        var currentStyle: Int32 = -1
        for cell in cells[start..<end] where cell.kind != .breakOpportunity {
            if cell.style != currentStyle {
                if currentStyle >= 0 { line.append(text, styles[Int(currentStyle)]) }
                text = ""
                currentStyle = cell.style
            }
            text.unicodeScalars.append(cell.scalar)
        }
        if currentStyle >= 0 { line.append(text, styles[Int(currentStyle)]) }
        return line
    }
}

/// Characters that may not start or end a line in Japanese and Chinese
/// (JIS X 4051 line-breaking rules, the common subset).
enum Kinsoku {
    private static let noStart: Set<UInt32> = scalars(
        "、。，．・：；？！゛゜ヽヾゝゞ々ー〜…‥’”）〕］｝〉》」』】〙〗〟｠»"
        + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
        + "）］｝％：；，．！？"
    )
    private static let noEnd: Set<UInt32> = scalars("（〔［｛〈《「『【〘〖〝｟«‘“")

    static func cannotStartLine(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21, 0x25, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x5D, 0x7D: true  // ! % ) , . : ; ? ] }
        case ..<0xBB: false
        default: noStart.contains(scalar.value)
        }
    }

    static func cannotEndLine(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x28, 0x5B, 0x7B: true  // ( [ {
        case ..<0xAB: false
        default: noEnd.contains(scalar.value)
        }
    }

    private static func scalars(_ text: String) -> Set<UInt32> { Set(text.unicodeScalars.map(\.value)) }
}
