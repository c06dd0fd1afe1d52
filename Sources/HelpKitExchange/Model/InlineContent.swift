import HelpKitCore

/// A unit's text as translators' tools see it: translatable text between
/// protected inline codes.
///
/// Every piece of markdown or HTML syntax is a code that a translator moves
/// but never edits: emphasis delimiters (`**`, `*`, `_`), inline code spans
/// (the whole span), link syntax (`[`, `]`, and `](url)` with its URL, so the
/// link text stays translatable), images' `![`, HTML tags and pseudo-tags
/// (`<br>`, `</span>`, `<Group Name>`), backslash escapes (`\>`), bare URLs
/// and placeholders (`{0}`, `%APPDATA%`, `%s`). A code keeps the raw bytes it
/// stood for; text pieces have their HTML character references decoded.
/// Characters XML cannot hold are codes too, so no byte is lost.
///
/// Codes that open and close a span (`**…**`, `[…](url)`, `<b>…</b>`) pair up
/// when both ends are in the content and nest properly (`codeRoles`); an end
/// whose partner lies in another unit is isolated.
public struct InlineContent: Hashable, Sendable {
    public enum Piece: Hashable, Sendable {
        case text(String)
        /// Raw markup, exactly as it stands in the article.
        case code(String)
    }

    /// How one code stands in the content.
    public enum CodeRole: Hashable, Sendable {
        /// A code by itself: a placeholder, a tag with no end, a code span.
        case standalone
        /// Opens a span that the code at `closer` (an index into `codes`) closes.
        case opening(closer: Int)
        /// Closes the span that the code at `opener` opened.
        case closing(opener: Int)
        /// Opens a span whose end is not in this content (the unit ends inside it).
        case isolatedOpening
        /// Closes a span that started before this content.
        case isolatedClosing
    }

    public var pieces: [Piece]

    public init(pieces: [Piece]) { self.pieces = pieces }

    /// The pieces of raw sxs text (a unit's `rawSource` or `rawTarget`).
    /// With `keepingEntities`, character references are codes too, kept as
    /// written rather than decoded into the text.
    public init(raw: some Collection<UInt8>, keepingEntities: Bool = false) {
        let bytes = Array(raw)
        var scanner = InlineScanner(bytes: bytes, keepingEntities: keepingEntities)
        pieces = scanner.pieces()
    }

    /// The text with every code in its raw form: what the pieces came from,
    /// except that text pieces are decoded.
    public var flattened: String {
        var result = ""
        for piece in pieces {
            switch piece {
            case let .text(text), let .code(text): result += text
            }
        }
        return result
    }

    /// Whether there is nothing but white space: no code, no other character.
    public var isBlank: Bool {
        pieces.allSatisfy { if case let .text(text) = $0 { text.unicodeScalars.allSatisfy(\.properties.isWhitespace) } else { false } }
    }

    /// Whether any piece is a code.
    public var hasCodes: Bool {
        pieces.contains { if case .code = $0 { true } else { false } }
    }

    /// The codes, in order.
    public var codes: [String] {
        pieces.compactMap { if case let .code(code) = $0 { code } else { nil } }
    }

    /// The role of each code, in the order of `codes`: pairs are matched
    /// innermost first, so they always nest; an opening whose span another
    /// pair's end cuts through stands alone, as does anything that neither
    /// opens nor closes (`CodePairing`).
    public var codeRoles: [CodeRole] { CodePairing.roles(of: pieces) }

    /// The text pieces' raw byte ranges in `raw`, in order: what import needs
    /// to keep the spelling of text a translator left alone.
    static func textRanges(in raw: [UInt8]) -> [Range<Int>] {
        var scanner = InlineScanner(bytes: raw, keepingEntities: false)
        scanner.keepingRanges = true
        _ = scanner.pieces()
        return scanner.textRanges
    }
}

/// Cuts raw sxs text into text and code pieces in one pass over its UTF-8.
private struct InlineScanner {
    let bytes: [UInt8]
    private var output: [InlineContent.Piece] = []
    private var textStart = 0
    /// The raw range of each text stretch between codes, when `keepingRanges`.
    private(set) var textRanges: [Range<Int>] = []
    var keepingRanges = false

    let keepingEntities: Bool

