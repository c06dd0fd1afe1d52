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

    public mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { appendQuoted($0) }
    }

    /// Appends `utf8` in quotes, escaping what JSON requires; runs of plain bytes are copied whole.
    private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        for index in utf8.indices where Self.needsEscape(utf8[index]) {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            appendEscape(utf8[index])
            runStart = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private mutating func appendEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
        case .newline: appendASCII("\\n")
        case 0x0D: appendASCII("\\r")
        case .tab: appendASCII("\\t")
        default:
            let hexDigits: StaticString = "0123456789abcdef"
            appendASCII("\\u00")
            bytes += [hexDigits.utf8Start[Int(byte >> 4)], hexDigits.utf8Start[Int(byte & 0x0F)]]
        }
    }

    public mutating func number(_ value: Int) {
        var digits = String(value)
        digits.withUTF8 { bytes.append(contentsOf: $0) }
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
