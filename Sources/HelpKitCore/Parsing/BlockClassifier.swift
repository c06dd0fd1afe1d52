/// Tells which markdown block each unit stands in, from the lines around it.
///
/// It reads the line structure the way a markdown parser would (headings,
/// list markers and their indentation, blockquotes and DocFX alerts, table
/// rows, lazy continuation lines), but it only needs the block of each line
/// that starts a unit, so it keeps a handful of states instead of a tree.
struct BlockClassifier {
    private let bytes: Bytes
    private let lines: LineIndex

    private var listIndents: [Int] = []
    private var listIsOrdered: [Bool] = []
    private var alert: AlertKind?
    private var inBlockquote = false
    private var tableRow: Int?
    private var fence: UInt8?
    private var previous: Block?

    init(bytes: Bytes, lines: LineIndex) {
        self.bytes = bytes
        self.lines = lines
    }

    /// The block of every unit, in the order given (file order).
    mutating func blocks(of units: [UnitScanner.Found], frontMatterLines: Int) -> [Block] {
        var blocks: [Block] = []
        blocks.reserveCapacity(units.count)
        var next = 0
        var insideUnitUntil = 0
        for line in 1...lines.lineCount where next < units.count {
            let range = lines.range(ofLine: line)
            let lineEnd = range.upperBound + 1
            let block: Block
            if line <= frontMatterLines {
                block = .frontMatter
            } else if range.lowerBound < insideUnitUntil {
                // A line that starts inside a unit continues that unit's block.
                block = previous ?? .paragraph
            } else {
                block = classify(range)
            }
            var pipes = 0
            var cursor = range.lowerBound
            let leadingPipe = tableRow != nil && firstNonSpace(in: range).map { bytes[$0] == .pipe } == true
            while next < units.count, units[next].range.lowerBound < lineEnd {
                let unit = units[next]
                if case .tableCell(let row, _) = block {
                    pipes += countPipes(in: cursor..<max(cursor, unit.range.lowerBound))
                    blocks.append(.tableCell(row: row, column: max(0, pipes - (leadingPipe ? 1 : 0))))
                } else {
                    blocks.append(block)
                }
                cursor = unit.range.upperBound
                insideUnitUntil = max(insideUnitUntil, unit.range.upperBound)
                next += 1
            }
        }
        return blocks
    }

    private mutating func classify(_ range: Range<Int>) -> Block {
        guard let start = firstNonSpace(in: range) else {
            endBlocks()
            return .paragraph
        }
        let indent = columns(from: range.lowerBound, to: start)
        if let marker = fence {
            if bytes[start] == marker { fence = nil }
            return previous ?? .paragraph
        }
        if isFence(at: start, in: range) {
            fence = bytes[start]
            return previous ?? .paragraph
        }
        let block = block(at: start, indent: indent, in: range)
        previous = block
        return block
    }

    private mutating func block(at start: Int, indent: Int, in range: Range<Int>) -> Block {
        if bytes[start] == .greaterThan {
            if !inBlockquote { alert = nil }
            inBlockquote = true
            if let kind = alertKind(after: start, in: range) { alert = kind }
            return alert.map(Block.alert) ?? .blockquote
        }
        inBlockquote = false
        if let level = headingLevel(at: start, in: range) {
            listIndents = []
            tableRow = nil
            return .heading(level: level)
        }
        if bytes[start] == .pipe || tableRow != nil || isDelimiterRow(lines.lineAfter(range, in: bytes)) {
            if isDelimiterRow(start..<range.upperBound) { return previous ?? .paragraph }
            tableRow = tableRow.map { $0 + 1 } ?? 0
            return .tableCell(row: tableRow ?? 0, column: 0)
        }
        if let ordered = listMarker(at: start, in: range) {
            while let last = listIndents.last, last >= indent {
                listIndents.removeLast()
                listIsOrdered.removeLast()
            }
            listIndents.append(indent)
            listIsOrdered.append(ordered)
            return .listItem(depth: listIndents.count, ordered: ordered)
        }
        if let previous, case .listItem = previous, indent == 0 { return previous }
        if indent > 0, !listIndents.isEmpty {
            let depth = max(1, listIndents.filter { $0 < indent }.count)
            return .listItem(depth: depth, ordered: listIsOrdered[depth - 1])
        }
        if let previous, previous != .paragraph, indent == 0, !isBlockStart(previous) { return previous }
        listIndents = []
        listIsOrdered = []
        return .paragraph
    }

