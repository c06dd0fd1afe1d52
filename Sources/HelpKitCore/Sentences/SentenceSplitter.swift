/// One sentence of an article's English, normalized for comparison.
struct Sentence {
    /// `StableHash` of the normalized text: what alignment compares.
    var key: UInt64
    /// The normalized text, in `EnglishSentences.normalized`.
    var normalized: Range<Int>
    /// The text as written, in `EnglishText.bytes`.
    package var text: Range<Int>
}

/// Splits English markdown into sentences and normalizes each, so that two
/// renderings of the same English compare equal however the localization
/// pipeline segmented, spaced or linked them (FORMAT.md, "Drift between
/// locales"):
///
/// - sentences end at `.`, `!` or `?` before a space, and at block
///   boundaries; never at unit boundaries, so merged `p` units and split
///   sentences give the same sentences;
/// - runs of white space (NBSP and line breaks included) are one space; no
///   space before closing punctuation (`**Reactivate** .`) or after an
///   opening bracket; zero-width and direction marks are dropped;
/// - block markers (`#`, `>`, list bullets and numbers, table pipes) are not
///   text;
/// - entities are decoded (`&amp;` reads as `&`); heading anchors
///   (`<a name="…"></a>`), which follow the heading's text, are dropped;
/// - link targets go through `URLNormalizer` and lose their titles; image alt
///   text, which translators rewrite in place outside any span, is dropped.
struct SentenceSplitter {
    private(set) var sentences: [Sentence] = []
    private(set) var output: [UInt8] = []
    private var input = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var index = 0
    private var sentenceStart = 0
    private var textStart = -1
    private var textEnd = 0
    private var pendingSpace = false

    mutating func split(_ bytes: UnsafeBufferPointer<UInt8>) {
        input = bytes
        output.reserveCapacity(bytes.count)
        var atBlockStart = true
        while index < input.count {
            if atBlockStart {
                skipBlockMarkers()
                atBlockStart = false
                continue
            }
            let byte = input[index]
            switch byte {
            case .newline:
                if isBlockBoundary(afterNewlineAt: index) {
                    endSentence()
                    atBlockStart = true
                } else {
                    pendingSpace = true
                }
                index += 1
            case .space, .tab, .carriageReturn:
                pendingSpace = true
                index += 1
            case .pipe:
                endSentence()
                index += 1
            case .backslash:
                emit(index..<min(index + 2, input.count))
                index += 2
            case .ampersand:
                entity()
            case .exclamation where peek(1) == .openBracket:
                image()
            case .closeBracket where peek(1) == .openParen:
                linkTarget()
            case .period, .exclamation, .questionMark:
                sentencePunctuation()
            case .lessThan where startsAnchor():
                skipAnchor()
            case UInt8(ascii: "h") where startsBareURL():
                bareURL()
            case 0xC2, 0xE2, 0xE3, 0xEF:
                formattingCharacter()
            default:
                emitPlainRun()
            }
        }
        endSentence()
    }

    /// Appends the run of bytes from `index` that need no closer look.
    private mutating func emitPlainRun() {
        let start = index
        index += 1
        while index < input.count, !Self.needsLook[Int(input[index])] { index += 1 }
        emit(start..<index)
    }

    /// Bytes the main loop must look at: white space, block and link
    /// syntax, sentence ends, entities, URLs and the lead bytes of spaces and
    /// invisible characters.
    private static let needsLook: [Bool] = (0...255).map { value in
        switch UInt8(value) {
        case .newline, .space, .tab, .carriageReturn, .pipe, .backslash, .ampersand, .exclamation, .closeBracket, .period,
             .questionMark, .lessThan, UInt8(ascii: "h"), 0xC2, 0xE2, 0xE3, 0xEF: true
        default: false
        }
    }

    private func peek(_ distance: Int) -> UInt8? {
        index + distance < input.count ? input[index + distance] : nil
    }

    /// Appends the byte at `index` to the current sentence and moves on.
    private mutating func emitByte() {
        let byte = input[index]
        if pendingSpace { settleSpace(before: byte) }
        if textStart < 0 { textStart = index }
        output.append(byte)
        index += 1
        textEnd = index
    }

