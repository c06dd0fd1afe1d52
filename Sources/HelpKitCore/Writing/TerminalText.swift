/// Text made safe to write to a terminal.
///
/// Article text, file names and messages built from them come from content
/// anyone may have edited: an escape sequence in a unit could recolour,
/// retitle or scroll a reader's terminal, hide lines, or plant an OSC 8 link;
/// bidi overrides can make text read differently from how it is stored. Every
/// writer of content to a terminal (reports, rendered help, the TUI) goes
/// through here.
public enum TerminalText {
    /// `text` without anything a terminal would take as a command: C0 controls
    /// other than newline (a tab becomes four spaces), DEL, C1 controls
    /// (U+0080–U+009F), whole escape sequences (CSI, OSC up to BEL or ST, DCS,
    /// SOS, PM, APC, and two-byte escapes, in their 7-bit and 8-bit forms), and
    /// the bidirectional embedding, override and isolate controls
    /// (U+202A–U+202E, U+2066–U+2069) that can make text read differently from
    /// what it is. Line and paragraph separators become spaces.
    ///
    /// A string sequence (OSC, DCS, …) that is never terminated is dropped up
    /// to the end of its line, so one stray byte cannot hide the rest of a topic.
    ///
    /// - Parameters:
    ///   - keepingTabs: leave tabs, for a markdown parser to read as indentation.
    ///   - keepingNewlines: false for one-line output (a message, a table
    ///     cell), where a newline becomes a space.
    public static func sanitize(_ text: String, keepingTabs: Bool = false, keepingNewlines: Bool = true) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: needsAttention) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            output.append(contentsOf: bytes[..<first])
            var scanner = Scanner(bytes: bytes, index: first, keepsTabs: keepingTabs, keepsNewlines: keepingNewlines)
            scanner.run(into: &output)
            return String(decoding: output, as: UTF8.self)
        } ?? text
    }

    /// `text` on one line with every control character shown as an escape
    /// (`\n`, `\t`, `\x1B`, `\u202E`): for names and messages, such as a file
    /// named with a newline, where dropping a character would print a different
    /// name and printing it would break the line.
    public static func escapingControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: output += "\\n"
            case 0x0D: output += "\\r"
            case 0x09: output += "\\t"
            case ..<0x20, 0x7F: output += "\\x" + hex(scalar.value, digits: 2)
            case _ where isControl(scalar): output += "\\u" + hex(scalar.value, digits: 4)
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Bytes that may not be UTF-8 (a file name) as `escapingControls` shows
    /// text, each byte that is not valid UTF-8 written `\xHH`.
    public static func escapingControls(_ bytes: [UInt8]) -> String {
        var shown = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded):
                shown.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case let .error(length):
                for byte in bytes[offset..<offset + length] { shown += "\\x" + hex(UInt32(byte), digits: 2) }
                offset += length
            case .emptyInput:
                return escapingControls(shown)
            }
        }
    }

    /// C0 and C1 controls, DEL, the bidi controls, and the line and paragraph separators.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case ..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// Bytes that start something `sanitize` removes or replaces.
    private static func needsAttention(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index: Int
        let keepsTabs: Bool
        let keepsNewlines: Bool

        private static let escape: UInt8 = 0x1B
        private static let bell: UInt8 = 0x07
        private static let newline: UInt8 = 0x0A

        mutating func run(into output: inout [UInt8]) {
            while index < bytes.count {
                let current = bytes[index]
                switch current {
                case Self.newline:
                    output.append(keepsNewlines ? current : 0x20)
                    index += 1
                case 0x09:
                    output.append(contentsOf: keepsTabs ? [0x09] : [0x20, 0x20, 0x20, 0x20])
                    index += 1
                case Self.escape:
                    index += 1
                    skipEscapeSequence()
                case ..<0x20, 0x7F:
                    index += 1
                case 0xC2 where byte(at: index + 1).map({ (0x80...0x9F).contains($0) }) == true:
                    let control = bytes[index + 1]
                    index += 2
                    skipEightBitControl(control)
                case 0xE2:
                    copyGeneralPunctuation(into: &output)
                default:
                    output.append(current)
                    index += 1
                }
            }
        }

        private func byte(at position: Int) -> UInt8? {
            position < bytes.count ? bytes[position] : nil
        }

        /// After ESC: the rest of the sequence, whatever its kind.
        private mutating func skipEscapeSequence() {
            guard let introducer = byte(at: index) else { return }
            switch introducer {
            case UInt8(ascii: "["):
                index += 1
                skipControlSequence()
            case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
                index += 1
                skipControlString()
            case 0x20...0x2F:
                // nF escapes: intermediates, then one final byte.
                while let next = byte(at: index), (0x20...0x2F).contains(next) { index += 1 }
                if let final = byte(at: index), (0x30...0x7E).contains(final) { index += 1 }
            case 0x30...0x7E:
                index += 1
            default:
                break
            }
        }

        /// C1 controls written as UTF-8 (U+0080–U+009F); CSI, OSC and the
        /// string introducers swallow their sequence like their ESC forms.
        private mutating func skipEightBitControl(_ control: UInt8) {
            switch control {
            case 0x9B: skipControlSequence()
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F: skipControlString()
            default: break
            }
        }

        /// CSI parameters and intermediates, then its final byte. A byte that
        /// cannot belong to the sequence ends it and is read as text again.
        private mutating func skipControlSequence() {
            while let next = byte(at: index), (0x20...0x3F).contains(next) { index += 1 }
            if let final = byte(at: index), (0x40...0x7E).contains(final) { index += 1 }
        }

        /// An OSC, DCS, SOS, PM or APC body, up to and including BEL or ST
        /// (ESC `\` or U+009C); unterminated, up to the end of the line.
        private mutating func skipControlString() {
            while let next = byte(at: index) {
                switch next {
                case Self.bell:
                    index += 1
                    return
                case Self.escape:
                    index += 1
                    if byte(at: index) == UInt8(ascii: "\\") { index += 1 } else { skipEscapeSequence() }
                    return
                case 0xC2 where byte(at: index + 1) == 0x9C:
                    index += 2
                    return
                case Self.newline:
                    return
                default:
                    index += 1
                }
            }
        }

        /// U+2000–U+2FFF start with E2: drop the bidi controls, turn the line
        /// and paragraph separators into spaces, copy the rest.
        private mutating func copyGeneralPunctuation(into output: inout [UInt8]) {
            guard let second = byte(at: index + 1), let third = byte(at: index + 2) else {
                output.append(bytes[index])
                index += 1
                return
            }
            switch (second, third) {
            case (0x80, 0xAA...0xAE), (0x81, 0xA6...0xA9):
                break
            case (0x80, 0xA8...0xA9):
                output.append(0x20)
            default:
                output.append(contentsOf: [bytes[index], second, third])
            }
            index += 3
        }
    }
}