    private func isBlockStart(_ block: Block) -> Bool {
        if case .heading = block { return true }
        if case .tableCell = block { return true }
        return false
    }

    private mutating func endBlocks() {
        previous = nil
        alert = nil
        inBlockquote = false
        tableRow = nil
    }

    private func firstNonSpace(in range: Range<Int>) -> Int? {
        range.first { bytes[$0] != .space && bytes[$0] != .tab }
    }

    private func columns(from start: Int, to end: Int) -> Int {
        (start..<end).reduce(0) { width, offset in bytes[offset] == .tab ? width + 4 - width % 4 : width + 1 }
    }

    private func headingLevel(at start: Int, in range: Range<Int>) -> Int? {
        var end = start
        while end < range.upperBound, bytes[end] == .hash { end += 1 }
        let level = end - start
        guard (1...6).contains(level), end == range.upperBound || bytes[end] == .space || bytes[end] == .tab else { return nil }
        return level
    }

    /// Whether a list marker starts at `start`: nil when none, else whether it is ordered.
    private func listMarker(at start: Int, in range: Range<Int>) -> Bool? {
        func followedBySpace(_ offset: Int) -> Bool {
            offset == range.upperBound || bytes[offset] == .space || bytes[offset] == .tab
        }
        let first = bytes[start]
        if first == .hyphen || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            return followedBySpace(start + 1) ? false : nil
        }
        var end = start
        while end < range.upperBound, end - start < 9, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) { end += 1 }
        guard end > start, end < range.upperBound, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")"),
              followedBySpace(end + 1) else { return nil }
        return true
    }

    /// `[!NOTE]` after the `>` (and more `>`s and spaces) at `start`.
    private func alertKind(after start: Int, in range: Range<Int>) -> AlertKind? {
        var offset = start
        while offset < range.upperBound, [.greaterThan, .space, .tab].contains(bytes[offset]) { offset += 1 }
        guard offset + 3 < range.upperBound, bytes[offset] == UInt8(ascii: "["), bytes[offset + 1] == UInt8(ascii: "!"),
              let close = bytes.firstIndex(of: UInt8(ascii: "]"), in: (offset + 2)..<range.upperBound) else { return nil }
        let name = bytes.string((offset + 2)..<close)
        guard !name.isEmpty, name.allSatisfy(\.isASCIILetter) else { return nil }
        return AlertKind(rawValue: name)
    }

    private func isFence(at start: Int, in range: Range<Int>) -> Bool {
        let marker = bytes[start]
        guard marker == UInt8(ascii: "`") || marker == UInt8(ascii: "~"), start + 3 <= range.upperBound else { return false }
        return bytes[start + 1] == marker && bytes[start + 2] == marker
    }

    /// A table's delimiter row, such as `|:-----|:-----|`.
    private func isDelimiterRow(_ range: Range<Int>?) -> Bool {
        guard let range, !range.isEmpty else { return false }
        var sawHyphen = false
        var sawPipe = false
        for offset in range {
            switch bytes[offset] {
            case .hyphen: sawHyphen = true
            case .pipe: sawPipe = true
            case UInt8(ascii: ":"), .space, .tab: continue
            default: return false
            }
        }
        return sawHyphen && sawPipe
    }

    private func countPipes(in range: Range<Int>) -> Int {
        range.reduce(0) { count, offset in
            bytes[offset] == .pipe && (offset == 0 || bytes[offset - 1] != .backslash) ? count + 1 : count
        }
    }
}

extension LineIndex {
    /// The range of the line after the one at `range`, if there is one.
    func lineAfter(_ range: Range<Int>, in bytes: Bytes) -> Range<Int>? {
        let start = range.upperBound + 1
        guard start < bytes.count else { return nil }
        let end = bytes.firstIndex(of: .newline, in: start..<bytes.count) ?? bytes.count
        return start..<end
    }
}
