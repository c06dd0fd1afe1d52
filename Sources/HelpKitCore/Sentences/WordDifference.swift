/// Two versions of a sentence side by side, word by word: the words of the
/// old one that are gone and the words of the new one that came, for showing
/// drift as old → new with the changed words marked.
///
/// The words are diffed the way `SentenceAlignment` diffs sentences, by the
/// standard library's `difference(from:)`, but on the words as written:
/// `EnglishSentences.words(of:)` drops case and punctuation, which decide
/// alignment, while a reader must see exactly what changed.
package struct WordDifference: Sendable, Equatable {
    /// A stretch of one side: words and the spaces between them, changed or kept.
    package struct Run: Sendable, Equatable {
        package var text: String
        package var isChanged: Bool

        package init(_ text: String, isChanged: Bool) {
            self.text = text
            self.isChanged = isChanged
        }
    }

    /// The old text: its runs of removed words marked changed.
    package let old: [Run]
    /// The new text: its runs of inserted words marked changed.
    package let new: [Run]

    package init(old: String, new: String) {
        let oldTokens = Self.tokens(of: old)
        let newTokens = Self.tokens(of: new)
        let difference = SequenceDifference(old: oldTokens.map(\.word), new: newTokens.map(\.word))
        self.old = Self.runs(oldTokens, changed: difference.removed)
        self.new = Self.runs(newTokens, changed: difference.inserted)
    }

    /// A word (letters and digits) or one other character, and the white
    /// space before it. Punctuation stands apart so that a changed link
    /// target does not mark the link text glued to it (`Wizard](https://…)`),
    /// nor a new word the emphasis before it (`**Save** now`).
    private struct Token {
        var space: Substring
        var word: Substring
    }

    private static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            let start = text[index...].firstIndex { !$0.isWhitespace } ?? text.endIndex
            guard start < text.endIndex else {
                tokens.append(Token(space: text[index...], word: ""))
                break
            }
            let end = isWordCharacter(text[start])
                ? text[start...].firstIndex { !isWordCharacter($0) } ?? text.endIndex
                : text.index(after: start)
            tokens.append(Token(space: text[index..<start], word: text[start..<end]))
            index = end
        }
        return tokens
    }

    private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    /// Consecutive tokens of one kind joined; the space between two changed
    /// words is part of the change, the space before a change is not.
    private static func runs(_ tokens: [Token], changed: [Bool]) -> [Run] {
        var runs: [Run] = []
        for (index, token) in tokens.enumerated() {
            let isChanged = changed[index]
            if let last = runs.last, last.isChanged == isChanged {
                runs[runs.count - 1].text += token.space + token.word
            } else {
                if !token.space.isEmpty { append(String(token.space), isChanged: false, to: &runs) }
                runs.append(Run(String(token.word), isChanged: isChanged))
            }
        }
        return runs
    }

    private static func append(_ text: String, isChanged: Bool, to runs: inout [Run]) {
        if let last = runs.last, last.isChanged == isChanged {
            runs[runs.count - 1].text += text
        } else {
            runs.append(Run(text, isChanged: isChanged))
        }
    }
}
