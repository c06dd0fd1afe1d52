import Foundation
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

extension XMLCheck {
    package static let xliff2Schema = repositoryRoot.appendingPathComponent("Tests/Fixtures/schemas/xliff/xliff-core-2.0.xsd")
    package static let xliff12StrictSchema = repositoryRoot.appendingPathComponent("Tests/Fixtures/schemas/xliff/xliff-core-1.2-strict.xsd")

    /// libxml2's XML Schema validator's complaints about `document` (at most
    /// 20, `line: message`); empty when it is valid. A schema that cannot be
    /// read is a complaint too, never a pass.
    package static func schemaProblems(in document: [UInt8], schema: URL) -> [String] {
        var messages = [CChar](repeating: 0, count: 8192)
        let status = document.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xb_schema_validate(schema.path, $0.baseAddress, $0.count, &messages, messages.count)
            }
        }
        let text = String(decoding: messages.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        switch status {
        case 0: return []
        case -1: return ["the schema \(schema.path) cannot be read: \(text)"]
        default: return text.isEmpty ? ["not valid"] : text.split(separator: "\n").map(String.init)
        }
    }
}
