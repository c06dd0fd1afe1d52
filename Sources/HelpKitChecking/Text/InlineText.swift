import HelpKitCore

/// What the translation rules compare in a unit's text, read in one pass over
/// its UTF-8: links, inline markup, placeholders, numbers and visible length.
struct InlineText {
    package let text: String
    /// Link targets (`[…](target)`, also when machine translation broke it to
    /// `] (target)`, and bare `https://` URLs), normalized by `URLNormalizer`.
    private(set) var links: [[UInt8]] = []
    /// `**` or `__` delimiters.
    private(set) var strongDelimiters = 0
    /// Single `*` or `_` delimiters that open or close emphasis.
    private(set) var emphasisDelimiters = 0
    /// Runs of backticks that open or close inline code.
    private(set) var codeDelimiters = 0
    /// Backslash escapes such as `\>`.
    private(set) var escapes = 0
    /// `<Group Name>`, `{0}`, `%s`, `%APPDATA%`.
    private(set) var placeholders: [String] = []
    /// Numbers outside link targets and URLs, thousands groups joined (`1,000`, `1 000` → `1000`).
    private(set) var numbers: [Number] = []
    /// Visible characters, East Asian wide ones counted twice; markup and link targets not counted.
    private(set) var visibleWidth = 0

    init(_ text: String) {
        self.text = text
        var copy = text
        copy.withUTF8 { scan($0) }
    }

