import HelpKitCore

/// How far each locale of a help set is: articles, units, English words,
/// and how many units are translated, untranslated or drifted.
///
/// Feed it every article (`add(_:)`) and the checker's findings
/// (`count(_:)`): untranslated and drifted units are what the `untranslated`
/// and `source-drift` rules report, so the numbers agree with `helpkit check`.
public struct ContentStatistics: Sendable {
    public static let untranslatedRule = "untranslated"
    public static let driftRule = "source-drift"
    /// The row of articles whose locale is known neither from the front matter nor from a folder.
    public static let unknownLocale = "(unknown)"

    private var rowsByLocale: [String: LocaleStatistics] = [:]
    private var untranslated: [String: Set<UnitPlace>] = [:]
    private var drifted: [String: Set<UnitPlace>] = [:]

    public init() {}

    public mutating func add(_ article: Article) {
        let locale = article.locale?.identifier ?? Self.unknownLocale
        rowsByLocale[locale, default: LocaleStatistics(locale: locale)].add(article)
    }

    /// Adds the articles `other` was given; findings are counted once, on the whole.
    public mutating func merge(_ other: ContentStatistics) {
        rowsByLocale.merge(other.rowsByLocale) { mine, theirs in mine.adding(theirs) }
    }

    /// Counts each unit an `untranslated` or `source-drift` finding points at, once.
    public mutating func count(_ findings: some Sequence<Finding>) {
        for finding in findings {
            let locale = finding.locale?.identifier ?? Self.unknownLocale
            let place = UnitPlace(path: finding.path, line: finding.location.line, column: finding.location.column)
            switch finding.ruleID {
            case Self.untranslatedRule: untranslated[locale, default: []].insert(place)
            case Self.driftRule: drifted[locale, default: []].insert(place)
            default: break
            }
        }
    }

    /// One row per locale, sorted by locale.
    public var rows: [LocaleStatistics] {
        Set(rowsByLocale.keys).union(untranslated.keys).union(drifted.keys).sorted().map { locale in
            var row = rowsByLocale[locale] ?? LocaleStatistics(locale: locale)
            row.untranslatedUnits = untranslated[locale]?.count ?? 0
            row.driftedUnits = drifted[locale]?.count ?? 0
            return row
        }
    }

    /// Every locale added up.
    public var total: LocaleStatistics {
        rows.reduce(LocaleStatistics(locale: "total")) { $0.adding($1) }
    }

    private struct UnitPlace: Hashable, Sendable {
        var path: String
        var line: Int
        var column: Int
    }
}

/// The figures of one locale.
public struct LocaleStatistics: Sendable, Hashable {
    public var locale: String
    public var articles = 0
    public var units = 0
    /// Words of the English sources of the units.
    public var sourceWords = 0
    public var untranslatedUnits = 0
    /// Units translated from English that has changed since.
    public var driftedUnits = 0
    /// Articles with `ms.translationtype: HT`.
    public var humanTranslated = 0
    /// Articles with `ms.translationtype: MT`.
    public var machineTranslated = 0

    public init(locale: String) {
        self.locale = locale
    }

    /// These figures and `other`'s added up, under this row's locale.
    func adding(_ other: LocaleStatistics) -> LocaleStatistics {
        var sum = self
        sum.articles += other.articles
        sum.units += other.units
        sum.sourceWords += other.sourceWords
        sum.untranslatedUnits += other.untranslatedUnits
        sum.driftedUnits += other.driftedUnits
        sum.humanTranslated += other.humanTranslated
        sum.machineTranslated += other.machineTranslated
        return sum
    }

    /// Units with a translation of their own (drifted ones included).
    public var translatedUnits: Int { max(0, units - untranslatedUnits) }

    mutating func add(_ article: Article) {
        articles += 1
        units += article.units.count
        sourceWords += article.units.reduce(0) { $0 + Self.wordCount($1.source) }
        switch article.frontMatter?.translationType {
        case .human?: humanTranslated += 1
        case .machine?: machineTranslated += 1
        case .other?, nil: break
        }
    }

    /// Whitespace-separated tokens with a letter or digit in them, the way
    /// translation vendors count English words.
    /// Read scalar by scalar, ASCII without a property lookup: every unit of
    /// every article goes through here when a report counts statistics.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var counted = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isSpace: Bool
            let isWordCharacter: Bool
            if scalar.isASCII {
                isSpace = value == 0x20 || (0x09...0x0D).contains(value)
                isWordCharacter = (0x30...0x39).contains(value) || (0x61...0x7A).contains(value | 0x20)
            } else {
                isSpace = scalar.properties.isWhitespace
                isWordCharacter = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            }
            if isSpace {
                counted = false
            } else if isWordCharacter, !counted {
                count += 1
                counted = true
            }
        }
        return count
    }
}
