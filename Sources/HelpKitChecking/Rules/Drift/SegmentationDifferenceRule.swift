import HelpKitCore

/// Two locales that cut the same English into units differently: merged `p`
/// units or split sentences. Not drift; reported so that differing unit
/// counts and ids have an explanation.
struct SegmentationDifferenceRule: GroupRule {
    static let description = RuleDescription(
        identifier: "segmentation-difference",
        name: "Segmentation Difference",
        description: "A translation cuts the same English into units differently from the reference locale (merged p units, split sentences); not drift.",
        category: .drift,
        defaultSeverity: .info,
        isOptIn: true,
        triggeringExamples: [
            RuleExample(files: [
                "fr-FR/a.md": Sxs.article("fr-FR", body: Sxs.unit(102, "Ouvrez-le.", "Open it.") + " " + Sxs.unit(103, "Fermez-le.", "Close it.")),
                "ja-JP/a.md": Sxs.article(handoff: "09/13/2020", body: Sxs.unit(102, "開いて閉じます。", "Open it. Close it.", marked: true, merged: true)),
            ]).expecting("this translation cuts the English into 1 units where the reference has 2 (fr-FR, the newest revision)"),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "fr-FR/a.md": Sxs.article("fr-FR", body: Sxs.unit(102, "Ouvrez-le.", "Open it.") + " " + Sxs.unit(103, "Fermez-le.", "Close it.")),
                "ja-JP/a.md": Sxs.article(body: Sxs.unit(102, "開きます。", "Open it.") + " " + Sxs.unit(103, "閉じます。", "Close it.")),
            ]),
            // Against plain English there are no reference units to compare with.
            .translated(english: "Open it. Close it.", japanese: Sxs.unit(102, "開いて閉じます。", "Open it. Close it.", merged: true)),
        ]
    )

    static func check(_ group: GroupContext, _ findings: inout FindingSink) {
        guard let reference = group.reference, !reference.isEnglish else { return }
        for translation in group.comparedTranslations where group.matchesReference(translation) {
            // The same text has the same sentences: the reference's serve both.
            let sameText = translation.english.bytes == reference.english.bytes
            guard !sameText || translation.english.unitStarts != reference.english.unitStarts else { continue }
            let starts = unitStarts(of: translation, in: sameText ? reference.sentences : translation.sentences)
            let referenceStarts = unitStarts(of: reference, in: reference.sentences)
            let sentences = Set(starts.map(\.sentence))
            guard let first = sentences.symmetricDifference(referenceStarts.map(\.sentence)).min() else { continue }
            // The unit that holds the first sentence cut differently: the merged one.
            let unit = starts.last { $0.sentence <= first } ?? starts.first
            findings.report(
                "this translation cuts the English into \(starts.count) units where the reference has \(referenceStarts.count) "
                    + "(\(group.referenceName)); merged or split sentences, the English is the same, so this is not drift",
                in: translation, at: translation.location(ofUnit: unit?.unit), basis: "\(starts.count)|\(referenceStarts.count)")
        }
    }

    /// Each body unit of `article` with the index of the sentence of
    /// `sentences` its English starts in.
    private static func unitStarts(of article: ArticleContext, in sentences: EnglishSentences) -> [(unit: Int, sentence: Int)] {
        let text = article.english
        return text.unitStarts.indices.compactMap { index in
            guard text.unitStarts[index] >= 0, text.unitEnds[index] > text.unitStarts[index],
                  let sentence = sentences.sentenceIndex(atText: text.unitStarts[index]) else { return nil }
            return (index, sentence)
        }
    }
}
