/// Turns byte offsets into lines and columns.
///
/// Columns count Unicode scalars. Lookups that move forward on one line
/// resume from the previous answer, so many units on one 10 MB line cost one
/// pass over it, not one pass each.
struct LineIndex {
    private(set) var lineStarts: [Int]
    private let bytes: Bytes
    private var cursor = SourceLocation.start

    init(_ bytes: Bytes) {
        self.bytes = bytes
        var starts = [0]
        var from = 0
        while let newline = bytes.firstIndex(of: .newline, in: from..<bytes.count) {
            starts.append(newline + 1)
            from = newline + 1
        }
        lineStarts = starts
    }

    var lineCount: Int { lineStarts.count }

    /// The byte range of 1-based `line`, without its newline.
    func range(ofLine line: Int) -> Range<Int> {
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        return start..<max(start, end)
    }

    mutating func location(of offset: Int) -> SourceLocation {
        let line = lineNumber(of: offset)
        let lineStart = lineStarts[line - 1]
        var column = 1
        var from = lineStart
        if cursor.line == line, cursor.offset <= offset {
            column = cursor.column
            from = cursor.offset
        }
        for index in from..<offset where !bytes[index].isUTF8Continuation {
            column += 1
        }
        cursor = SourceLocation(line: line, column: column, offset: offset)
        return cursor
    }

    private func lineNumber(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }
}