    /// Words that read as English prose: lower-case letters only, outside
    /// code, link targets and placeholders, with `excluded` terms taken out.
    func proseWords(excluding excluded: [String]) -> [Substring] {
        var text = self.text
        for term in excluded { text = text.replacingAll(term, with: " ") }
        var words: [Substring] = []
        var insideCode = false
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{A0}" }) {
            let backticks = token.filter { $0 == "`" }.count
            defer { if backticks % 2 == 1 { insideCode.toggle() } }
            guard !insideCode, backticks == 0, !token.contains("](") else { continue }
            let word = token.trimming { "*_[]().,:;!?\"'“”‘’".contains($0) }
            guard word.count >= 2, !word.contains(where: { "\\/$%=@{}<>|#&".contains($0) }),
                  word.allSatisfy({ $0.isLowercase || $0 == "'" || $0 == "’" }) else { continue }
            words.append(word)
        }
        return words
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        Self.byteClasses.withUnsafeBufferPointer { classes in
            var index = 0
            var insideCode = false
            while index < bytes.count {
                let byte = bytes[index]
                let byteClass = classes[Int(byte)]
                if byteClass < Self.special {
                    visibleWidth += Int(byteClass)
                    index += 1
                    continue
                }
                if byte == .backtick {
                    while index < bytes.count, bytes[index] == .backtick { index += 1 }
                    codeDelimiters += 1
                    insideCode.toggle()
                    continue
                }
                if insideCode {
                    index = Self.opensPlaceholder(byte) ? placeholder(in: bytes, at: index) ?? index + 1 : index + 1
                    continue
                }
                index = special(byte, in: bytes, at: index)
            }
        }
    }

    /// Reads the markup, link, number or placeholder that `byte` at `index` may start; returns where scanning goes on.
    private mutating func special(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch byte {
        case .backslash where index + 1 < bytes.count && Self.isASCIIPunctuation(bytes[index + 1]):
            escapes += 1
            return index + 2
        case .asterisk, .underscore:
            return delimiterRun(in: bytes, at: index)
        case .closeBracket:
            return linkTarget(in: bytes, at: index) ?? index + 1
        case UInt8(ascii: "h") where Self.startsURL(bytes, at: index):
            let end = URLNormalizer.bareURLEnd(in: bytes, from: index)
            links.append(URLNormalizer.normalize(bytes[index..<end]))
            return end
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number(in: bytes, at: index)
        case 0xEF where Self.digitValue(bytes, at: index) != nil:
            return number(in: bytes, at: index)
        case .lessThan, .openBrace, .percent:
            return placeholder(in: bytes, at: index) ?? index + 1
        default:
            visibleWidth += Self.width(of: byte, in: bytes, at: index)
            return index + 1
        }
    }

    private static let special: UInt8 = 3

    /// Per byte: its visible width when it needs no closer look (0, 1 or 2),
    /// or `special` when it may start markup, a link, a number or a placeholder.
    private static let byteClasses: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        switch byte {
        case .backtick, .backslash, .asterisk, .underscore, .closeBracket, UInt8(ascii: "h"), .lessThan, .openBrace, .percent,
             UInt8(ascii: "0")...UInt8(ascii: "9"), 0xEF:
            return special
        case 0x80...0xBF: return 0
        case 0xE3...0xED: return 2
        case 0xC0...: return 1
        default: return isWhitespace(byte) || isASCIIPunctuation(byte) ? 0 : 1
        }
    }

    private static func opensPlaceholder(_ byte: UInt8) -> Bool {
        byte == .lessThan || byte == .openBrace || byte == .percent
    }

    /// A run of `*` or `_`: counts the delimiters that can open or close emphasis.
    private mutating func delimiterRun(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] == bytes[start] { end += 1 }
        let before = start > 0 ? bytes[start - 1] : .space
        let after = end < bytes.count ? bytes[end] : .space
        let flanking = !Self.isWhitespace(before) || !Self.isWhitespace(after)
        let intraword = bytes[start] == .underscore && before.isASCIILetterOrDigit && after.isASCIILetterOrDigit
        if flanking, !intraword {
            let length = end - start
            strongDelimiters += length >= 2 ? 1 : 0
            emphasisDelimiters += length % 2
        }
        return end
    }

    /// `](target)` or a broken `] (target)`: records the target, returns where it ends.
    private mutating func linkTarget(in bytes: UnsafeBufferPointer<UInt8>, at bracket: Int) -> Int? {
        var open = bracket + 1
        while open < bytes.count, bytes[open] == .space { open += 1 }
        guard open < bytes.count, bytes[open] == .openParen,
              open == bracket + 1 || Self.looksLikeLinkTarget(bytes, at: open + 1) else { return nil }
        var depth = 0
        var end = open + 1
        while end < bytes.count {
            if bytes[end] == .openParen { depth += 1 }
            if bytes[end] == .closeParen {
                if depth == 0 { break }
                depth -= 1
            }
            end += 1
        }
        guard end < bytes.count else { return nil }
        var target = bytes[(open + 1)..<end]
        if let title = target.firstIndex(where: { $0 == .space }) { target = target[..<title] }
        links.append(URLNormalizer.normalize(target))
        return end + 1
    }

    private mutating func number(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        var number = Number()
        var index = start
        while index < bytes.count {
            if let (value, length) = Self.digitValue(bytes, at: index) {
                number.append(digit: value - UInt8(ascii: "0"))
                index += length
                visibleWidth += 1
            } else if let separator = Self.groupSeparatorLength(bytes, at: index),
                      Self.startsDigitGroup(bytes, at: index + separator) {
                index += separator
            } else {
                break
            }
        }
        let (magnitude, length) = Self.magnitude(in: bytes, at: index)
        number.magnitude = magnitude
        numbers.append(number)
        return index + length
    }

    /// A magnitude written after a number in English, `250K`, `3M`, `2B` or
    /// `30 million`: its factor and length, else 1 and 0.
    private static func magnitude(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt64, Int) {
        let rest = bytes[index...]
        for (suffix, factor) in magnitudeSuffixes where rest.starts(with: suffix.utf8) {
            let end = index + suffix.utf8.count
            guard end == bytes.count || !bytes[end].isASCIILetterOrDigit else { continue }
            return (factor, suffix.utf8.count)
        }
        return (1, 0)
    }

    private static let magnitudeSuffixes: [(String, UInt64)] = [
        ("K", 1_000), ("k", 1_000), ("M", 1_000_000), ("B", 1_000_000_000),
        (" thousand", 1_000), (" million", 1_000_000), (" billion", 1_000_000_000),
    ]

    /// `<Group Name>`, `{0}`, `{name}`, `%s`, `%1`, `%APPDATA%`: returns its end when one starts at `start`.
    private mutating func placeholder(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let end: Int?
        switch bytes[start] {
        case .lessThan: end = Self.enclosed(bytes, from: start, until: .greaterThan) { Self.isPseudoTag($0) }
        case .openBrace: end = Self.enclosed(bytes, from: start, until: .closeBrace) { $0.allSatisfy(Self.isIdentifierByte) }
        case .percent:
            end = Self.enclosed(bytes, from: start, until: .percent) { $0.allSatisfy(Self.isIdentifierByte) && $0.first?.isASCIIDigit == false }
                ?? Self.printfConversion(bytes, from: start)
        default: end = nil
        }
        guard let end else { return nil }
        placeholders.append(String(decoding: bytes[start..<end], as: UTF8.self))
        return end
    }

    /// The end of `open … close` starting at `start` when what is between passes `accepts`.
    private static func enclosed(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, until close: UInt8,
                                 accepts: (UnsafeBufferPointer<UInt8>.SubSequence) -> Bool) -> Int? {
        var end = start + 1
        while end < bytes.count, end - start < 48, bytes[end] != close, bytes[end] != .newline { end += 1 }
        guard end < bytes.count, bytes[end] == close, end > start + 1, accepts(bytes[(start + 1)..<end]) else { return nil }
        return end + 1
    }

    /// `%s`, `%d`, `%1`, `%1$s`: the end of a printf-style conversion at `start`.
    private static func printfConversion(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var cursor = start + 1
        while cursor < bytes.count, bytes[cursor].isASCIIDigit || bytes[cursor] == .dollar { cursor += 1 }
        if cursor < bytes.count, "sdif@".utf8.contains(bytes[cursor]) { cursor += 1 }
        guard cursor > start + 1, cursor == bytes.count || !bytes[cursor].isASCIILetterOrDigit else { return nil }
        return cursor
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool { byte.isASCIILetterOrDigit || byte == .underscore }

    /// `<Group Name>`, `<app>`, `<value from previous command>`: angle brackets
    /// around words, but not an HTML tag that markdown renders.
    private static func isPseudoTag(_ inner: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        guard let first = inner.first, (first | 0x20).isASCIILowercaseLetter,
              inner.allSatisfy({ $0.isASCIILetterOrDigit || $0 == .space || $0 == .hyphen || $0 == .underscore || $0 == .period })
        else { return false }
        let name = String(decoding: inner.prefix { $0 != .space }, as: UTF8.self).lowercased()
        return !htmlTags.contains(name)
    }

    private static let htmlTags: Set<String> = [
        "a", "b", "br", "code", "div", "em", "hr", "i", "img", "kbd", "li", "ol", "p", "pre", "s", "span", "strong",
        "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
    ]

    /// A digit (ASCII or full-width) at `index`: its ASCII value and byte length.
    private static func digitValue(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt8, Int)? {
        guard index < bytes.count else { return nil }
        if bytes[index].isASCIIDigit { return (bytes[index], 1) }
        if bytes[index] == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC, (0x90...0x99).contains(bytes[index + 2]) {
            return (bytes[index + 2] - 0x90 + UInt8(ascii: "0"), 3)
        }
        return nil
    }

    /// Exactly three digits (a thousands group) start at `index`.
    private static func startsDigitGroup(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var cursor = index
        for _ in 0..<3 {
            guard let (_, length) = digitValue(bytes, at: cursor) else { return false }
            cursor += length
        }
        return digitValue(bytes, at: cursor) == nil
    }

    /// `,`, `.`, a space, NBSP or narrow NBSP between thousands groups.
    private static func groupSeparatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        switch bytes[index] {
        case .comma, .period, .space: return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xAF: return 3
        default: return nil
        }
    }

    /// What follows `(` in a broken `] (…)`: a URL, a path or an anchor, not prose.
    private static func looksLikeLinkTarget(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        return bytes[index] == .slash || bytes[index] == .hash || startsURL(bytes, at: index)
    }

    static func startsURL(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        URLNormalizer.startsHTTP(bytes, at: index) || bytes[index...].starts(with: "mailto:".utf8)
    }

    private static func width(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        if byte.isUTF8Continuation { return 0 }
        if byte < 0x80 { return isWhitespace(byte) || isASCIIPunctuation(byte) ? 0 : 1 }
        // U+3000 to U+D7FF (CJK, kana, hangul) and the full-width forms are wide.
        let fullWidth = byte == 0xEF && index + 1 < bytes.count && (0xBC...0xBD).contains(bytes[index + 1])
        return (0xE3...0xED).contains(byte) || fullWidth ? 2 : 1
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == .space || byte == .tab || byte == .newline || byte == .carriageReturn
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}