    /// Appends input bytes, or what stands for them, to the current sentence.
    private mutating func emit(_ range: Range<Int>, as bytes: [UInt8]? = nil) {
        if pendingSpace { settleSpace(before: bytes?.first ?? input[range.lowerBound]) }
        if textStart < 0 { textStart = range.lowerBound }
        if let bytes { output += bytes } else { output += input[range] }
        textEnd = range.upperBound
    }

    private mutating func settleSpace(before byte: UInt8) {
        pendingSpace = false
        guard output.count > sentenceStart else { return }
        switch byte {
        case .period, .comma, .semicolon, .colon, .exclamation, .questionMark, .closeParen, .closeBracket: return
        default: break
        }
        if output.last != .openParen, output.last != .openBracket { output.append(.space) }
    }

    private mutating func endSentence() {
        let range = sentenceStart..<output.count
        if output[range].contains(where: { $0.isASCIILetterOrDigit || $0 >= 0x80 }) {
            sentences.append(Sentence(key: Self.hash(output[range]), normalized: range, text: textStart..<textEnd))
        } else {
            output.removeSubrange(range)
        }
        sentenceStart = output.count
        textStart = -1
        pendingSpace = false
    }

    /// `.`, `!` or `?`, with any closing emphasis, quote or parenthesis after
    /// it, ends the sentence when white space (or the end) follows.
    private mutating func sentencePunctuation() {
        emitByte()
        while index < input.count {
            if Self.isCloser(input[index]) {
                emitByte()
            } else if input[index] == 0xE2, peek(1) == 0x80, peek(2) == 0x99 || peek(2) == 0x9D {
                emit(index..<index + 3)
                index += 3
            } else {
                break
            }
        }
        if index == input.count || Self.isSpace(input[index]) { endSentence() }
    }

    private mutating func entity() {
        guard let (scalar, length) = EntityDecoder.reference(in: input, at: index) else {
            emitByte()
            return
        }
        if scalar.properties.isWhitespace {
            pendingSpace = true
        } else if !Self.isInvisible(scalar) {
            emit(index..<index + length, as: Array(String(Character(scalar)).utf8))
        }
        index += length
    }

    /// Non-breaking and other wide spaces read as a space; zero-width and
    /// direction marks, as nothing.
    private mutating func formattingCharacter() {
        let length = input[index] == 0xC2 ? 2 : 3
        guard index + length <= input.count,
              let scalar = String(validating: input[index..<index + length], as: UTF8.self)?.unicodeScalars.first else {
            emitByte()
            return
        }
        if scalar.properties.isWhitespace {
            pendingSpace = true
        } else if !Self.isInvisible(scalar) {
            emit(index..<index + length)
        }
        index += length
    }

    /// `![alt](target)`: the alt text is dropped; the target is read next.
    private mutating func image() {
        var depth = 0
        var cursor = index + 1
        while cursor < min(input.count, index + 2000) {
            switch input[cursor] {
            case .openBracket: depth += 1
            case .closeBracket: depth -= 1
            case .newline where cursor + 1 < input.count && input[cursor + 1] == .newline: cursor = input.count
            default: break
            }
            if depth == 0 { break }
            cursor += 1
        }
        guard depth == 0, cursor + 1 < input.count, input[cursor + 1] == .openParen else {
            emitByte()
            return
        }
        emit(index..<index + 2, as: [.exclamation, .openBracket])
        index = cursor
    }

    /// `](target "title")`: the target normalized, the title dropped.
    private mutating func linkTarget() {
        let start = index + 2
        var depth = 0
        var cursor = start
        var end: Int?
        while cursor < min(input.count, start + 4000), end == nil {
            switch input[cursor] {
            case .openParen: depth += 1
            case .closeParen: if depth == 0 { end = cursor } else { depth -= 1 }
            case .newline where cursor + 1 < input.count && input[cursor + 1] == .newline: cursor = input.count
            default: break
            }
            cursor += 1
        }
        guard let end else {
            emitByte()
            return
        }
        let target = Self.withoutTitle(input[start..<end])
        emit(index..<end + 1, as: [.closeBracket, .openParen] + URLNormalizer.normalize(target) + [.closeParen])
        index = end + 1
    }

    /// `<a name="…"></a>`: a heading's anchor, derived from its text.
    private func startsAnchor() -> Bool {
        Self.hasPrefix("<a name=", input[index...])
    }

