import HelpKitCore

/// Writes a translator's text back into an article as markdown.
///
/// Translators see text decoded (`R&D`, not `R&amp;D`), so the spelling of
/// each character has to be chosen again on the way back:
/// - a character the translator left where it was keeps the bytes it had,
///   entity or not: the new text is aligned with the old, character by
///   character (longest common subsequence), so an untouched `&amp;`,
///   `&nbsp;` or `&#39;` survives byte for byte even in an edited sentence;
/// - a new character is spelled as the article spells that character most
///   often in its units' text (`&amp;` where the article writes `&amp;`, a
///   bare `&` where it writes that);
/// - whatever the article does, a new character must read as text: a `&`
///   that would start a character reference becomes `&amp;`, a `<` that
///   could start a tag, an autolink or a comment becomes `&lt;` (so a
///   translator's `<Name>` can never become HTML or close the unit's span),
///   and markdown's own delimiters `*`, `` ` ``, `[`, `]`, `\` before
///   punctuation and `_` at a word's edge are escaped with a backslash.
/// Codes are written as the markup they stand for.
struct MarkdownEncoder {
    /// For each character the article spells as a reference somewhere: its
    /// most frequent spelling in the units' text.
    private var spellings: [Unicode.Scalar: [UInt8]] = [:]

    /// Learns the article's spelling from the raw text of its units.
    init(units: [TranslationUnit]) {
        var counts: [Unicode.Scalar: [[UInt8]: Int]] = [:]
        var literals: [Unicode.Scalar: Int] = [:]
        for unit in units {
            for raw in [Array(unit.rawTarget), Array(unit.rawSource)] {
                for atom in Self.atoms(of: raw) {
                    if atom.raw.first == UInt8(ascii: "&"), atom.raw.count > 1 {
                        counts[atom.scalar, default: [:]][atom.raw, default: 0] += 1
                    } else if Self.watched.contains(atom.scalar) {
                        literals[atom.scalar, default: 0] += 1
                    }
                }
            }
        }
        for (scalar, spelled) in counts {
            guard let (raw, count) = spelled.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.lexicographicallyPrecedes($1.key)) }),
                  count > literals[scalar, default: 0] else { continue }
            spellings[scalar] = raw
        }
    }

    /// Characters whose literal use is counted against their references
    /// (others are rarely written literally where a reference spells them).
    private static let watched: Set<Unicode.Scalar> = ["&", "<", ">", "\"", "'", "\u{A0}"]

    /// One character of text as it stands in the raw bytes.
    struct Atom {
        var scalar: Unicode.Scalar
        var raw: [UInt8]
    }

    /// The characters of the text (not the codes) of raw unit text, each with
    /// its spelling.
    static func atoms(of raw: [UInt8]) -> [Atom] {
        var atoms: [Atom] = []
        raw.withUnsafeBufferPointer { buffer in
            for range in InlineContent.textRanges(in: raw) {
                var index = range.lowerBound
                while index < range.upperBound {
                    if buffer[index] == UInt8(ascii: "&"), let (scalar, length) = EntityDecoder.reference(in: buffer, at: index),
                       index + length <= range.upperBound {
                        atoms.append(Atom(scalar: scalar, raw: Array(buffer[index..<(index + length)])))
                        index += length
                        continue
                    }
                    let stop = min(range.upperBound, index + UTF8Length.of(buffer[index]))
                    let scalar = String(decoding: buffer[index..<stop], as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
                    atoms.append(Atom(scalar: scalar, raw: Array(buffer[index..<stop])))
                    index = stop
                }
            }
        }
        return atoms
    }

    /// `content` as markdown to replace `old`, the raw text it was exported from.
    func encode(_ content: InlineContent, replacing old: some Collection<UInt8>) -> [UInt8] {
        let oldAtoms = Self.atoms(of: Array(old))
        // The new text's characters, and every character in order (codes'
        // too), to look at what follows a `<` or a `&`.
        var newScalars: [Unicode.Scalar] = []
        var all: [Unicode.Scalar] = []
        var positions: [Int] = []
        for piece in content.pieces {
            switch piece {
            case let .text(text):
                for scalar in text.unicodeScalars {
                    positions.append(all.count)
                    newScalars.append(scalar)
                    all.append(scalar)
                }
            case let .code(code):
                all += code.unicodeScalars
            }
        }
        let kept = Self.alignment(old: oldAtoms.map(\.scalar), new: newScalars)
        var output: [UInt8] = []
        output.reserveCapacity(old.count + 16)
        var textIndex = 0
        for piece in content.pieces {
            switch piece {
            case let .code(code):
                output += code.utf8
            case let .text(text):
                for scalar in text.unicodeScalars {
                    let keptSpelling = kept[textIndex].map { oldAtoms[$0].raw }
                    if let keptSpelling, keptSpelling.first == UInt8(ascii: "&"), keptSpelling.count > 1 {
                        output += keptSpelling
                    } else if let escaped = escape(scalar, at: positions[textIndex], in: all) {
                        output += escaped
                    } else {
                        output += keptSpelling ?? spellings[scalar] ?? Array(String(scalar).utf8)
                    }
                    textIndex += 1
                }
            }
        }
        return output
    }

    /// The spelling a character written as itself must not have, whether
    /// the translator added it or its neighbours changed: a `&` that would
    /// start a reference, a `<` that could start a tag, markdown delimiters.
    private func escape(_ scalar: Unicode.Scalar, at position: Int, in all: [Unicode.Scalar]) -> [UInt8]? {
        let next = position + 1 < all.count ? all[position + 1] : nil
        let previous = position > 0 ? all[position - 1] : nil
        switch scalar {
        case "&":
            return startsReference(all, at: position) ? Array("&amp;".utf8) : nil
        case "<":
            guard let next, (next.isASCII && next.properties.isAlphabetic) || ["/", "!", "?"].contains(next) else { return nil }
            return Array("&lt;".utf8)
        case "*", "`", "[", "]":
            return [UInt8(ascii: "\\"), UInt8(scalar.value)]
        case "\\":
            guard let next, next.isASCII, Self.isASCIIPunctuation(next) else { return nil }
            return Array("\\\\".utf8)
        case "_":
            guard !(previous.map(Self.isWordCharacter) ?? false) || !(next.map(Self.isWordCharacter) ?? false) else { return nil }
            return Array("\\_".utf8)
        default:
            return nil
        }
    }

    /// Whether `&` at `position` followed by what comes after would read as a
    /// character reference (`&name;`, `&#123;`).
    private func startsReference(_ all: [Unicode.Scalar], at position: Int) -> Bool {
        var index = position + 1
        while index < all.count, index - position <= 33 {
            let scalar = all[index]
            if scalar == ";" { return index > position + 1 }
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "#" else { return false }
            index += 1
        }
        return false
    }

    private static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value) || (0x5B...0x60).contains(value)
            || (0x7B...0x7E).contains(value)
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
    }

    /// For each new character, the index of the old character it is (a longest
    /// common subsequence after the common prefix and suffix), or nil for a
    /// character the translator added.
    static func alignment(old: [Unicode.Scalar], new: [Unicode.Scalar]) -> [Int?] {
        var result = [Int?](repeating: nil, count: new.count)
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] {
            result[prefix] = prefix
            prefix += 1
        }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
            result[new.count - 1 - suffix] = old.count - 1 - suffix
            suffix += 1
        }
        let oldMiddle = Array(old[prefix..<(old.count - suffix)])
        let newMiddle = Array(new[prefix..<(new.count - suffix)])
        let rows = oldMiddle.count
        let columns = newMiddle.count
        guard rows > 0, columns > 0, rows * columns <= 4_000_000 else { return result }
        // lengths[i][j]: the common subsequence of oldMiddle[i...] and newMiddle[j...].
        var lengths = [Int32](repeating: 0, count: (rows + 1) * (columns + 1))
        for i in stride(from: rows - 1, through: 0, by: -1) {
            for j in stride(from: columns - 1, through: 0, by: -1) {
                lengths[i * (columns + 1) + j] = oldMiddle[i] == newMiddle[j]
                    ? lengths[(i + 1) * (columns + 1) + j + 1] + 1
                    : max(lengths[(i + 1) * (columns + 1) + j], lengths[i * (columns + 1) + j + 1])
            }
        }
        var i = 0
        var j = 0
        while i < rows, j < columns {
            if oldMiddle[i] == newMiddle[j] {
                result[prefix + j] = prefix + i
                i += 1
                j += 1
            } else if lengths[(i + 1) * (columns + 1) + j] >= lengths[i * (columns + 1) + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }
}
