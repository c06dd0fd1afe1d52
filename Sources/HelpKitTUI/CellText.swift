import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking


/// Text fitted to terminal cells for drawing: measured as ncurses places it
/// (`DisplayWidth`: two columns for East Asian wide characters, none for
/// combining marks), sanitised, and wrapped the way the renderer wraps.
package enum CellText {
    package static func columns(of text: some StringProtocol) -> Int { DisplayWidth.columns(of: text) }

    /// The longest prefix of `text` that fits in `width` columns, cut between
    /// grapheme clusters so that a wide character or a base letter with its
    /// marks is never split; with the columns it takes.
    package static func clipped(_ text: some StringProtocol, to width: Int) -> (text: Substring, columns: Int) {
        let text = Substring(text)
        return DisplayWidth.withUTF8Locale {
            var used = 0
            var end = text.startIndex
            for index in text.indices {
                let columns = text[index].unicodeScalars.reduce(0) { $0 + DisplayWidth.columnsInLocale(of: $1) }
                if used + columns > width { break }
                used += columns
                end = text.index(after: index)
            }
            return (text[..<end], used)
        }
    }

    /// Content text on one line: no control character, escape sequence or
    /// bidi override, no newline.
    package static func safe(_ text: some StringProtocol) -> String {
        TerminalText.sanitize(String(text), keepingNewlines: false)
    }

    /// Plain text (already safe) in lines of at most `width` columns, broken
    /// like rendered paragraphs: at spaces, between wide characters, never
    /// before closing punctuation.
    package static func wrapped(_ text: String, to width: Int) -> [String] {
        let lines = WrappableText([.text(text, .plain)]).lines(width: max(1, width)).map(\.text)
        return lines.isEmpty ? [""] : lines
    }
}