    private mutating func skipAnchor() {
        let limit = min(input.count, index + 400)
        var cursor = index
        while cursor + 4 <= limit {
            if Self.hasPrefix("</a>", input[cursor...]) {
                index = cursor + 4
                return
            }
            cursor += 1
        }
        emitByte()
    }

    private func startsBareURL() -> Bool {
        guard index == 0 || !input[index - 1].isASCIILetterOrDigit else { return false }
        return URLNormalizer.startsHTTP(input, at: index)
    }

    private mutating func bareURL() {
        let end = URLNormalizer.bareURLEnd(in: input, from: index)
        emit(index..<end, as: URLNormalizer.normalize(input[index..<end]))
        index = end
    }

    private mutating func skipBlockMarkers() {
        while index < input.count {
            let start = index
            while index < input.count, input[index] == .space || input[index] == .tab { index += 1 }
            guard index < input.count else { return }
            switch input[index] {
            case .hash, .greaterThan, .pipe:
                index += 1
            case .hyphen, .asterisk, .plus:
                guard let next = peek(1), next == .space || next == .tab else { return }
                index += 2
            case let byte where byte.isASCIIDigit:
                var cursor = index
                while cursor < input.count, input[cursor].isASCIIDigit { cursor += 1 }
                guard cursor + 1 < input.count, input[cursor] == .period || input[cursor] == .closeParen,
                      input[cursor + 1] == .space else { return }
                index = cursor + 2
            default:
                return
            }
            if index == start { return }
        }
    }

    /// A line break ends a block before a blank line and before a line that
    /// opens a heading, quote, table row, list item or code fence; a fence
    /// line is a block of its own, so one ends after it too.
    private func isBlockBoundary(afterNewlineAt newline: Int) -> Bool {
        var lineStart = newline
        while lineStart > 0, input[lineStart - 1] != .newline { lineStart -= 1 }
        if isFence(at: lineStart) { return true }
        var cursor = newline + 1
        while cursor < input.count, input[cursor] == .space || input[cursor] == .tab { cursor += 1 }
        guard cursor < input.count else { return true }
        let next: UInt8? = cursor + 1 < input.count ? input[cursor + 1] : nil
        switch input[cursor] {
        case .newline, .carriageReturn, .hash, .greaterThan, .pipe:
            return true
        case .hyphen, .asterisk, .plus:
            return next == .space || next == .tab
        case .backtick, .tilde:
            return isFence(at: cursor)
        case let byte where byte.isASCIIDigit:
            while cursor < input.count, input[cursor].isASCIIDigit { cursor += 1 }
            return cursor + 1 < input.count && (input[cursor] == .period || input[cursor] == .closeParen) && input[cursor + 1] == .space
        default:
            return false
        }
    }

    /// Whether the line from `lineStart` opens or closes a code fence: ``` or ~~~ after indentation.
    private func isFence(at lineStart: Int) -> Bool {
        var cursor = lineStart
        while cursor < input.count, input[cursor] == .space || input[cursor] == .tab { cursor += 1 }
        guard cursor + 2 < input.count, input[cursor] == .backtick || input[cursor] == .tilde else { return false }
        return input[cursor + 1] == input[cursor] && input[cursor + 2] == input[cursor]
    }

    private static func withoutTitle(_ target: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var cursor = target.startIndex
        while cursor < target.endIndex, isSpace(target[cursor]) { cursor += 1 }
        while cursor < target.endIndex {
            if isSpace(target[cursor]), cursor + 1 < target.endIndex,
               target[cursor + 1] == .quote || target[cursor + 1] == .apostrophe {
                return target[target.startIndex..<cursor]
            }
            cursor += 1
        }
        return target
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == .space || byte == .tab || byte == .newline || byte == .carriageReturn
    }

    private static func isCloser(_ byte: UInt8) -> Bool {
        byte == .asterisk || byte == .underscore || byte == .quote || byte == .apostrophe || byte == .closeParen
    }

    private static func hasPrefix(_ prefix: StaticString, _ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        let pattern = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        return bytes.count >= pattern.count && zip(pattern, bytes).allSatisfy { $0 | 0x20 == $1 | 0x20 }
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format
    }

    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        StableHash.hash(bytes)
    }
}
