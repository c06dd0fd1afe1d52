import HelpKitRendering

/// The markdown renderer and its sanitiser: whatever the article holds, the
/// terminal gets no control character but line feeds and the renderer's own
/// SGR (`ESC [ … m`) and OSC 8 hyperlink (`ESC ] 8 ; ; … ESC \`) sequences,
/// and with colour off not even those.
package enum RendererFuzzTarget: FuzzTarget {
    package static let name = "renderer"

    package static func check(_ input: [UInt8]) -> String? {
        let markdown = String(decoding: input, as: UTF8.self)
        let plain = TerminalRenderer.render(markdown: markdown, options: RenderOptions(width: 40, color: false, hyperlinks: false))
        if let control = plain.unicodeScalars.first(where: { isControl($0) }) {
            return "plain output holds U+\(String(control.value, radix: 16, uppercase: true))"
        }
        let styled = TerminalRenderer.render(markdown: markdown, options: RenderOptions(width: 40, color: true, hyperlinks: true))
        return strayControl(in: Array(styled.unicodeScalars))
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }

    /// The first control character that is not part of an SGR or OSC 8 sequence.
    package static func strayControl(in scalars: [Unicode.Scalar]) -> String? {
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard isControl(scalar) else { index += 1; continue }
            guard scalar == "\u{1B}", index + 1 < scalars.count else { return "a stray U+\(String(scalar.value, radix: 16))" }
            if scalars[index + 1] == "[" {
                var end = index + 2
                while end < scalars.count, scalars[end] == ";" || ("0"..."9").contains(scalars[end]) { end += 1 }
                guard end < scalars.count, scalars[end] == "m" else { return "an escape sequence other than SGR" }
                index = end + 1
            } else if scalars[index + 1] == "]", index + 4 < scalars.count, scalars[index + 2] == "8", scalars[index + 3] == ";" {
                var end = index + 4
                while end + 1 < scalars.count, !(scalars[end] == "\u{1B}" && scalars[end + 1] == "\\") {
                    if isControl(scalars[end]) { return "a control character inside a hyperlink" }
                    end += 1
                }
                guard end + 1 < scalars.count else { return "an unterminated hyperlink" }
                index = end + 2
            } else {
                return "an escape sequence other than SGR or OSC 8"
            }
        }
        return nil
    }
}