/// A number as its digits, leading zeros kept (`007` is not `7`), with the
/// magnitude written after it (`250K`: 250 thousands).
struct Number: Hashable, CustomStringConvertible {
    private(set) var value: UInt64 = 0
    private(set) var digits = 0
    var magnitude: UInt64 = 1

    /// The value the digits and the magnitude stand for: 250000 for `250K`.
    var scaledValue: UInt64 { value.multipliedReportingOverflow(by: magnitude).partialValue }

    mutating func append(digit: UInt8) {
        value = value &* 10 &+ UInt64(digit)
        digits += 1
    }

    /// The digits as written, without the magnitude.
    var digitText: String {
        let text = String(value)
        return digits > text.count ? String(repeating: "0", count: digits - text.count) + text : text
    }

    /// `250K`, `30 million`, `007`.
    var description: String {
        switch magnitude {
        case 1: digitText
        case 1_000: digitText + "K"
        case 1_000_000: digitText + " million"
        default: digitText + " billion"
        }
    }
}


extension String {
    /// Nothing but white space (or nothing at all).
    var isBlank: Bool { unicodeScalars.allSatisfy(Self.isSpace) }

    var startsWithSpace: Bool { unicodeScalars.first.map(Self.isSpace) ?? false }
    var endsWithSpace: Bool { unicodeScalars.last.map(Self.isSpace) ?? false }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" : scalar.properties.isWhitespace
    }
}

extension Substring {
    func trimming(_ isTrimmed: (Character) -> Bool) -> Substring {
        guard let first = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return self[first...last]
    }
}
