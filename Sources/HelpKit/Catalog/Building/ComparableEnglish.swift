/// English source text reduced to what a reader sees, so that two locales'
/// copies of one sentence compare equal.
///
/// The localization pipeline rewrote sources per locale without changing the
/// sentence (FORMAT.md): URL locale segments (`/ja-jp/` vs `/en-us/`), a space
/// inserted before punctuation after bold, and line breaks inside a unit.
/// Those differences are removed; anything else is a real change.
enum ComparableEnglish {
    static func key(_ text: String) -> String {
        var output: [UInt8] = []
        let bytes = Array(text.utf8)
        output.reserveCapacity(bytes.count)
        var index = 0
        var pendingSpace = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .space || byte == .tab || byte == .newline || byte == 0x0D {
                pendingSpace = !output.isEmpty
                index += 1
                continue
            }
            if pendingSpace, !Self.closingPunctuation.contains(byte) { output.append(.space) }
            pendingSpace = false
            if byte == UInt8(ascii: "/"), isLocaleSegment(bytes, at: index + 1) {
                index += 6
                continue
            }
            output.append(byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let closingPunctuation: Set<UInt8> = Set(".,;:!?)".utf8)

    /// `xx-yy/` right after a slash: a locale segment of a URL path.
    private static func isLocaleSegment(_ bytes: [UInt8], at start: Int) -> Bool {
        guard start + 5 < bytes.count, bytes[start + 2] == UInt8(ascii: "-"), bytes[start + 5] == UInt8(ascii: "/") else { return false }
        return [0, 1, 3, 4].allSatisfy { offset in
            let byte = bytes[start + offset] | 0x20
            return byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
        }
    }
}
