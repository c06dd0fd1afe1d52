/// The id of a translation unit, such as `d55fa-102` or `d55fa-p104`.
///
/// The prefix is opaque and changes per locale and revision; the number is
/// positional. Use an id to find a unit within one file revision, never to
/// align units across locales or revisions.
public struct UnitID: Hashable, Sendable, CustomStringConvertible {
    public var prefix: String
    public var number: Int
    /// Whether this is a merged-paragraph unit (`p` before the number).
    public var isMerged: Bool

    public init(prefix: String, number: Int, isMerged: Bool) {
        self.prefix = prefix
        self.number = number
        self.isMerged = isMerged
    }

    /// Reads `[0-9a-f]{5}-p?[0-9]+`; nil for anything else.
    public init?(_ text: some StringProtocol) {
        guard let id = Array(text.utf8).withUnsafeBufferPointer(UnitID.init(utf8:)) else { return nil }
        self = id
    }

    /// Reads `[0-9a-f]{5}-p?[0-9]+` from bytes, as the parser finds it in a file.
    init?(utf8: UnsafeBufferPointer<UInt8>) {
        guard utf8.count >= 7, utf8[5] == UInt8(ascii: "-"),
              utf8[..<5].allSatisfy(Self.isLowerHexDigit) else { return nil }
        var digits = utf8[6...]
        let isMerged = digits.first == UInt8(ascii: "p")
        if isMerged { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(Self.isDigit) else { return nil }
        self.prefix = String(decoding: utf8[..<5], as: UTF8.self)
        self.number = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        self.isMerged = isMerged
    }

    public var description: String { prefix + (isMerged ? "-p" : "-") + String(number) }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    private static func isLowerHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }
}
