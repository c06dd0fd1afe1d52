/// Which codes of a unit's content open and close a span together.
///
/// A code may open, close, or (emphasis between two words) do either:
/// - emphasis runs (`**`, `*`, `__`, `_`) by CommonMark's flanking rules: a
///   run before a word opens, after a word closes; an opening pairs with the
///   next closing run of the same delimiter;
/// - link syntax: `[` and `![` open; `]`, `](url)` and `] (url)` close;
/// - HTML tags of known elements that take an end tag: `<b …>` opens,
///   `</b>` closes. `<br>`, `<img …>`, `<x/>` and pseudo-tags such as
///   `<Group Name>` stand alone.
///
/// Closings are matched with the innermost open span of their kind, so pairs
/// always nest. When a closing skips over openings (`[a **b](u)`), those stay
/// standalone codes: their span is not properly nested. An opening left open
/// at the end, or a closing with nothing to close, is isolated: the unit
/// boundary cuts through its span (the corpus splits links and emphasis
/// across sentences). Emphasis runs that do not pair because their lengths
/// differ (`**a *b***`) stand alone.
enum CodePairing {
    private enum Delimiter {
        case opener(String)
        case closer(String)
        case either(String)
        case none
    }

    static func roles(of pieces: [InlineContent.Piece]) -> [InlineContent.CodeRole] {
        var roles: [InlineContent.CodeRole] = []
        var open: [(index: Int, kind: String)] = []
        for (position, piece) in pieces.enumerated() {
            guard case let .code(code) = piece else { continue }
            let index = roles.count
            roles.append(.standalone)
            let delimiter = delimiter(of: code, before: position > 0 ? pieces[position - 1].lastScalar : nil,
                                      after: position + 1 < pieces.count ? pieces[position + 1].firstScalar : nil)
            switch delimiter {
            case .none: break
            case let .opener(kind): open.append((index, kind))
            case let .closer(kind): close(index, kind: kind, open: &open, roles: &roles)
            case let .either(kind):
                if open.contains(where: { $0.kind == kind }) {
                    close(index, kind: kind, open: &open, roles: &roles)
                } else {
                    open.append((index, kind))
                }
            }
        }
        for entry in open { roles[entry.index] = .isolatedOpening }
        // Emphasis runs of different lengths pair in markdown (`**a *b***`) but
        // cannot pair here, a code being one piece: when two or more runs of
        // one character are left over, their spans are in this content after
        // all, so they stand alone rather than pass for isolated ends.
        var leftOver: [UInt8: [Int]] = [:]
        var index = 0
        for piece in pieces {
            guard case let .code(code) = piece else { continue }
            switch roles[index] {
            case .isolatedOpening, .isolatedClosing:
                if let first = code.utf8.first, first == UInt8(ascii: "*") || first == UInt8(ascii: "_") {
                    leftOver[first, default: []].append(index)
                }
            default: break
            }
            index += 1
        }
        for indices in leftOver.values where indices.count > 1 {
            for index in indices { roles[index] = .standalone }
        }
        return roles
    }

    private static func close(_ index: Int, kind: String, open: inout [(index: Int, kind: String)],
                              roles: inout [InlineContent.CodeRole]) {
        guard let match = open.lastIndex(where: { $0.kind == kind }) else {
            roles[index] = .isolatedClosing
            return
        }
        // Openings inside whose span this closing falls stay standalone.
        let opener = open[match].index
        roles[opener] = .opening(closer: index)
        roles[index] = .closing(opener: opener)
        open.removeSubrange(match...)
    }

    private static func delimiter(of code: String, before: Unicode.Scalar?, after: Unicode.Scalar?) -> Delimiter {
        let utf8 = code.utf8
        guard let first = utf8.first else { return .none }
        switch first {
        case UInt8(ascii: "*"), UInt8(ascii: "_"):
            guard utf8.allSatisfy({ $0 == first }) else { return .none }
            return emphasis(code, underscore: first == UInt8(ascii: "_"), before: before, after: after)
        case UInt8(ascii: "["):
            return utf8.count == 1 ? .opener("link") : .none
        case UInt8(ascii: "!"):
            return code == "![" ? .opener("link") : .none
        case UInt8(ascii: "]"):
            return utf8.count == 1 || utf8.last == UInt8(ascii: ")") ? .closer("link") : .none
        case UInt8(ascii: "<"):
            return htmlTag(code)
        default:
            return .none
        }
    }

    /// CommonMark's left- and right-flanking delimiter runs; the edges of the
    /// content count as white space.
    private static func emphasis(_ run: String, underscore: Bool, before: Unicode.Scalar?, after: Unicode.Scalar?) -> Delimiter {
        let beforeSpace = before.map(isWhitespace) ?? true
        let afterSpace = after.map(isWhitespace) ?? true
        let beforePunctuation = before.map(isPunctuation) ?? false
        let afterPunctuation = after.map(isPunctuation) ?? false
        let leftFlanking = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation)
        let rightFlanking = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation)
        var opens = leftFlanking
        var closes = rightFlanking
        if underscore {
            opens = leftFlanking && (!rightFlanking || beforePunctuation)
            closes = rightFlanking && (!leftFlanking || afterPunctuation)
        }
        switch (opens, closes) {
        case (true, true): return .either(run)
        case (true, false): return .opener(run)
        case (false, true): return .closer(run)
        case (false, false): return .none
        }
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value) || (0x5B...0x60).contains(value)
                || (0x7B...0x7E).contains(value)
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// `<name …>` opens and `</name>` closes when `name` is an element that
    /// takes an end tag; anything else (`<br>`, `<x/>`, `<Group Name>`,
    /// comments) stands alone.
    private static func htmlTag(_ code: String) -> Delimiter {
        let bytes = Array(code.utf8)
        guard bytes.count >= 3, bytes.last == UInt8(ascii: ">") else { return .none }
        let closing = bytes[1] == UInt8(ascii: "/")
        var end = closing ? 2 : 1
        let start = end
        while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
        guard end > start, end < bytes.count else { return .none }
        let following = bytes[end]
        guard following == UInt8(ascii: ">") || following == UInt8(ascii: " ") || following == UInt8(ascii: "\t")
            || (!closing && following == UInt8(ascii: "/")) else { return .none }
        let name = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
        guard pairedElements.contains(name) else { return .none }
        if closing { return .closer("<" + name) }
        if bytes[bytes.count - 2] == UInt8(ascii: "/") { return .none }
        // A pseudo-tag such as `<Group Name>` starts with an element's name
        // but has words, not attributes, after it.
        if following == UInt8(ascii: " ") || following == UInt8(ascii: "\t") {
            guard bytes[end...].contains(UInt8(ascii: "=")) else { return .none }
        }
        return .opener("<" + name)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// HTML elements that take an end tag and turn up inside sentences.
    private static let pairedElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd", "label",
        "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
        "p", "div", "li", "ul", "ol", "td", "th", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "center",
        "button", "blockquote", "details", "summary", "dl", "dt", "dd",
    ]
}

extension InlineContent.Piece {
    /// The first and last character of the piece as it reads: the code's
    /// markup, or the decoded text.
    var firstScalar: Unicode.Scalar? {
        switch self {
        case let .text(text), let .code(text): text.unicodeScalars.first
        }
    }

    var lastScalar: Unicode.Scalar? {
        switch self {
        case let .text(text), let .code(text): text.unicodeScalars.last
        }
    }
}
