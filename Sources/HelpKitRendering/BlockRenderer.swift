import HelpKitCore
import HelpKitCatalog

/// Lays out markdown blocks as styled lines of at most `width` columns.
///
/// Container blocks (lists, quotes, alerts) lay out their children in a
/// narrower width and put a prefix in front of each line: a bullet or number
/// on the first line and a hanging indent after it, a bar for quotes.
struct BlockRenderer {
    let options: RenderOptions

    /// The lines of `node`'s child blocks, a blank line between blocks unless
    /// they sit in a tight list item.
    package func lines(ofChildren node: MarkdownNode, width: Int, listDepth: Int = 0, tight: Bool = false) -> [StyledLine] {
        var lines: [StyledLine] = []
        for child in node.children {
            let blockLines = self.lines(of: child, width: width, listDepth: listDepth, tight: tight)
            guard !blockLines.isEmpty else { continue }
            if !lines.isEmpty, !tight || child.kind != .paragraph && child.kind != .list {
                lines.append(.blank)
            }
            lines += blockLines
        }
        return lines
    }

    private func lines(of node: MarkdownNode, width: Int, listDepth: Int, tight: Bool) -> [StyledLine] {
        switch node.kind {
        case .paragraph:
            return paragraph(InlineCollector.pieces(of: node, options: options), width: width)
        case .heading:
            return heading(node, width: width)
        case .codeBlock:
            return codeBlock(node.literal)
        case .htmlBlock:
            return paragraph(InlineCollector.pieces(ofHTML: node.literal, options: options), width: width)
        case .list:
            return list(node, width: width, depth: listDepth)
        case .blockQuote:
            return blockQuote(node, width: width, listDepth: listDepth)
        case .thematicBreak:
            return [StyledLine([StyledRun(String(repeating: "─", count: max(width, 1)), Style(dim: true))])]
        case .table:
            return TableRenderer(options: options).lines(of: node, width: width)
        default:
            return lines(ofChildren: node, width: width, listDepth: listDepth, tight: tight)
        }
    }

    private func paragraph(_ pieces: [InlinePiece], width: Int) -> [StyledLine] {
        WrappableText(pieces).lines(width: max(width, 2))
    }

    /// Level 1 bold and underlined with a double rule, level 2 with a single
    /// rule, the others bold.
    private func heading(_ node: MarkdownNode, width: Int) -> [StyledLine] {
        let level = node.headingLevel
        let style = Style(bold: true, heading: level)
        let lines = paragraph(InlineCollector.pieces(of: node, options: options, style: style), width: width)
        guard level <= 2, let widest = lines.map(\.columns).max(), widest > 0 else { return lines }
        let rule = String(repeating: level == 1 ? "═" : "─", count: widest)
        return lines + [StyledLine([StyledRun(rule, Style(heading: level))])]
    }

    /// Code is indented and never wrapped: a cut line of code would read as two.
    private func codeBlock(_ literal: String) -> [StyledLine] {
        var codeLines = literal.split(separator: "\n", omittingEmptySubsequences: false)
        if codeLines.last?.isEmpty == true { codeLines.removeLast() }
        return codeLines.map { line in
            let text = TerminalText.sanitize(Self.expandingTabs(line))
            return text.isEmpty ? .blank : StyledLine([StyledRun("    ", .plain), StyledRun(text, Style(code: true))])
        }
    }

    /// Tabs to the next multiple of four columns.
    private static func expandingTabs(_ line: Substring) -> String {
        guard line.contains("\t") else { return String(line) }
        var expanded = ""
        var column = 0
        for character in line {
            if character == "\t" {
                let spaces = 4 - column % 4
                expanded += String(repeating: " ", count: spaces)
                column += spaces
            } else {
                expanded.append(character)
                column += DisplayWidth.columns(of: character)
            }
        }
        return expanded
    }

    private static let bullets = ["•", "◦", "▪"]

    private func list(_ node: MarkdownNode, width: Int, depth: Int) -> [StyledLine] {
        let items = node.children
        let markers: [String]
        if node.isOrderedList {
            let delimiter = node.usesParenthesisDelimiter ? ")" : "."
            let numbers = items.indices.map { String(node.listStart + $0) + delimiter }
            let widest = numbers.map(\.count).max() ?? 0
            markers = numbers.map { String(repeating: " ", count: widest - $0.count) + $0 }
        } else {
            markers = Array(repeating: Self.bullets[depth % Self.bullets.count], count: items.count)
        }
        let indent = (markers.map { DisplayWidth.columns(of: $0) }.max() ?? 1) + 1
        var rendered: [StyledLine] = []
        for (item, marker) in zip(items, markers) {
            if !rendered.isEmpty, !node.isTightList { rendered.append(.blank) }
            var content = lines(ofChildren: item, width: width - indent, listDepth: depth + 1, tight: node.isTightList)
            if content.isEmpty { content = [.blank] }
            let markerPrefix = StyledLine([StyledRun(marker + " ", Style(dim: !node.isOrderedList))])
            let hangingIndent = StyledLine([StyledRun(String(repeating: " ", count: indent))])
            rendered += content.enumerated().map { index, line in
                if index > 0 && line.runs.isEmpty { return line }
                return line.prefixed(by: index == 0 ? markerPrefix : hangingIndent).trimmingTrailingSpaces()
            }
        }
        return rendered
    }

    /// A quote with a bar in front; a DocFX alert (`> [!NOTE]`) with its
    /// label on the first line and a bar in the alert's colour.
    private func blockQuote(_ node: MarkdownNode, width: Int, listDepth: Int) -> [StyledLine] {
        let children = node.children
        guard let first = children.first, first.kind == .paragraph else {
            return barred(lines(ofChildren: node, width: width - 2, listDepth: listDepth), style: Style(dim: true))
        }
        var firstPieces = InlineCollector.pieces(of: first, options: options)
        guard let kind = AlertMarker.strip(from: &firstPieces) else {
            return barred(lines(ofChildren: node, width: width - 2, listDepth: listDepth), style: Style(dim: true))
        }
        var content = paragraph(firstPieces, width: width - 2)
        for child in children.dropFirst() {
            let blockLines = lines(of: child, width: width - 2, listDepth: listDepth, tight: false)
            guard !blockLines.isEmpty else { continue }
            if !content.isEmpty { content.append(.blank) }
            content += blockLines
        }
        let label = options.alertLabels[kind] ?? AlertMarker.englishLabel(of: kind)
        let labelLine = StyledLine([StyledRun(TerminalText.sanitize(label), Style(bold: true, alert: kind))])
        return barred([labelLine] + content, style: Style(alert: kind))
    }

    private func barred(_ lines: [StyledLine], style: Style) -> [StyledLine] {
        let bar = StyledLine([StyledRun(style.alert == nil ? "│ " : "┃ ", style)])
        return lines.map { $0.prefixed(by: bar).trimmingTrailingSpaces() }
    }
}
