/// Builds JSON text by hand, for output that streams tens of thousands of
/// records: Foundation's encoder costs more than the parse it reports on.
///
/// ```swift
/// var json = JSONText()
/// json.beginObject()
/// json.key("id"); json.string("d55fa-102")
/// json.endObject()
/// ```
public struct JSONText {
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    public init() {}

    /// Makes room for `count` bytes in all, so a large record grows its buffer once.
    public mutating func reserveCapacity(_ count: Int) { bytes.reserveCapacity(count) }

    public mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    public mutating func key(_ name: String) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        string(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = true
    }

    /// `key(_:)` for a fixed name that needs no escaping, such as `"id"`: no scan, one copy.
    mutating func key(literal name: StaticString) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        appendASCII(name)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = true
    }

    public mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { appendQuoted($0) }
    }

    /// Appends `utf8` in quotes, escaping what JSON requires; runs of plain bytes are copied whole.
    private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        while index < utf8.count {
            index = Self.firstEscape(in: utf8, from: index)
            guard index < utf8.count else { break }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            appendEscape(utf8[index])
            index += 1
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// The offset of the first byte at or after `start` that needs escaping, or `utf8.count`.
    ///
    /// Unit text is tens of megabytes in which almost no byte needs escaping,
    /// so it is tested eight bytes at a time: the classic "has a byte less
    /// than n" and "has a zero byte" word tricks flag a word holding a control
    /// byte, DEL, `"` or `\`, and only such a word is looked at byte by byte.
    private static func firstEscape(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highBits != 0 }
        var offset = start
        if let base = utf8.baseAddress {
            while offset + 8 <= utf8.count {
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                let flagged = (word &- ones &* 0x20) & ~word & highBits != 0
                    || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
                    || hasZeroByte(word ^ (ones &* 0x7F))
                if flagged { break }
                offset += 8
            }
        }
        while offset < utf8.count, !needsEscape(utf8[offset]) { offset += 1 }
        return offset
    }

    private mutating func appendEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
            bytes.append(UInt8(ascii: "\\"))
            bytes.append(byte)
        case .newline: appendASCII("\\n")
        case 0x0D: appendASCII("\\r")
        case .tab: appendASCII("\\t")
        default:
            let hexDigits: StaticString = "0123456789abcdef"
            appendASCII("\\u00")
            bytes.append(hexDigits.utf8Start[Int(byte >> 4)])
            bytes.append(hexDigits.utf8Start[Int(byte & 0x0F)])
        }
    }

    public mutating func number(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // Digits are made right to left in a stack buffer: no String per number.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    public mutating func bool(_ value: Bool) { appendASCII(value ? "true" : "false") }

    public mutating func null() { appendASCII("null") }

    public mutating func newline() {
        bytes.append(.newline)
        needsComma = false
    }

    /// Appends the members another `JSONText` holds (`"a":1,"b":2`) to the open object.
    mutating func appendMembers(_ members: JSONText) {
        if needsComma, !members.bytes.isEmpty { bytes.append(UInt8(ascii: ",")) }
        bytes += members.bytes
        needsComma = needsComma || !members.bytes.isEmpty
    }

    private mutating func appendASCII(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