    init(bytes: [UInt8], keepingEntities: Bool) {
        self.bytes = bytes
        self.keepingEntities = keepingEntities
    }

    /// The bytes a code can start with (`&` only when keeping entities).
    private static let codeStarts: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "`*_\\[!]<{%h".utf8 { table[Int(byte)] = true }
        return table
    }()

    mutating func pieces() -> [InlineContent.Piece] {
        var index = 0
        let starts = Self.codeStarts
        while index < bytes.count {
            // Most bytes start nothing: skip them without a call.
            let byte = bytes[index]
            guard starts[Int(byte)] || (keepingEntities && byte == UInt8(ascii: "&")) else {
                index += 1
                continue
            }
            if let end = codeEnd(at: index) {
                flushText(upTo: index)
                output.append(.code(String(decoding: bytes[index..<end], as: UTF8.self)))
                textStart = end
                index = end
            } else {
                index += 1
            }
        }
        flushText(upTo: bytes.count)
        return output
    }

    private mutating func flushText(upTo end: Int) {
        guard textStart < end else { return }
        if keepingRanges { textRanges.append(textStart..<end) }
        // The common case: no reference to decode, no character XML cannot hold.
        let start = textStart
        let plainText: String? = bytes.withUnsafeBufferPointer { buffer in
            for index in start..<end {
                let byte = buffer[index]
                if byte == UInt8(ascii: "&") || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
                    || (byte == 0xEF && index + 2 < end && buffer[index + 1] == 0xBF && buffer[index + 2] >= 0xBE) {
                    return nil
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        }
        if let plainText {
            output.append(.text(plainText))
            return
        }
        // A character XML cannot hold, even one a reference spelled, becomes a
        // code, written as it stands in the article.
        var pending: [UInt8] = []
        var index = textStart
        func flushPending() {
            if !pending.isEmpty { output.append(.text(String(decoding: pending, as: UTF8.self))) }
            pending.removeAll(keepingCapacity: true)
        }
        bytes.withUnsafeBufferPointer { buffer in
            while index < end {
                if buffer[index] == UInt8(ascii: "&"), let (scalar, length) = EntityDecoder.reference(in: buffer, at: index),
                   index + length <= end {
                    if XMLWriter.isAllowed(scalar) {
                        pending += String(Character(scalar)).utf8
                    } else {
                        flushPending()
                        output.append(.code(String(decoding: buffer[index..<(index + length)], as: UTF8.self)))
                    }
                    index += length
                    continue
                }
                let length = UTF8Length.of(buffer[index])
                let stop = min(end, index + length)
                let scalar = String(decoding: buffer[index..<stop], as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
                if XMLWriter.isAllowed(scalar) {
                    pending += buffer[index..<stop]
                } else {
                    flushPending()
                    output.append(.code(String(scalar)))
                }
                index = stop
            }
        }
        flushPending()
    }

    private func byte(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Where the code starting at `index` ends, or nil when none starts there.
    private func codeEnd(at index: Int) -> Int? {
        let first = bytes[index]
        switch first {
        case UInt8(ascii: "&") where keepingEntities:
            return bytes.withUnsafeBufferPointer { EntityDecoder.reference(in: $0, at: index) }.map { index + $0.1 }
        case UInt8(ascii: "`"):
            return codeSpanEnd(at: index)
        case UInt8(ascii: "*"):
            return run(of: first, from: index)
        case UInt8(ascii: "_"):
            // Emphasis only at a word's edge: `file_name` is text.
            let end = run(of: first, from: index)
            let before = index > 0 ? bytes[index - 1] : UInt8(ascii: " ")
            let after = byte(end) ?? UInt8(ascii: " ")
            return isWordByte(before) && isWordByte(after) ? nil : end
        case UInt8(ascii: "\\"):
            guard let next = byte(index + 1), isASCIIPunctuation(next) else { return nil }
            return index + 2
        case UInt8(ascii: "["):
            return index + 1
        case UInt8(ascii: "!") where byte(index + 1) == UInt8(ascii: "["):
            return index + 2
        case UInt8(ascii: "]"):
            return linkTargetEnd(at: index) ?? index + 1
        case UInt8(ascii: "<"):
            return tagEnd(at: index)
        case UInt8(ascii: "{"):
            return placeholderEnd(at: index, closer: UInt8(ascii: "}"), minimum: 1)
        case UInt8(ascii: "%"):
            if let end = placeholderEnd(at: index, closer: UInt8(ascii: "%"), minimum: 2) { return end }
            // printf-style `%s`, `%d`, `%1`, standing alone.
            guard let next = byte(index + 1),
                  next == UInt8(ascii: "s") || next == UInt8(ascii: "d") || (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(next),
                  !(byte(index + 2).map(isWordByte) ?? false), index == 0 || !isWordByte(bytes[index - 1])
            else { return nil }
            return index + 2
        case UInt8(ascii: "h"):
            return urlEnd(at: index)
        default:
            return nil
        }
    }

    private func run(of byte: UInt8, from index: Int) -> Int {
        var end = index
        while end < bytes.count, bytes[end] == byte { end += 1 }
        return end
    }

    /// A code span: a run of backticks to the next run of the same length;
    /// an unclosed run is a code by itself.
    private func codeSpanEnd(at index: Int) -> Int {
        let opener = run(of: UInt8(ascii: "`"), from: index)
        let length = opener - index
        var search = opener
        while search < bytes.count {
            if bytes[search] == UInt8(ascii: "`") {
                let closer = run(of: UInt8(ascii: "`"), from: search)
                if closer - search == length { return closer }
                search = closer
            } else {
                search += 1
            }
        }
        return opener
    }

    /// `](target)`, also as machine translation broke it, `] (target)`: the
    /// link's target is protected with its brackets.
    private func linkTargetEnd(at index: Int) -> Int? {
        var open = index + 1
        if byte(open) == UInt8(ascii: " ") { open += 1 }
        guard byte(open) == UInt8(ascii: "(") else { return nil }
        var depth = 0
        var end = open
        while end < bytes.count {
            switch bytes[end] {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return end + 1 }
            default: break
            }
            end += 1
        }
        return nil
    }

    /// `<tag …>`, `</tag>`, `<br/>` or a pseudo-tag such as `<Group Name>`: to
    /// the next `>` on the same line, with no `<` between. A stray `<` is text.
    private func tagEnd(at index: Int) -> Int? {
        guard let next = byte(index + 1), next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || isLetter(next) else { return nil }
        var end = index + 1
        while end < bytes.count, end - index < 4096 {
            switch bytes[end] {
            case UInt8(ascii: ">"): return end + 1
            case UInt8(ascii: "<"), UInt8(ascii: "\n"): return nil
            default: end += 1
            }
        }
        return nil
    }

    /// `{0}`, `{name}`, `%APPDATA%`: letters, digits and `_` between the delimiters.
    private func placeholderEnd(at index: Int, closer: UInt8, minimum: Int) -> Int? {
        var end = index + 1
        while end < bytes.count, end - index <= 64, isWordByte(bytes[end]), bytes[end] < 0x80 { end += 1 }
        guard end - index - 1 >= minimum, byte(end) == closer else { return nil }
        if closer == UInt8(ascii: "%"), !isLetter(bytes[index + 1]) && bytes[index + 1] != UInt8(ascii: "_") { return nil }
        return end + 1
    }

    /// A bare `http://` or `https://` URL, to white space or a delimiter.
    private static let urlPrefixes: [[UInt8]] = [Array("https://".utf8), Array("http://".utf8)]

    private func urlEnd(at index: Int) -> Int? {
        guard byte(index + 1) == UInt8(ascii: "t"), index == 0 || !isWordByte(bytes[index - 1]),
              let prefix = Self.urlPrefixes.first(where: { bytes[index...].starts(with: $0) }) else { return nil }
        var end = index + prefix.count
        while end < bytes.count {
            switch bytes[end] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                 UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "`"), UInt8(ascii: "*"): break
            default:
                end += 1
                continue
            }
            break
        }
        // A sentence's full stop or comma after the URL is text.
        while end > index + prefix.count, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(bytes[end - 1]) { end -= 1 }
        return end > index + prefix.count ? end : nil
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// Letters, digits and `_`, or any byte of a non-ASCII character.
    private func isWordByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    private func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}

/// The byte length of the UTF-8 sequence a lead byte starts (1 for a stray byte).
enum UTF8Length {
    static func of(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...0xF7: 4
        case 0xE0...0xEF: 3
        case 0xC0...0xDF: 2
        default: 1
        }
    }
}
