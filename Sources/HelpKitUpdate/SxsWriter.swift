import HelpKitCore

/// Writes an English markdown body in the sxs format, one unit for each
/// sentence or run of sentences, as the localization pipeline cuts it:
/// sentences as `EnglishSentences` finds them, none inside a fenced code
/// block, each unit numbered in document order and a unit of several
/// sentences numbered `pNNN`, skipping the numbers it absorbs (FORMAT.md).
struct SxsWriter: Sendable {
    /// One unit to write: the new English sentences it covers, what its
    /// `sxs-lookup` span says, and its translation.
    struct Unit: Sendable {
        var sentences: Range<Int>
        var source: [UInt8]
        var target: [UInt8]
        /// The target is the English standing in for a translation no one has made yet.
        var isStandIn = false
    }

    let body: [UInt8]
    let sentences: EnglishSentences

    /// `body` is English markdown without front matter.
    init(body: [UInt8]) {
        self.body = body
        sentences = EnglishSentences(markdown: body)
    }

    /// The sentences that become units: those outside fenced code blocks.
    var translatable: [Int] {
        let fences = Self.fencedRanges(in: body)
        return sentences.indices.filter { index in
            let start = sentences.textRange(of: index).lowerBound
            return !fences.contains { $0.contains(start) }
        }
    }

    /// The raw English of sentences `range`, with what stands between them.
    func text(of range: Range<Int>) -> [UInt8] {
        Array(body[sentences.textRange(of: range.lowerBound).lowerBound..<sentences.textRange(of: range.upperBound - 1).upperBound])
    }

    /// What a unit of sentences `range` holds: the link text alone when the
    /// range is one sentence that is a whole link, `[text](target)`, whose
    /// syntax the corpus keeps outside the unit; else all of their text.
    func unitText(of range: Range<Int>) -> [UInt8] {
        guard range.count == 1, let inner = linkText(of: range.lowerBound) else { return text(of: range) }
        return Array(body[inner])
    }

    /// The range of the link text of a sentence that is one whole link.
    private func linkText(of sentence: Int) -> Range<Int>? {
        let range = sentences.textRange(of: sentence)
        guard range.count > 4, body[range.lowerBound] == .openBracket, body[range.upperBound - 1] == .closeParen else { return nil }
        var depth = 0
        for index in range {
            switch body[index] {
            case .openBracket: depth += 1
            case .closeBracket:
                depth -= 1
                guard depth == 0 else { continue }
                guard index + 1 < range.upperBound, body[index + 1] == .openParen,
                      !body[(index + 2)..<(range.upperBound - 1)].contains(where: { $0 == .openParen || $0 == .closeParen }) else { return nil }
                return range.lowerBound + 1..<index
            default: continue
            }
        }
        return nil
    }

    /// The body with `units` (in sentence order, not overlapping) in place of
    /// their sentences, and the ids of the units whose English stands in.
    func write(_ units: [Unit], prefix: String, firstNumber: Int) -> (body: [UInt8], standIns: [String]) {
        var output: [UInt8] = []
        var standIns: [String] = []
        output.reserveCapacity(body.count * 3)
        var cursor = 0
        var number = firstNumber
        for unit in units {
            var start = sentences.textRange(of: unit.sentences.lowerBound).lowerBound
            var end = sentences.textRange(of: unit.sentences.upperBound - 1).upperBound
            if unit.sentences.count == 1, let inner = linkText(of: unit.sentences.lowerBound), !Self.holdsLink(unit.target) {
                (start, end) = (inner.lowerBound, inner.upperBound)
            }
            output += body[cursor..<start]
            let id = UnitID(prefix: prefix, number: number, isMerged: unit.sentences.count > 1).description
            if unit.isStandIn { standIns.append(id) }
            output += Array("<span data-ttu-id=\"\(id)\">".utf8) + unit.target
                + Array("</span><span class=\"sxs-lookup\"><span data-stu-id=\"\(id)\">".utf8) + unit.source
                + Array("</span></span>".utf8)
            number += unit.sentences.count
            cursor = end
        }
        output += body[cursor...]
        return (output, standIns)
    }

    /// Whether a unit's text holds link syntax, and so cannot stand inside one.
    static func holdsLink(_ text: [UInt8]) -> Bool {
        zip(text, text.dropFirst()).contains { $0 == .closeBracket && $1 == .openParen }
    }

    /// Byte ranges of ``` and ~~~ fenced blocks, fences included.
    static func fencedRanges(in body: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var openedAt: (offset: Int, fence: UInt8)?
        var lineStart = 0
        while lineStart < body.count {
            let lineEnd = body[lineStart...].firstIndex(of: .newline) ?? body.count
            var cursor = lineStart
            while cursor < lineEnd, body[cursor] == .space || body[cursor] == .tab { cursor += 1 }
            let line = body[cursor..<lineEnd]
            for fence in [UInt8.backtick, UInt8(ascii: "~")] where line.prefix(3).elementsEqual(repeatElement(fence, count: 3)) {
                if let opened = openedAt {
                    if opened.fence == fence {
                        ranges.append(opened.offset..<lineEnd)
                        openedAt = nil
                    }
                } else {
                    openedAt = (lineStart, fence)
                }
            }
            lineStart = lineEnd + 1
        }
        if let opened = openedAt { ranges.append(opened.offset..<body.count) }
        return ranges
    }
}
