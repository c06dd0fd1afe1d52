import HelpKitCore
import HelpKitExchange

/// Pseudo-localization: English made to look translated, so that a team sees
/// before any translator does what its layout does with longer text, accented
/// letters and text that was never marked translatable.
///
/// Letters are swapped for accented look-alikes (`Reset` → `Ŗéšéţ`), the
/// text is padded by `expansion` percent of its length with `·` and wrapped
/// in brackets, so a cut-off end shows. Every inline code of `InlineContent`
/// (markdown delimiters, inline code, link targets, HTML tags, placeholders,
/// URLs) and every entity stays as written.
public struct Pseudolocalizer: Sendable {
    /// How much longer the text gets, in percent of its letters.
    public var expansion: Int

    public init(expansion: Int = 30) {
        self.expansion = expansion
    }

    /// The pseudo-translation of a unit's raw English.
    public func translate(_ raw: [UInt8]) -> [UInt8] {
        var output = Array("[".utf8)
        var letters = 0
        for piece in InlineContent(raw: raw, keepingEntities: true).pieces {
            switch piece {
            case let .code(code):
                output += Array(code.utf8)
            case let .text(text):
                for character in text {
                    if let accented = Self.accents[character] {
                        output += Array(accented.utf8)
                        letters += 1
                    } else {
                        output += Array(String(character).utf8)
                    }
                }
            }
        }
        let padding = (letters * expansion + 99) / 100
        if padding > 0 { output += Array((" " + String(repeating: "·", count: padding)).utf8) }
        return output + Array("]".utf8)
    }

    private static let accents: [Character: String] = {
        let plain = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let accented = Array("àƀçđéƒĝĥîĵķļɱñöþǫŗšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŖŠŢÛṼŴẊÝŽ")
        return Dictionary(uniqueKeysWithValues: zip(plain, accented.map { String($0) }))
    }()
}
