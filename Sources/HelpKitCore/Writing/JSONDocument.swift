#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes the JSON documents helpkit produces (reports, SARIF logs,
/// baselines, the CLI's `--format json`): keys sorted, slashes unescaped, and
/// every element of a large array on a line of its own. The one place that
/// sets up a `JSONEncoder`; only the `units` stream, too large for it, is
/// written by `JSONText`.
///
/// One line per finding keeps a baseline's diff readable in review, and
/// encoding the elements one at a time keeps memory to one element's tree:
/// a whole SARIF log through one `JSONEncoder` call costs several times its
/// size in intermediate values.
public enum JSONDocument {
    /// `value` on one line.
    public static func compact(_ value: some Encodable) -> String {
        encode(value, with: encoder())
    }

    /// An object from members already encoded, written in the order given.
    package static func object(_ members: [(key: String, json: String)]) -> String {
        "{" + self.members(members) + "}"
    }

    /// The members of an object, without its braces: what follows a member
    /// written on its own (`writeLines`).
    package static func members(_ members: [(key: String, json: String)]) -> String {
        members.map { "\(compact($0.key)):\($0.json)" }.joined(separator: ",")
    }

    /// An array with each element encoded on a line of its own.
    package static func lines<Elements: Sequence>(_ elements: Elements) -> String where Elements.Element: Encodable {
        var json = ""
        writeLines(elements) { json += $0 }
        return json
    }

    /// `lines`, handed to `output` element by element: a report of tens of
    /// thousands of findings never exists as one string.
    package static func writeLines<Elements: Sequence>(_ elements: Elements, to output: (String) -> Void)
    where Elements.Element: Encodable {
        let encoder = encoder()
        var isFirst = true
        for element in elements {
            output((isFirst ? "[\n" : ",\n") + encode(element, with: encoder))
            isFirst = false
        }
        output(isFirst ? "[]" : "\n]")
    }

    /// Each element on one line of its own, newline-terminated, with no array
    /// around them: JSON Lines.
    package static func jsonLines<Elements: Sequence>(_ elements: Elements) -> String where Elements.Element: Encodable {
        let encoder = encoder()
        var lines = ""
        for element in elements {
            lines += encode(element, with: encoder)
            lines += "\n"
        }
        return lines
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
