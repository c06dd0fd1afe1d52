/// A topic's markdown rendered for a pane `width` columns wide, line by line.
///
/// The renderer wraps to the width; every line is then sanitised and, should
/// one still be wider than the pane (a long URL, a table), wrapped again by
/// columns so that nothing is cut off and no wide character is split.
enum TopicLines {
    static func render(_ markdown: String, width: Int) -> [ScreenLine] {
        let rendered = TerminalRenderer.render(markdown: markdown, options: RenderOptions(width: width, color: false))
        var lines: [ScreenLine] = []
        var previousBlank = true
        for line in rendered.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = ScreenSafeText.sanitized(line)
            let isBlank = text.allSatisfy { $0 == " " }
            if isBlank, previousBlank { continue }
            previousBlank = isBlank
            lines += CellText.wrapped(text, to: width).map { ScreenLine($0) }
        }
        while lines.last?.text.allSatisfy({ $0 == " " }) == true { lines.removeLast() }
        return lines
    }
}
