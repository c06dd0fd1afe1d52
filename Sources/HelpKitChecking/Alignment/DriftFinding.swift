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

extension GroupContext {
    /// How findings name the reference: `en-US`, or `fr-FR, the newest revision`.
    var referenceName: String {
        let locale = reference?.locale?.identifier ?? "the reference"
        return referenceKind == .newestRevision ? "\(locale), the newest revision" : locale
    }
}
