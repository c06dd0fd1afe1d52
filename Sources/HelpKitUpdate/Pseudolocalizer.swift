import HelpKitCore
import HelpKitExchange

/// Pseudo-localization: English made to look translated, so that a team sees
/// before any translator does what its layout does with longer text, accented
/// letters and text that was never marked translatable.
///
/// Letters are swapped for accented look-alikes (`Reset` → `Ŗéšéţ`), the
/// text is wrapped in brackets, so a cut-off end shows, and padded with `·`
/// until brackets and padding add `expansion` percent of the characters a
/// reader sees (codes and link targets aside)
/// (at least one `·`: a short text grows by more, as translations of short
/// texts do). Every inline code of `InlineContent`
/// (markdown delimiters, inline code, link targets, HTML tags, placeholders,
/// URLs) and every entity stays as written.
public struct Pseudolocalizer: Sendable {
    /// How much longer the text gets, in percent of the characters a reader sees.
    public var expansion: Int

    public init(expansion: Int = 30) {
        self.expansion = expansion
    }

    /// The pseudo-translation of a unit's raw English.
    public func translate(_ raw: [UInt8]) -> [UInt8] {
        var output = Array("[".utf8)
        var characters = 0
        for piece in InlineContent(raw: raw, keepingEntities: true).pieces {
            switch piece {
            case let .code(code):
                output += Array(code.utf8)
            case let .text(text):
                characters += text.count
                for character in text {
                    if let accented = Self.accents[character] {
                        output += Array(accented.utf8)
                    } else {
                        output += Array(String(character).utf8)
                    }
                }
            }
        }
        // The brackets and the space before the padding count towards the expansion.
        let padding = expansion > 0 ? max(1, (characters * expansion + 50) / 100 - 3) : 0
        if padding > 0 { output += Array((" " + String(repeating: "·", count: padding)).utf8) }
        return output + Array("]".utf8)
    }

    private static let accents: [Character: String] = {
        let plain = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let accented = Array("àƀçđéƒĝĥîĵķļɱñöþǫŗšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŖŠŢÛṼŴẊÝŽ")
        return Dictionary(uniqueKeysWithValues: zip(plain, accented.map { String($0) }))
    }()
}
