/// An article's English as normalized sentences: what drift detection aligns.
struct EnglishSentences {
    let text: EnglishText
    let sentences: [Sentence]
    /// The normalized text of every sentence, one after another.
    let normalized: [UInt8]

    init(_ text: EnglishText) {
        self.text = text
        var splitter = SentenceSplitter()
        text.bytes.withUnsafeBufferPointer { splitter.split($0) }
        sentences = splitter.sentences
        normalized = splitter.output
    }

    var keys: [UInt64] { sentences.map(\.key) }

    /// The sentence normalized: stable across renumbering, spacing and URL locales.
    func normalizedText(of index: Int) -> String {
        String(decoding: normalized[sentences[index].normalized], as: UTF8.self)
    }

    /// The sentence as written, for people: entities decoded, white space collapsed.
    func displayText(of index: Int) -> String {
        let raw = text.bytes[sentences[index].text]
        let decoded = raw.withUnsafeBufferPointer { EntityDecoder.decode($0) }
        return InlineText.collapsingWhitespace(decoded)
    }

    /// The sentence that holds `textOffset`, else the next one after it.
    func sentenceIndex(atText textOffset: Int) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].text.upperBound <= textOffset { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count ? low : nil
    }
}

extension Article {
    /// The article's English as the drift check compares it: rebuilt from the
    /// unit sources, split into sentences by content (not at unit boundaries),
    /// and normalised for what the localization pipeline rewrites (URL locale
    /// segments, spacing, entities, link placement).
    public var normalizedEnglishSentences: [String] {
        let english = EnglishSentences(EnglishText(self))
        return english.sentences.indices.map { english.normalizedText(of: $0) }
    }
}
