#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One article's title and search text as a search without a catalog
/// matches them, the way the catalog's query does (`SearchQuery`): each word
/// must be in the title or in the text, as a trigram-index word (folded) or
/// as a LIKE word (ASCII case ignored).
struct SearchableText: Sendable {
    let slug: String
    let title: String
    let text: String
    private let foldedTitle: [UInt8]
    private let foldedText: [UInt8]

    init(slug: String, title: String, text: String, folding: TrigramFolding) {
        self.slug = slug
        self.title = title
        self.text = text
        foldedTitle = folding.fold(title)
        foldedText = folding.fold(text)
    }

    /// How many of the query's words the title has, or nil when some word is
    /// in neither the title nor the text.
    func match(_ query: FoldedQuery) -> Int? {
        var inTitle = 0
        for word in query.indexed {
            if Self.contains(word, in: foldedTitle) {
                inTitle += 1
            } else if !Self.contains(word, in: foldedText) {
                return nil
            }
        }
        for word in query.scanned {
            if Self.likeContains(word, in: title, folded: foldedTitle) {
                inTitle += 1
            } else if !Self.likeContains(word, in: text, folded: foldedText) {
                return nil
            }
        }
        return inTitle
    }

    /// Whether LIKE would find the word in `text`. Folding keeps every
    /// match of ASCII-insensitive comparison, so the folded text rules most
    /// articles out before the exact comparison runs.
    private static func likeContains(_ word: FoldedQuery.Word, in text: String, folded: [UInt8]) -> Bool {
        guard contains(word.folded, in: folded) else { return false }
        var text = text
        return text.withUTF8 { bytes in
            guard word.ascii.count <= bytes.count else { return false }
            return (0...(bytes.count - word.ascii.count)).contains { start in
                word.ascii.indices.allSatisfy { TrigramFolding.asciiLowercased(bytes[start + $0]) == word.ascii[$0] }
            }
        }
    }

    /// Whether `needle` occurs in `haystack`, byte for byte. Over UTF-8 that
    /// is a match of whole scalars: no scalar's encoding starts inside another's.
    private static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { wanted in
                guard let base = hay.baseAddress, let rest = wanted.baseAddress else { return false }
                let lastStart = hay.count - wanted.count
                var start = 0
                while start <= lastStart {
                    guard let found = memchr(base + start, Int32(first), lastStart - start + 1) else { return false }
                    let offset = UnsafeRawPointer(base).distance(to: found)
                    if memcmp(base + offset + 1, rest + 1, wanted.count - 1) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }
}

/// A query's words made ready for `SearchableText.match`.
struct FoldedQuery {
    /// A word LIKE matches: folded for the quick test, ASCII-lowercased for the exact one.
    struct Word {
        var folded: [UInt8]
        var ascii: [UInt8]
    }

    let indexed: [[UInt8]]
    let scanned: [Word]

    init(_ query: SearchQuery, folding: TrigramFolding) {
        indexed = query.indexed.map(folding.fold)
        scanned = query.scanned.map { Word(folded: folding.fold($0), ascii: $0.utf8.map(TrigramFolding.asciiLowercased)) }
    }
}
