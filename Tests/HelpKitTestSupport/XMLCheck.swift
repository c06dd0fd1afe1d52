import XMLBridge

/// Reads XML back through libxml2 (via XMLBridge), as a CI dashboard would.
package enum XMLCheck {
    /// Nil when `xml` is well formed, else libxml2's first complaint and its line.
    package static func problem(in xml: String) -> String? {
        var message = [CChar](repeating: 0, count: 512)
        var line: Int32 = 0
        let bytes = Array(xml.utf8)
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xb_xml_check($0.baseAddress, $0.count, &message, message.count, &line) }
        }
        guard status != 0 else { return nil }
        return "line \(line): " + String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// How many elements named `name` the document holds; -1 when it does not parse.
    package static func count(_ name: String, in xml: String) -> Int {
        let bytes = Array(xml.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xb_xml_count_elements($0.baseAddress, $0.count, name) }
        }
    }
}
