/// The YAML header of an article, kept as entries in file order.
///
/// The typed accessors read the keys the localization pipeline writes; the
/// entries keep every key, with its position, for the front-matter checks.
public struct FrontMatter: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var key: String
        public var value: Value
        /// Where the key stands in the file.
        public var location: SourceLocation

        package init(key: String, value: Value, location: SourceLocation) {
            self.key = key
            self.value = value
            self.location = location
        }
    }

    public enum Value: Hashable, Sendable {
        /// A scalar and whether it was quoted (`"1278"` versus `1278`).
        case scalar(String, quoted: Bool)
        /// A list of scalars; nested collections are not kept.
        case list([String])
        /// A mapping or anything else a help article has no use for.
        case other
    }

    /// The YAML text between the `---` lines.
    public var yaml: String
    /// The byte range of `yaml` in the file.
    public var range: Range<Int>
    /// Where the YAML text starts.
    public var location: SourceLocation
    /// Empty when the YAML did not parse (see `parseError`).
    public var entries: [Entry]
    /// Why the YAML did not parse, as the YAML parser said it.
    public var parseError: String?

    public init(yaml: String, range: Range<Int>, location: SourceLocation, entries: [Entry], parseError: String?) {
        self.yaml = yaml
        self.range = range
        self.location = location
        self.entries = entries
        self.parseError = parseError
    }

    public subscript(key: String) -> Value? { entries.first { $0.key == key }?.value }

    public func string(_ key: String) -> String? {
        if case let .scalar(text, _)? = self[key] { return text }
        return nil
    }

    public var title: String? { string("title") }
    public var contentLocale: String? { string("ms.contentlocale") }
    public var translationType: TranslationType? { string("ms.translationtype").map(TranslationType.init) }
    /// `ms.openlocfilehash`: a hash of the whole English file, front matter included.
    public var sourceFileHash: String? { string("ms.openlocfilehash") }
    /// `ms.sourcegitcommit`: the English repository's commit the translation started from.
    public var sourceCommit: String? { string("ms.sourcegitcommit") }
    /// `ms.lasthandoff`: when the English text was handed off for translation.
    public var lastHandoff: CalendarDate? { string("ms.lasthandoff").flatMap(CalendarDate.init(usDate:)) }
    public var locFileID: String? { string("ms.locfileid") }

    /// The key under which `helpkit update` lists the units it gave their
    /// English as a stand-in translation: the one sign that tells a sentence
    /// still to be translated from a name or command a translator kept in English.
    public static let untranslatedUnitsKey = "helpkit.untranslated"

    /// The ids of `helpkit.untranslated` (`[a1b2c-104, a1b2c-107]`).
    public var untranslatedUnits: Set<String> {
        switch self[Self.untranslatedUnitsKey] {
        case let .scalar(text, _)?: text.isEmpty ? [] : [text]
        case let .list(items)?: Set(items)
        case .other?, nil: []
        }
    }

    /// The help context ids of `ms.custom`, in any of the forms it takes.
    public var contextIDs: [String] {
        switch self["ms.custom"] {
        case let .scalar(text, _)?: text.isEmpty ? [] : [text]
        case let .list(items)?: items
        case .other?, nil: []
        }
    }
}

/// `ms.translationtype`: `HT` for human, `MT` for machine translation.
public enum TranslationType: Hashable, Sendable, CustomStringConvertible {
    case human
    case machine
    case other(String)

    public init(_ code: String) {
        switch code.uppercased() {
        case "HT": self = .human
        case "MT": self = .machine
        default: self = .other(code)
        }
    }

    public var description: String {
        switch self {
        case .human: "HT"
        case .machine: "MT"
        case let .other(code): code
        }
    }
}

/// A day as the front matter writes it (`09/14/2020` or `9/14/2020`).
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `M/D/YYYY` or `MM/DD/YYYY`; nil for anything else or an impossible day.
    public init?(usDate text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              parts[2].count == 4, let month = Int(parts[0]), let day = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var description: String {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
