/// Content text made safe to draw: every string that comes from an article
/// passes here before it reaches ncurses.
///
/// Escape sequences (CSI, OSC, DCS and the rest) go whole, other C0 and C1
/// controls go, and so do the bidi embedding, override and isolate controls,
/// which could reorder what surrounds them; a tab becomes a space. Text in a
/// right-to-left script keeps its characters in logical order, as written.
enum ScreenSafeText {
    static func sanitized(_ text: some StringProtocol) -> String {
        var output = String.UnicodeScalarView()
        var scalars = String(text).unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x09:
                output.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// Consumes what follows an ESC: a CSI up to its final byte, a string
    /// command (OSC, DCS, APC, PM, SOS) up to BEL or ST, or one character.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[":
            while let scalar = scalars.next(), !(0x40...0x7E).contains(scalar.value) {}
        case "]", "P", "_", "^", "X":
            var previous: Unicode.Scalar?
            while let scalar = scalars.next() {
                if scalar.value == 0x07 || (previous?.value == 0x1B && scalar == "\\") { break }
                previous = scalar
            }
        default:
            break
        }
    }
}
