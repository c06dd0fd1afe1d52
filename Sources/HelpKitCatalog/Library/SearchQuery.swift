/// A query as every help source reads it: words separated by white space
/// (no-break spaces included), each of which a topic's title or text must
/// contain. What "contain" means is the catalog's, and a folder search
/// (`HelpFolder`) matches the same way:
///
/// - a word of three or more characters goes through the catalog's trigram
///   index: it is found anywhere in a word, with case folded as the trigram
///   tokenizer folds it (`TrigramFolding`: `É` finds `é`), accents kept
///   (`securite` does not find `sécurité`);
/// - a shorter word cannot make a trigram and is matched with SQLite's LIKE,
///   which ignores the case of ASCII letters only (`ÉT` does not find `ét`).
///
/// A word given twice counts once, and words past the first `maximumWords`
/// are not searched: each is a clause of the query SQLite runs, which has a
/// depth limit, and no help topic is found by the fortieth word of a query.
struct SearchQuery {
    static let maximumWords = 32

    /// Every word once, in query order.
    let words: [String]
    /// The words the trigram index finds.
    let indexed: [String]
    /// The words matched with LIKE.
    let scanned: [String]

    init(_ query: String) {
        var seen: Set<String> = []
        words = Array(query.split(whereSeparator: \.isWhitespace).map(String.init).filter { seen.insert($0).inserted }
            .prefix(Self.maximumWords))
        indexed = words.filter { $0.count >= 3 }
        scanned = words.filter { $0.count < 3 }
    }

    /// About sixty characters of `text` around the first of `words` found, marked.
    func snippet(of text: String) -> String {
        let lines = text.split(separator: "\n")
        for line in lines {
            for word in words {
                guard let range = Self.caseInsensitiveRange(of: word, in: line) else { continue }
                let start = line.index(range.lowerBound, offsetBy: -24, limitedBy: line.startIndex) ?? line.startIndex
                let end = line.index(range.upperBound, offsetBy: 36, limitedBy: line.endIndex) ?? line.endIndex
                var snippet = start == line.startIndex ? "" : "…"
                snippet += line[start..<range.lowerBound]
                snippet.append(SearchHit.highlightStart)
                snippet += line[range]
                snippet.append(SearchHit.highlightEnd)
                snippet += line[range.upperBound..<end]
                return end == line.endIndex ? snippet : snippet + "…"
            }
        }
        return String(lines.first?.prefix(60) ?? "")
    }

    /// Where `word` first occurs in `line`, ignoring case.
    private static func caseInsensitiveRange(of word: String, in line: Substring) -> Range<Substring.Index>? {
        let wanted = word.lowercased()
        var start = line.startIndex
        while start < line.endIndex {
            let end = line.index(start, offsetBy: word.count, limitedBy: line.endIndex) ?? line.endIndex
            if line[start..<end].lowercased() == wanted { return start..<end }
            start = line.index(after: start)
        }
        return nil
    }
}
