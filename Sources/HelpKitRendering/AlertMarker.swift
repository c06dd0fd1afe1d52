import HelpKitCore
import HelpKitCatalog


/// The `[!NOTE]` that makes a block quote a DocFX alert.
enum AlertMarker {
    /// Removes a leading `[!KIND]` (any case, a word of letters) and the space or
    /// line break after it from a quote's first paragraph; returns the kind.
    static func strip(from pieces: inout [InlinePiece]) -> AlertKind? {
        var leading = ""
        for piece in pieces {
            guard case .text(let text, _) = piece else { break }
            leading += text
            if leading.contains("]") { break }
        }
        let trimmed = leading.drop { $0 == " " }
        guard trimmed.hasPrefix("[!"), let close = trimmed.firstIndex(of: "]") else { return nil }
        let word = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close]
        guard (1...20).contains(word.count), word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let markerLength = leading.distance(from: leading.startIndex, to: close) + 1
        dropCharacters(markerLength, from: &pieces)
        return AlertKind(rawValue: String(word))
    }

    /// The label when the caller gave none for `kind`: its English word.
    static func englishLabel(of kind: AlertKind) -> String {
        kind.rawValue.prefix(1) + kind.rawValue.dropFirst().lowercased()
    }

    /// Drops `count` characters from the front of the text pieces, then the
    /// spaces and the one break that follow them.
    private static func dropCharacters(_ count: Int, from pieces: inout [InlinePiece]) {
        var remaining = count
        while remaining > 0, case .text(let text, let style)? = pieces.first {
            if text.count <= remaining {
                remaining -= text.count
                pieces.removeFirst()
            } else {
                pieces[0] = .text(String(text.dropFirst(remaining)), style)
                remaining = 0
            }
        }
        while case .text(let text, let style)? = pieces.first {
            let rest = text.drop { $0 == " " }
            guard rest.isEmpty else {
                pieces[0] = .text(String(rest), style)
                return
            }
            pieces.removeFirst()
        }
        if let first = pieces.first, first == .softBreak || first == .lineBreak { pieces.removeFirst() }
    }
}
