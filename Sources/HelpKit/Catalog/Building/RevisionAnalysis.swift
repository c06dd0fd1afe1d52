/// Marks the translations made from an older English revision than the
/// topic's newest translation.
///
/// The definition: among a topic's translations, the newest is the one with
/// the latest `ms.lasthandoff` (the day its English was handed off). Another
/// translation is from an older revision when its hand-off is earlier and its
/// `ms.sourcegitcommit` differs. The hash (`ms.openlocfilehash`) is not used:
/// it covers the whole English file, front matter included, so it changes
/// without the text changing (FORMAT.md). To say whether the text changed,
/// each of its unit sources is looked for in the newest translation's English
/// (after `ComparableEnglish`, and as a substring, so merged or split units
/// still match); those not found are the changed sentences. The Swedish seed
/// is older with zero changed sentences: only the file's metadata moved on.
struct RevisionAnalysis {
    let connection: SQLiteConnection

    private struct Translation {
        var id: Int
        var topic: Int
        var handoff: String
        var commit: String?
    }

    func run() throws(CatalogError) {
        let translations = try connection.prepare("""
            SELECT id, topic, handoff, source_commit FROM articles
            WHERE handoff IS NOT NULL AND translation NOT IN ('\(ArticleRecord.sourceTranslation)', '\(ArticleRecord.derivedTranslation)')
            ORDER BY topic, handoff DESC, id
            """)
        var group: [Translation] = []
        while try translations.step() {
            let row = Translation(id: translations.int(0), topic: translations.int(1),
                                  handoff: translations.text(2), commit: translations.optionalText(3))
            if let first = group.first, first.topic != row.topic {
                try mark(group)
                group.removeAll()
            }
            group.append(row)
        }
        try mark(group)
    }

    /// `group` is one topic's translations, newest first.
    private func mark(_ group: [Translation]) throws(CatalogError) {
        guard let newest = group.first else { return }
        let older = group.dropFirst().filter { $0.handoff < newest.handoff && $0.commit != newest.commit }
        guard !older.isEmpty else { return }
        let reference = try sources(of: newest.id).map(ComparableEnglish.key).joined(separator: " ")
        let update = try connection.cached("UPDATE articles SET newest_handoff = ?, changed_sentences = ? WHERE id = ?")
        for translation in older {
            let changed = try sources(of: translation.id).filter { !reference.contains(ComparableEnglish.key($0)) }.count
            update.reset()
            try update.binding(newest.handoff, changed, translation.id).run()
        }
    }

    private func sources(of article: Int) throws(CatalogError) -> [String] {
        let statement = try connection.cached("SELECT source FROM units WHERE article = ? ORDER BY ordinal").binding(article)
        var sources: [String] = []
        while try statement.step() { sources.append(statement.text(0)) }
        return sources
    }
}
