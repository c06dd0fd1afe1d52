import CNcursesw

/// Text measured in terminal cells, the way ncurses itself advances the
/// cursor: each scalar counts `wcwidth` columns (two for East Asian wide
/// characters, none for combining marks).
///
/// Only sanitised text comes here; anything `wcwidth` calls unprintable
/// counts zero and is dropped by `clipped`, so it can never move the cursor.
enum CellText {
    /// The columns `scalar` takes on the screen.
    static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20, value < 0x7F { return 1 }
        return max(0, Int(wcwidth(wchar_t(bitPattern: value))))
    }

    static func columns(of character: Character) -> Int {
        character.unicodeScalars.reduce(0) { $0 + columns(of: $1) }
    }

    static func columns(of text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + columns(of: $1) }
    }

    /// The longest prefix of `text` that fits in `width` columns, cut between
    /// grapheme clusters so that a wide character or a base letter with its
    /// marks is never split; with the columns it takes.
    static func clipped(_ text: some StringProtocol, to width: Int) -> (text: Substring, columns: Int) {
        let text = Substring(text)
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let columns = columns(of: text[index])
            if used + columns > width { break }
            used += columns
            end = text.index(after: index)
        }
        return (text[..<end], used)
    }

    /// `text` broken into lines of at most `width` columns: at a space, or
    /// beside a wide character (Japanese and Chinese break between any two
    /// characters), keeping closing punctuation off the start of a line and
    /// opening brackets off its end; where there is no such place, between
    /// any two characters. Never loses a character other than the spaces a
    /// line breaks at.
    static func wrapped(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        var rest = Substring(text)
        while columns(of: rest) > width {
            var used = 0
            var end = rest.startIndex
            var lineBreak: (end: Substring.Index, resume: Substring.Index)?
            var previous: Character?
            for index in rest.indices {
                let character = rest[index]
                if let previous, let opportunity = breakOpportunity(between: previous, and: character, at: index, in: rest) {
                    lineBreak = opportunity
                }
                let columns = columns(of: character)
                if used + columns > width { break }
                used += columns
                end = rest.index(after: index)
                previous = character
            }
            if end == rest.startIndex { end = rest.index(after: end) }
            let (lineEnd, resume) = lineBreak.map { $0.end > rest.startIndex ? $0 : (end, end) } ?? (end, end)
            lines.append(String(rest[..<lineEnd]))
            rest = rest[resume...].drop { $0 == " " }
        }
        lines.append(String(rest))
        return lines
    }

    /// Where a line may end before `next` (at `index`), and where the next line starts.
    private static func breakOpportunity(between previous: Character, and next: Character, at index: Substring.Index,
                                         in text: Substring) -> (end: Substring.Index, resume: Substring.Index)? {
        if next == " " { return previous == " " ? nil : (index, text.index(after: index)) }
        guard previous != " " else { return nil }
        let wide = columns(of: previous) == 2 || columns(of: next) == 2
        guard wide, !noBreakBefore.contains(next), !noBreakAfter.contains(previous) else { return nil }
        return (index, index)
    }

    /// Characters a line should not start with (closing punctuation, small kana).
    private static let noBreakBefore: Set<Character> = Set("、。，．）」』】〕〉》！？：；ー・…ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々,.)!?:;")
    /// Characters a line should not end with (opening brackets).
    private static let noBreakAfter: Set<Character> = Set("（「『【〔〈《([")
}
