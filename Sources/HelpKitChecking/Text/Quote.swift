import HelpKitCore

/// Text quoted in messages: one line, short enough to read in a terminal.
enum Quote {
    /// `"text"`, cut at a word boundary after about `limit` characters.
    static func short(_ text: String, limit: Int = 120) -> String {
        guard text.count > limit else { return "\"\(text)\"" }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return "\"\(cut[..<end])…\""
    }

    /// `"…words around focus…"`: about `radius` characters either side of the
    /// first `focus` in `text` (of its start when `focus` is nil or absent),
    /// cut at word boundaries, on one line.
    static func excerpt(_ text: String, around focus: String? = nil, radius: Int = 40) -> String {
        let line = EnglishSentences.oneLine(text)
        let center = focus.flatMap { $0.isEmpty ? nil : line.firstRange(of: $0) } ?? line.startIndex..<line.startIndex
        var start = line.index(center.lowerBound, offsetBy: -radius, limitedBy: line.startIndex) ?? line.startIndex
        var end = line.index(center.upperBound, offsetBy: radius, limitedBy: line.endIndex) ?? line.endIndex
        if start > line.startIndex, let space = line[start..<center.lowerBound].firstIndex(of: " ") {
            start = line.index(after: space)
        }
        if end < line.endIndex, let space = line[center.upperBound..<end].lastIndex(of: " ") { end = space }
        let head = start > line.startIndex ? "…" : ""
        let tail = end < line.endIndex ? "…" : ""
        return "\"\(head)\(line[start..<end])\(tail)\""
    }

    /// Two versions of a sentence, quoted; when they are long, each is cut
    /// to where they differ, with a few words of context on either side.
    static func difference(_ old: String, _ new: String, limit: Int = 120) -> (String, String) {
        guard old.count > limit || new.count > limit else { return (short(old), short(new)) }
        let oldWords = old.split(separator: " ", omittingEmptySubsequences: false)
        let newWords = new.split(separator: " ", omittingEmptySubsequences: false)
        let common = zip(oldWords, newWords).prefix { $0 == $1 }.count
        let room = min(oldWords.count, newWords.count) - common
        let commonEnd = zip(oldWords.reversed(), newWords.reversed()).prefix(room).prefix(while: { $0 == $1 }).count
        func excerpt(_ words: [Substring]) -> String {
            let start = max(0, common - 3)
            let end = min(words.count, words.count - commonEnd + 3)
            let text = words[start..<max(start, end)].joined(separator: " ")
            let quoted = short(text, limit: limit)
            return start > 0 ? "\"…" + quoted.dropFirst() : quoted
        }
        return (excerpt(oldWords), excerpt(newWords))
    }
}
