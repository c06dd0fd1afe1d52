#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fast searches over a file's bytes; the parser's only primitive.
///
/// `memchr` and `memcmp` keep a 10 MB line or a 4 KB base64 image from
/// costing more than a pass over their bytes.
struct Bytes {
    let base: UnsafeBufferPointer<UInt8>

    var count: Int { base.count }

    subscript(offset: Int) -> UInt8 { base[offset] }

    /// The first offset in `range` where `byte` stands.
    package func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        guard !range.isEmpty, let start = base.baseAddress else { return nil }
        guard let hit = memchr(start + range.lowerBound, Int32(byte), range.count) else { return nil }
        return start.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The first offset in `range` where `pattern` starts and ends inside `range`.
    package func firstIndex(of pattern: StaticPattern, in range: Range<Int>) -> Int? {
        var from = range.lowerBound
        let last = range.upperBound - pattern.count
        while from <= last, let candidate = firstIndex(of: pattern.first, in: from..<(last + 1)) {
            if hasPrefix(pattern, at: candidate) { return candidate }
            from = candidate + 1
        }
        return nil
    }

    func hasPrefix(_ pattern: StaticPattern, at offset: Int) -> Bool {
        guard offset >= 0, offset + pattern.count <= count, let start = base.baseAddress else { return false }
        return pattern.bytes.withUnsafeBufferPointer { memcmp(start + offset, $0.baseAddress!, pattern.count) == 0 }
    }

    /// The offset of the next blank line's first newline at or after `offset`:
    /// a newline followed by optional spaces or tabs and another newline.
    func nextBlankLine(from offset: Int) -> Int? {
        var from = offset
        while let newline = firstIndex(of: .newline, in: from..<count) {
            var next = newline + 1
            while next < count, base[next] == .space || base[next] == .tab { next += 1 }
            if next < count, base[next] == .newline { return newline }
            from = newline + 1
        }
        return nil
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: base[range]), as: UTF8.self)
    }
}

/// A byte pattern the parser looks for, such as `<span data-ttu-id="`.
struct StaticPattern: Sendable {
    let bytes: [UInt8]
    init(_ text: String) { bytes = Array(text.utf8) }
    var count: Int { bytes.count }
    var first: UInt8 { bytes[0] }
}

/// The bytes helpkit looks for, by name.
extension UInt8 {
    package static let ampersand = UInt8(ascii: "&")
    package static let apostrophe = UInt8(ascii: "'")
    package static let asterisk = UInt8(ascii: "*")
    package static let backslash = UInt8(ascii: "\\")
    package static let backtick = UInt8(ascii: "`")
    package static let tilde = UInt8(ascii: "~")
    package static let carriageReturn = UInt8(ascii: "\r")
    package static let closeBrace = UInt8(ascii: "}")
    package static let closeBracket = UInt8(ascii: "]")
    package static let closeParen = UInt8(ascii: ")")
    package static let colon = UInt8(ascii: ":")
    package static let comma = UInt8(ascii: ",")
    package static let dollar = UInt8(ascii: "$")
    package static let exclamation = UInt8(ascii: "!")
    package static let greaterThan = UInt8(ascii: ">")
    package static let hash = UInt8(ascii: "#")
    package static let hyphen = UInt8(ascii: "-")
    package static let lessThan = UInt8(ascii: "<")
    package static let newline = UInt8(ascii: "\n")
    package static let openBrace = UInt8(ascii: "{")
    package static let openBracket = UInt8(ascii: "[")
    package static let openParen = UInt8(ascii: "(")
    package static let percent = UInt8(ascii: "%")
    package static let period = UInt8(ascii: ".")
    package static let pipe = UInt8(ascii: "|")
    package static let plus = UInt8(ascii: "+")
    package static let questionMark = UInt8(ascii: "?")
    package static let quote = UInt8(ascii: "\"")
    package static let semicolon = UInt8(ascii: ";")
    package static let slash = UInt8(ascii: "/")
    package static let space = UInt8(ascii: " ")
    package static let tab = UInt8(ascii: "\t")
    package static let underscore = UInt8(ascii: "_")

    package var isUTF8Continuation: Bool { self & 0xC0 == 0x80 }
    package var isASCIILowercaseLetter: Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) }
    package var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
    package var isASCIILetterOrDigit: Bool { isASCIIDigit || (self | 0x20).isASCIILowercaseLetter }
}
