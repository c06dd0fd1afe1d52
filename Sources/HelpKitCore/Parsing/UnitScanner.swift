/// Finds the translation units of a file in its raw bytes.
///
/// Sxs content is raw markdown with HTML spans in it, not HTML: an HTML parser
/// would eat `<Group Name>` and trip on bare `&`. So the scanner anchors on
/// the three spans' exact text and counts span depth only to report what
/// cannot be paired. A unit never spans a blank line and never reaches into
/// the next unit, which bounds every search.
struct UnitScanner {
    struct Found {
        var id: UnitID
        var sourceID: UnitID?
        /// From the opening `<` to the end of `</span></span>`.
        var range: Range<Int>
        var target: Range<Int>
        var source: Range<Int>
    }

    struct Problem {
        var offset: Int
        var severity: Severity
        var message: String
        var code: DiagnosticCode
    }

    private static let targetOpening = StaticPattern(#"<span data-ttu-id=""#)
    private static let separator = StaticPattern(#"</span><span class="sxs-lookup"><span data-stu-id=""#)
    private static let spanOpening = StaticPattern("<span")
    private static let spanClosing = StaticPattern("</span>")
    private static let closing = StaticPattern("</span></span>")

    private let bytes: Bytes
    private(set) var units: [Found] = []
    private(set) var problems: [Problem] = []
    /// Look-aheads that only move forward, keeping the scan linear.
    private var unitOpenings = ForwardSearch()
    private var blankLines = ForwardSearch()

    init(_ bytes: Bytes) { self.bytes = bytes }

    mutating func scan() {
        var position = 0
        while let start = nextOpening(from: position) {
            position = scanUnit(at: start)
        }
    }

    /// Reads the unit opening at `start`; returns where scanning goes on.
    private mutating func scanUnit(at start: Int) -> Int {
        let idStart = start + Self.targetOpening.count
        guard let (id, openingEnd) = readID(at: idStart) else {
            report(start, .error, "malformed unit opening: the id is not of the form 12abc-102", .malformedUnit)
            return idStart
        }
        let limit = boundary(after: openingEnd)
        guard let separatorStart = bytes.firstIndex(of: Self.separator, in: openingEnd..<limit) else {
            report(start, .error, "unit \(id) has no English source span after it; the unit is left as text", .unclosedUnit)
            return openingEnd
        }
        let sourceIDStart = separatorStart + Self.separator.count
        guard let (sourceID, sourceStart) = readID(at: sourceIDStart) else {
            report(sourceIDStart, .error, "unit \(id) has a malformed data-stu-id; the unit is left as text", .malformedUnit)
            return openingEnd
        }
        if sourceID != id {
            report(sourceIDStart, .error, "unit \(id) has the source id \(sourceID); the two ids must be equal", .idMismatch)
        }
        reportUnpairedSpans(in: openingEnd..<separatorStart, of: id)
        let sourceLimit = boundary(after: sourceStart)
        guard let sourceEnd = sourceEnd(from: sourceStart, limit: sourceLimit, of: id) else {
            report(start, .error, "the English source of unit \(id) is never closed with </span></span>; the unit is left as text", .unclosedUnit)
            return openingEnd
        }
        let end = sourceEnd + Self.closing.count
        units.append(Found(id: id, sourceID: sourceID, range: start..<end,
                           target: openingEnd..<separatorStart, source: sourceStart..<sourceEnd))
        return end
    }

    /// Reads `ID">` at `offset`: the id and the offset after `>`.
    private func readID(at offset: Int) -> (UnitID, Int)? {
        let limit = min(bytes.count, offset + 24)
        guard let quote = bytes.firstIndex(of: .quote, in: offset..<limit),
              quote + 1 < bytes.count, bytes[quote + 1] == .greaterThan,
              let id = UnitID(utf8: UnsafeBufferPointer(rebasing: bytes.base[offset..<quote])) else { return nil }
        return (id, quote + 2)
    }

    /// Where the text of a unit must end at the latest: the next unit, a blank line or the end.
    private mutating func boundary(after offset: Int) -> Int {
        let bytes = bytes
        let blankLine = blankLines.next(from: offset) { bytes.nextBlankLine(from: $0) }
        return min(nextOpening(from: offset) ?? bytes.count, blankLine ?? bytes.count)
    }

    private mutating func nextOpening(from offset: Int) -> Int? {
        let bytes = bytes
        return unitOpenings.next(from: offset) { bytes.firstIndex(of: Self.targetOpening, in: $0..<bytes.count) }
    }

    /// The offset of the `</span></span>` that closes a source starting at `start`.
    ///
    /// Counts inner spans, so `<span>https:</span>` inside a source does not end
    /// it; a stray `</span>` is reported and skipped. When depth counting finds
    /// no end, the first `</span></span>` is taken and the imbalance reported.
    private mutating func sourceEnd(from start: Int, limit: Int, of id: UnitID) -> Int? {
        var depth = 0
        var offset = start
        var strays: [Int] = []
        while let tag = bytes.firstIndex(of: .lessThan, in: offset..<limit) {
            if bytes.hasPrefix(Self.spanClosing, at: tag) {
                if depth > 0 {
                    depth -= 1
                } else if bytes.hasPrefix(Self.closing, at: tag), tag + Self.closing.count <= limit {
                    strays.forEach { reportStray(at: $0, of: id, in: "source") }
                    return tag
                } else {
                    strays.append(tag)
                }
            } else if isSpanOpening(at: tag) {
                depth += 1
            }
            offset = tag + 1
        }
        guard let fallback = bytes.firstIndex(of: Self.closing, in: start..<limit) else { return nil }
        reportUnpairedSpans(in: start..<fallback, of: id, part: "source")
        return fallback
    }

    private mutating func reportUnpairedSpans(in range: Range<Int>, of id: UnitID, part: String = "translation") {
        var openings: [Int] = []
        var offset = range.lowerBound
        while let tag = bytes.firstIndex(of: .lessThan, in: offset..<range.upperBound) {
            if bytes.hasPrefix(Self.spanClosing, at: tag), tag + Self.spanClosing.count <= range.upperBound {
                if openings.popLast() == nil { reportStray(at: tag, of: id, in: part) }
            } else if isSpanOpening(at: tag) {
                openings.append(tag)
            }
            offset = tag + 1
        }
        if let first = openings.first {
            let more = openings.count > 1 ? " (and \(openings.count - 1) more)" : ""
            report(first, .warning, "<span> in the \(part) of unit \(id) is never closed\(more)", .unpairedSpan)
        }
    }

    private mutating func reportStray(at offset: Int, of id: UnitID, in part: String) {
        report(offset, .warning, "stray </span> in the \(part) of unit \(id); it is kept as text", .unpairedSpan)
    }

    private func isSpanOpening(at offset: Int) -> Bool {
        guard bytes.hasPrefix(Self.spanOpening, at: offset), offset + 5 < bytes.count else { return false }
        let next = bytes[offset + 5]
        return next == .greaterThan || next == .space || next == .tab || next == .newline
    }

    private mutating func report(_ offset: Int, _ severity: Severity, _ message: String, _ code: DiagnosticCode) {
        problems.append(Problem(offset: offset, severity: severity, message: message, code: code))
    }
}

/// Remembers the last answer of a forward search, so that asking again from a
/// later offset that has not passed the answer costs nothing.
private struct ForwardSearch {
    private var searchedFrom = -1
    private var found: Int?

    mutating func next(from offset: Int, _ search: (Int) -> Int?) -> Int? {
        if searchedFrom >= 0, searchedFrom <= offset, found.map({ $0 >= offset }) ?? true { return found }
        found = search(offset)
        searchedFrom = offset
        return found
    }
}
