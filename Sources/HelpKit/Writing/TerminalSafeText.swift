/// Text made safe to print on a terminal.
///
/// Article text, file names and messages built from them come from content
/// that anyone may have edited. An escape sequence in a unit could recolour,
/// retitle or scroll a reviewer's terminal, hide lines (`\r`), or plant an
/// OSC 8 link; bidi overrides can make text read differently than it is
/// stored. All of them are dropped; everything else, tabs included, is kept.
///
/// ```swift
/// TerminalSafeText.sanitize("ok\u{1B}[31mred\u{1B}[0m")  // "okred"
/// ```
public enum TerminalSafeText {
    /// `text` without escape sequences (CSI, OSC, DCS and the rest, whole),
    /// C0 and C1 control characters, DEL and bidirectional formatting
    /// characters. A line break becomes a space unless `keepingNewlines`.
    public static func sanitize(_ text: String, keepingNewlines: Bool = false) -> String {
        // The common case, nothing to remove, costs one scan and no copy.
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x0A:
                output.append(keepingNewlines ? scalar : " ")
            case 0x1B:
                skipEscapeSequence(after: &scalars)
            case 0x9B:
                skipControlSequence(&scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                skipString(&scalars)
            default:
                if !isUnsafe(scalar) { output.append(scalar) }
            }
        }
        return String(output)
    }

    /// Whether a scalar never reaches the terminal as it is.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        // LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI.
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// ESC has been read: skips the rest of the sequence it introduces.
    private static func skipEscapeSequence(after scalars: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[":
            skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_":
            skipString(&scalars)
        default:
            // nF sequences (`ESC ( B`): intermediates 0x20–0x2F, then one final.
            var current = introducer
            while (0x20...0x2F).contains(current.value), let next = scalars.next() { current = next }
        }
    }

    /// CSI has been read: parameters and intermediates up to a final byte 0x40–0x7E.
    private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            if (0x40...0x7E).contains(scalar.value) || !(0x20...0x3F).contains(scalar.value) { return }
        }
    }

    /// OSC, DCS, SOS, PM or APC has been read: skips to BEL or the string terminator.
    private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator) {
        var previousWasEscape = false
        while let scalar = scalars.next() {
            if scalar.value == 0x07 || scalar.value == 0x9C || (previousWasEscape && scalar == "\\") { return }
            previousWasEscape = scalar.value == 0x1B
        }
    }
}
