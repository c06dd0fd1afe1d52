import HelpKitCore

/// Where the drift rules place what an alignment found, and how they name it.
extension SentenceAlignment {
    /// The translation's English sentence `index`, as written.
    func oldText(_ index: Int) -> String { old.displayText(of: index) }

    /// The reference's English sentence `index`, as written.
    func newText(_ index: Int) -> String { new.displayText(of: index) }

    /// Where the translation's English sentence `index` stands: on the unit it comes from.
    func location(ofOld index: Int, in article: ArticleContext) -> SourceLocation {
        let text = old.textRange(of: index)
        return article.location(ofUnit: article.unitIndex(atText: text.lowerBound, before: text.upperBound))
    }

    /// Where text missing from the translation belongs: on the sentence after
    /// the gap, else the last one.
    func location(ofGapBefore index: Int, in article: ArticleContext) -> SourceLocation {
        guard old.count > 0 else { return article.location(ofUnit: article.article.units.indices.first) }
        return location(ofOld: min(index, old.count - 1), in: article)
    }

    /// A fingerprint basis that survives renumbering: the normalized sentences.
    func basis(old oldIndex: Int?, new newIndex: Int?) -> String {
        (oldIndex.map { old.normalizedText(of: $0) } ?? "") + " → " + (newIndex.map { new.normalizedText(of: $0) } ?? "")
    }
}

extension GroupContext {
    /// Calls `body` with each compared translation and each of its edits, in
    /// the reference's order: how every drift rule walks a group.
    func forEachEdit(_ body: (ArticleContext, SentenceAlignment, SentenceAlignment.Edit) -> Void) {
        for translation in comparedTranslations {
            guard let alignment = alignment(of: translation) else { continue }
            for edit in alignment.edits { body(translation, alignment, edit) }
        }
    }
}

/// Sentences quoted in messages, short enough to read in a terminal.
enum Quote {
    /// `"text"`, cut at a word boundary after about `limit` characters.
    static func short(_ text: String, limit: Int = 120) -> String {
        guard text.count > limit else { return "\"\(text)\"" }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return "\"\(cut[..<end])…\""
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

extension GroupContext {
    /// How findings name the reference: `en-US`, or `fr-FR, the newest revision`.
    var referenceName: String {
        let locale = reference?.locale?.identifier ?? "the reference"
        return referenceKind == .newestRevision ? "\(locale), the newest revision" : locale
    }
}
