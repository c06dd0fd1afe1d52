import Foundation
import HelpKitCore
internal import _FoundationICU

/// How a language writes a number other than in digits, from CLDR data: in
/// words, cardinal or ordinal, in any gender (`zehn`, `tolv`, `tolfte`,
/// `vingt-cinquième`, `trente millions`), through ICU's spell-out rule sets;
/// in its compact form (`25万`, `3000万`, `250 k`) or as a duration in a
/// larger unit (`24 hours` as `ett dygn`, `1 jour`), through Foundation.
///
/// No word lists of our own: a language ICU knows is covered as it is.
struct NumberWording {
    private let locale: Locale
    private let withoutSpaces: Bool

    init(_ tag: LocaleTag) {
        locale = Locale(identifier: tag.identifier)
        withoutSpaces = tag.writesWithoutSpaces
    }

    /// `text` writes `value` in words or in compact form.
    func writes(_ value: UInt64, in text: String) -> Bool {
        guard let number = Int(exactly: value) else { return false }
        if spelledOut(Int64(number)).contains(where: { contains(word: Self.folded($0), in: text) }) { return true }
        let compact = Self.withoutSpace(number.formatted(.number.notation(.compactName).locale(locale)).lowercased())
        return compact.contains { !$0.isASCII || $0.isLetter } && Self.withoutSpace(Self.folded(text)).contains(compact)
    }

    /// `text` writes a duration of `seconds` in the largest unit that holds
    /// it whole (`86400` as `ett dygn`, `1 jour`, `1日`), when that unit is
    /// larger than the one the English used.
    func writesDuration(seconds: Int64, englishUnit: Duration.UnitsFormatStyle.Unit, in text: String) -> Bool {
        let units: [(unit: Duration.UnitsFormatStyle.Unit, seconds: Int64)] = [
            (.weeks, 604_800), (.days, 86_400), (.hours, 3_600), (.minutes, 60),
        ]
        guard let larger = units.first(where: { seconds % $0.seconds == 0 }),
              let english = units.first(where: { $0.unit == englishUnit }), larger.seconds > english.seconds else { return false }
        let written = Duration.seconds(seconds).formatted(.units(allowed: [larger.unit], width: .wide).locale(locale))
        // The unit's name without the count: `dygn`, `jour`, `日`.
        let name = Self.folded(String(written.filter { !($0.isASCII && $0.isNumber) }))
        let count = seconds / larger.seconds
        return !name.isEmpty && contains(word: name, in: text)
            && (count == 1 || Self.folded(text).contains(String(count)) || writes(UInt64(count), in: text))
    }

    /// `value` in every public spell-out rule set ICU has for the locale
    /// (`%spellout-cardinal-neuter`, `%spellout-ordinal-masculine`, …).
    private func spelledOut(_ value: Int64) -> [String] {
        var status = U_ZERO_ERROR
        guard let formatter = swift_unum_open(UNUM_SPELLOUT, nil, 0, locale.identifier, nil, &status), status.rawValue <= 0
        else { return [] }
        defer { swift_unum_close(formatter) }
        var names = [UChar](repeating: 0, count: 2048)
        let length = swift_unum_getTextAttribute(formatter, UNUM_PUBLIC_RULESETS, &names, Int32(names.count), &status)
        guard status.rawValue <= 0 else { return [] }
        return String(decoding: names.prefix(Int(length)), as: UTF16.self).split(separator: ";").compactMap { name in
            var status = U_ZERO_ERROR
            let ruleSet = Array(name.utf16)
            swift_unum_setTextAttribute(formatter, UNUM_DEFAULT_RULESET, ruleSet, Int32(ruleSet.count), &status)
            var words = [UChar](repeating: 0, count: 512)
            let count = swift_unum_formatInt64(formatter, value, &words, Int32(words.count), nil, &status)
            return status.rawValue <= 0 ? String(decoding: words.prefix(Int(count)), as: UTF16.self) : nil
        }
    }

    /// `text` has a word that starts with `words` (anywhere, in a language
    /// written without spaces).
    private func contains(word words: String, in text: String) -> Bool {
        guard !words.isEmpty else { return false }
        let folded = Self.folded(text)
        return withoutSpaces ? folded.contains(words) : " \(folded)".contains(" \(words)")
    }

    /// Lower case, soft hyphens gone, hyphens and punctuation read as spaces,
    /// runs of space as one: how spelled numbers are compared.
    private static func folded(_ text: String) -> String {
        let words = text.lowercased().unicodeScalars.filter { $0 != "\u{AD}" }.split { scalar in
            scalar.properties.isWhitespace || scalar.isASCII && scalar.properties.generalCategory.isPunctuation
        }
        return words.map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
    }

    private static func withoutSpace(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }
}

private extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }
}
