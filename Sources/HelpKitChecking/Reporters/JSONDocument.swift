#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

import HelpKitCore

/// Writes the JSON documents helpkit produces (reports, SARIF logs,
/// baselines): keys sorted, slashes unescaped, and every element of a large
/// array on a line of its own.
///
/// One line per finding keeps a baseline's diff readable in review, and
/// encoding the elements one at a time keeps memory to one element's tree:
/// a whole SARIF log through one `JSONEncoder` call costs several times its
/// size in intermediate values.
enum JSONDocument {
    /// `value` on one line.
    static func compact(_ value: some Encodable) -> String {
        encode(value, with: encoder())
    }

    /// An object from members already encoded, written in the order given.
    static func object(_ members: [(key: String, json: String)]) -> String {
        "{" + members.map { "\(compact($0.key)):\($0.json)" }.joined(separator: ",") + "}"
    }

    /// An array with each element encoded on a line of its own.
    package static func lines<Elements: Sequence>(_ elements: Elements) -> String where Elements.Element: Encodable {
        let encoder = encoder()
        let encoded = elements.map { encode($0, with: encoder) }
        return encoded.isEmpty ? "[]" : "[\n" + encoded.joined(separator: ",\n") + "\n]"
    }

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private static func encode(_ value: some Encodable, with encoder: JSONEncoder) -> String {
        // Plain structs of strings and numbers: encoding them cannot fail.
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
