/// The English of an article, or of one text, cut into sentences, with the
/// key that says two sentences are the same.
///
/// This is helpkit's one sentence identity. Everything that compares English
/// goes through it: the checker's drift rules and fingerprints, the catalog's
/// "translated from an older English revision" notice, the context map's
/// short-help sentences and the TUI review. Two sentences are the same when
/// their keys are equal; the normalisation behind the key (`SentenceSplitter`)
/// removes what the localization pipeline rewrites without changing the
/// English: white space, space before punctuation, entities, URL locale
/// segments, the docs host, link markup inside or outside a span, image alt
/// text and unit boundaries (merged `p` units).
package struct EnglishSentences: Sendable {
    /// The text the sentences were cut from, with where each unit's English lies in it.
    package let text: EnglishText
    let sentences: [Sentence]
    /// The normalized text of every sentence, one after another.
    let normalized: [UInt8]

    package init(_ text: EnglishText) {
        self.text = text
        var splitter = SentenceSplitter()
        text.bytes.withUnsafeBufferPointer { splitter.split($0) }
        sentences = splitter.sentences
        normalized = splitter.output
    }

    /// The English of `article`: its body with each unit's English source in place.
    package init(_ article: Article) {
        self.init(EnglishText(article))
    }

    /// The sentences of one piece of English markdown, such as a unit's source.
    package init(markdown: some Sequence<UInt8>) {
        self.init(EnglishText(markdown: Array(markdown)))
    }

    package var count: Int { sentences.count }
    package var indices: Range<Int> { sentences.indices }

    /// The identity of sentence `index`: equal keys, the same English.
    package func key(of index: Int) -> UInt64 { sentences[index].key }

    var keys: [UInt64] { sentences.map(\.key) }

    /// The sentence normalized: stable across renumbering, spacing and URL locales.
    package func normalizedText(of index: Int) -> String {
        String(decoding: normalized[sentences[index].normalized], as: UTF8.self)
    }

    /// Every sentence normalized, joined by a space: the identity of a whole
    /// text, readable (fingerprints, the context map's sentences).
    package var normalizedText: String {
        indices.map(normalizedText(of:)).joined(separator: " ")
    }

    /// The identity of a piece of English such as a unit's source: equal for
    /// two texts that are the same English.
    package static func identity(of markdown: String) -> String {
        EnglishSentences(markdown: markdown.utf8).normalizedText
    }

    /// The sentence as written, for people: entities decoded, white space collapsed.
    package func displayText(of index: Int) -> String {
        let raw = text.bytes[sentences[index].text]
        let decoded = raw.withUnsafeBufferPointer { EntityDecoder.decode($0) }
        return Self.oneLine(decoded)
    }

    /// `text` on one line, for messages: runs of white space and invisible
    /// characters read as one space.
    package static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.unicodeScalars.allSatisfy(SentenceSplitter.isInvisible) })
            .joined(separator: " ")
    }

    /// Where sentence `index` stands in `text.bytes`.
    package func textRange(of index: Int) -> Range<Int> { sentences[index].text }

    /// The article's units that sentence `index` overlaps, in order: a link's
    /// text is a unit while its sentence starts at the `[` outside it.
    package func units(overlapping index: Int) -> [Int] {
        let range = sentences[index].text
        return text.unitStarts.indices.filter { unit in
            text.unitStarts[unit] >= 0 && text.unitStarts[unit] < range.upperBound && range.lowerBound < text.unitEnds[unit]
        }
    }

    /// The sentence that holds `textOffset`, else the next one after it.
    package func sentenceIndex(atText textOffset: Int) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].text.upperBound <= textOffset { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count ? low : nil
    }

    /// The lower-case words of sentence `index`: letters and digits, for
    /// likeness and for telling a split sentence from a rewritten one.
    package func words(of index: Int) -> [Substring] {
        let text = normalizedText(of: index).lowercased()
        // English is mostly ASCII: split its bytes, where a letter or digit is
        // a-z or 0-9 (after lowercasing), the same words the Character test finds.
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split { !$0.isLetter && !$0.isNumber } }
        var words: [Substring] = []
        let utf8 = text.utf8
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let isWordByte = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            if isWordByte {
                if start == nil { start = index }
            } else if let wordStart = start {
                words.append(Substring(utf8[wordStart..<index]))
                start = nil
            }
            index = utf8.index(after: index)
        }
        if let wordStart = start { words.append(Substring(utf8[wordStart..<utf8.endIndex])) }
        return words
    }

    /// The sentence with what a cosmetic edit changes taken out: letter
    /// case, the order of punctuation and emphasis delimiters that touch
    /// (`**Note:**` and `**Note**:` agree), and a colon or full stop at the
    /// end. Equal cosmetic keys and different keys make a cosmetic edit,
    /// which needs no new translation.
    package func cosmeticKey(of index: Int) -> String {
        var output = ""
        var delimiters = ""
        var punctuation = ""
        func flush() {
            output += delimiters + punctuation
            delimiters = ""
            punctuation = ""
        }
        for character in normalizedText(of: index).lowercased() {
            switch character {
            case "*", "_": delimiters.append(character)
            case ".", ",", ":", ";", "!", "?": punctuation.append(character)
            default:
                flush()
                output.append(character)
            }
        }
        if punctuation.hasSuffix(":") { punctuation = punctuation.dropLast() + "." }
        flush()
        return output
    }
}

extension Article {
    /// The article's English as the drift check compares it: rebuilt from the
    /// unit sources, cut into sentences by content (not at unit boundaries),
    /// and normalised for what the localization pipeline rewrites.
    package var normalizedEnglishSentences: [String] {
        let english = EnglishSentences(self)
        return english.indices.map { english.normalizedText(of: $0) }
    }
}

extension TranslationUnit {
    /// The unit's English, normalized as alignment normalizes it: what
    /// identifies the unit's findings across runs, renumbering and locales.
    package var englishIdentity: String {
        EnglishSentences(markdown: rawSource).normalizedText
    }
}
