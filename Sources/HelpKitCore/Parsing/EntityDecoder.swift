import XMLBridge

/// Decodes HTML character references in unit text: `&amp;`, `&nbsp;`, `&#39;`,
/// `&#x2019;`. Named entities come from libxml2's HTML entity table.
///
/// Sxs text is raw markdown, so a bare `&` (as in `R&D`) or an unknown name
/// stays as written.
package enum EntityDecoder {
    /// - Parameter plainText: `raw` as a String, when the caller can give it
    ///   without validating the bytes again; used when there is nothing to decode.
    package static func decode(_ raw: UnsafeBufferPointer<UInt8>, plainText: @autoclosure () -> String? = nil) -> String {
        guard Bytes(base: raw).firstIndex(of: .ampersand, in: 0..<raw.count) != nil else {
            return plainText() ?? String(decoding: raw, as: UTF8.self)
        }
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            if raw[index] == .ampersand, let (scalar, length) = reference(in: raw, at: index) {
                output.append(contentsOf: String(Character(scalar)).utf8)
                index += length
            } else {
                output.append(raw[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `raw` with its character references decoded.
    package static func decode(_ raw: some Collection<UInt8>) -> String {
        Array(raw).withUnsafeBufferPointer { decode($0) }
    }

    /// The scalar and byte length of the reference starting with `&` at `start`.
    package static func reference(in raw: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        let limit = min(raw.count, start + 34)
        var end = start + 1
        while end < limit, raw[end] != .semicolon, raw[end] != .ampersand, raw[end] > .space { end += 1 }
        guard end < limit, raw[end] == .semicolon, end > start + 1 else { return nil }
        let name = UnsafeBufferPointer(rebasing: raw[(start + 1)..<end])
        let value: UInt32
        if name[0] == UInt8(ascii: "#") {
            guard let number = numericValue(UnsafeBufferPointer(rebasing: name.dropFirst())) else { return nil }
            value = number
        } else {
            value = name.withMemoryRebound(to: CChar.self) { xb_html_entity($0.baseAddress, $0.count) }
        }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, end - start + 1)
    }

    private static func numericValue(_ digits: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let text = String(decoding: digits, as: UTF8.self)
        if text.first == "x" || text.first == "X" { return UInt32(text.dropFirst(), radix: 16) }
        return UInt32(text, radix: 10)
    }
}
