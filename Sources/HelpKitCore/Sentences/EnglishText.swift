/// The English body of an article as one buffer: the text of a plain English
/// article, or the text between the units of a localized one with each unit's
/// English source in its place (what `helpkit source` prints, without the
/// front matter).
///
/// Keeps where each piece came from, so a sentence found in the buffer can be
/// traced back to the unit, and the place in the file, it came from.
package struct EnglishText: Sendable {
    package private(set) var bytes: [UInt8] = []
    /// Where each unit's source starts and ends in `bytes`; -1 for a unit
    /// before the body (inside the front matter).
    package private(set) var unitStarts: [Int]
    package private(set) var unitEnds: [Int]

    /// English markdown with no units: a plain English article's body, or one unit's source.
    package init(markdown: [UInt8]) {
        bytes = markdown
        unitStarts = []
        unitEnds = []
    }

    package init(_ article: Article) {
        unitStarts = Array(repeating: -1, count: article.units.count)
        unitEnds = unitStarts
        let body = article.bodyOffset
        bytes.reserveCapacity(article.trivia.reduce(0) { $0 + $1.count } + article.units.reduce(0) { $0 + $1.rawSource.count })
        for (index, unit) in article.units.enumerated() {
            append(article.trivia[index], from: body)
            guard unit.location.offset >= body else { continue }
            unitStarts[index] = bytes.count
            bytes += unit.rawSource
            unitEnds[index] = bytes.count
        }
        append(article.trivia[article.units.count], from: body)
    }

    private mutating func append(_ piece: ArraySlice<UInt8>, from body: Int) {
        bytes += piece[max(piece.startIndex, min(body, piece.endIndex))...]
    }
}

extension Article {
    /// The file offset where the body starts: after the line that closes the
    /// front matter, or 0 when there is none.
    package var bodyOffset: Int {
        guard let frontMatter else { return 0 }
        let fence = frontMatter.range.upperBound
        for piece in trivia where piece.startIndex <= fence && fence < piece.endIndex {
            return piece[fence...].firstIndex(of: .newline).map { $0 + 1 } ?? piece.endIndex
        }
        // The fence lies inside a unit: only a broken header does that.
        return fence
    }
}
