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
        bytes.append(UInt8(ascii: "\""))
        text.withUTF8 { utf8 in
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x7F || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                bytes += Self.escape(byte)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8) -> [UInt8] {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): [UInt8(ascii: "\\"), byte]
        case .newline: Array("\\n".utf8)
        case 0x0D: Array("\\r".utf8)
        case .tab: Array("\\t".utf8)
        default: Array("\\u00\(byte < 0x10 ? "0" : "")\(String(byte, radix: 16))".utf8)
        }
    }

    public mutating func number(_ value: Int) { bytes += String(value).utf8 }

    public mutating func bool(_ value: Bool) { bytes += (value ? "true" : "false").utf8 }

    public mutating func null() { bytes += "null".utf8 }

    public mutating func newline() {
        bytes.append(.newline)
        needsComma = false
    }
}
