/// Reduces a link target to what it points at, so that the rewrites the
/// localization pipeline makes do not read as changes: the locale segment
/// (`/ja-jp/` versus `/en-us/`), the docs host written out or left relative,
/// letter case, spaces and line breaks, and empty query marks (`page??`).
public enum URLNormalizer {
    private static let docsHost = Array("docs.microsoft.com/".utf8)

    /// `https://docs.microsoft.com/ja-JP/a/b?` → `/a/b`.
    public static func normalize(_ url: String) -> String {
        String(decoding: normalize(Array(url.utf8)), as: UTF8.self)
    }

    package static func normalize(_ url: some Collection<UInt8>) -> [UInt8] {
        Array(url).withUnsafeBufferPointer { normalize(bytes: $0) }
    }

    /// A slice of a buffer, as the checker's scanners hold link targets: read
    /// in place (the generic entry point is not specialised across modules).
    package static func normalize(_ url: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8] {
        normalize(bytes: UnsafeBufferPointer(rebasing: url))
    }

    private static func normalize(bytes url: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(url.count)
        for byte in url where byte != .space && byte != .tab && byte != .newline {
            text.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte)
        }
        var start = 0
        for scheme in ["https://", "http://"] where text.starts(with: scheme.utf8) && text.dropFirst(scheme.utf8.count).starts(with: docsHost) {
            start = scheme.utf8.count + docsHost.count - 1
        }
        let pathEnd = text[start...].firstIndex { $0 == .questionMark || $0 == .hash } ?? text.endIndex
        var output: [UInt8] = []
        output.reserveCapacity(text.count - start)
        var segmentStart = start
        while segmentStart <= pathEnd {
            let segmentEnd = text[segmentStart..<pathEnd].firstIndex(of: .slash) ?? pathEnd
            if segmentStart == start || !isLocaleSegment(text[segmentStart..<segmentEnd]) {
                if segmentStart > start { output.append(.slash) }
                output += text[segmentStart..<segmentEnd]
            }
            segmentStart = segmentEnd + 1
        }
        appendQuery(text[pathEnd...], to: &output)
        return output
    }

    /// Whether `http://` or `https://` starts at `index` (checked byte by
    /// byte: it runs at every `h` of every sentence).
    package static func startsHTTP(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 7 < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "h"), bytes[index + 1] | 0x20 == UInt8(ascii: "t"),
              bytes[index + 2] | 0x20 == UInt8(ascii: "t"), bytes[index + 3] | 0x20 == UInt8(ascii: "p") else { return false }
        let colon = bytes[index + 4] | 0x20 == UInt8(ascii: "s") ? index + 5 : index + 4
        return colon + 2 < bytes.count && bytes[colon] == .colon && bytes[colon + 1] == .slash && bytes[colon + 2] == .slash
    }

    /// Where a bare `https://…` URL starting at `start` ends: before white
    /// space, brackets, quotes, emphasis or a pipe, and before punctuation
    /// that ends the sentence around it.
    package static func bareURLEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < bytes.count, !endsBareURL(bytes[end]) { end += 1 }
        while end > start, isTrailingPunctuation(bytes[end - 1]) { end -= 1 }
        return end
    }

    private static func endsBareURL(_ byte: UInt8) -> Bool {
        switch byte {
        case .space, .tab, .newline, .carriageReturn, .lessThan, .greaterThan, .openParen, .closeParen, .openBracket,
             .closeBracket, .quote, .apostrophe, .asterisk, .pipe: true
        default: false
        }
    }

    private static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case .period, .comma, .semicolon, .colon, .exclamation, .questionMark: true
        default: false
        }
    }

    /// The query and fragment, with runs of `?` collapsed and a `?` that
    /// introduces nothing dropped.
    private static func appendQuery(_ rest: ArraySlice<UInt8>, to output: inout [UInt8]) {
        for (index, byte) in zip(rest.indices, rest) {
            if byte == .questionMark {
                let next = index + 1 < rest.endIndex ? rest[index + 1] : nil
                if next == nil || next == .questionMark || next == .hash { continue }
            }
            output.append(byte)
        }
    }

    /// `ja-jp`, `en-us`, `zh-hant-tw`, `sv-se`: a path segment naming a locale.
    private static func isLocaleSegment(_ segment: ArraySlice<UInt8>) -> Bool {
        var parts = 0
        var length = 0
        for byte in segment {
            if byte == .hyphen {
                guard parts == 0 ? (2...3).contains(length) : (2...4).contains(length) else { return false }
                parts += 1
                length = 0
            } else if parts == 0 ? byte.isASCIILowercaseLetter : byte.isASCIILowercaseLetter || byte.isASCIIDigit {
                length += 1
            } else {
                return false
            }
        }
        return (1...2).contains(parts) && (2...4).contains(length)
    }
}
