import HelpKitCore

/// How much of a new English the existing translations already cover, per
/// locale: the analysis vendors quote translation cost from (Trados and
/// memoQ call it that). Each sentence of each updated article counts once,
/// in units and in English words: exact, fuzzy in bands, or new; a sentence
/// that would need work but already came up earlier in the locale is a
/// repetition, translated once.
public struct LeverageReport: Sendable {
    public enum Category: String, CaseIterable, Sendable {
        case exact
        case fuzzy95 = "fuzzy 95-99"
        case fuzzy85 = "fuzzy 85-94"
        case fuzzy75 = "fuzzy 75-84"
        case new
        case repetition
    }

    public struct Count: Sendable, Hashable {
        public var units: Int
        public var words: Int

        public init(units: Int = 0, words: Int = 0) {
            self.units = units
            self.words = words
        }
    }

    public struct Row: Sendable {
        public var locale: String
        public var articles = 0
        public var counts: [Category: Count] = [:]

        public subscript(category: Category) -> Count { counts[category] ?? Count() }
    }

    private var rowsByLocale: [String: Row] = [:]
    private var seen: [String: Set<String>] = [:]

    public init() {}

    /// Counts the sentences of one updated article of `locale`.
    public mutating func add(_ update: ArticleUpdate, locale: String) {
        var row = rowsByLocale[locale] ?? Row(locale: locale)
        row.articles += 1
        for sentence in update.sentences {
            var category = Self.category(of: sentence.match)
            if category != .exact, !seen[locale, default: []].insert(sentence.key).inserted { category = .repetition }
            row.counts[category, default: Count()].units += 1
            row.counts[category, default: Count()].words += sentence.words
        }
        rowsByLocale[locale] = row
    }

    private static func category(of match: ArticleUpdate.SentenceOutcome.Match) -> Category {
        switch match {
        case .exact: .exact
        case let .fuzzy(similarity) where similarity >= 0.95: .fuzzy95
        case let .fuzzy(similarity) where similarity >= 0.85: .fuzzy85
        case .fuzzy: .fuzzy75
        case .new: .new
        }
    }

    /// One row per locale, sorted.
    public var rows: [Row] { rowsByLocale.keys.sorted().compactMap { rowsByLocale[$0] } }

    /// Every locale added up.
    public var total: Row {
        rows.reduce(into: Row(locale: "total")) { total, row in
            total.articles += row.articles
            for (category, count) in row.counts {
                total.counts[category, default: Count()].units += count.units
                total.counts[category, default: Count()].words += count.words
            }
        }
    }

    /// A table for people: units and words per category, a total row last.
    public func text() -> String {
        let header = ["locale", "articles"] + Category.allCases.map(\.rawValue)
        let body = (rows + [total]).map { row in
            [row.locale, String(row.articles)] + Category.allCases.map { "\(row[$0].units) / \(row[$0].words)" }
        }
        let widths = header.indices.map { column in ([header] + body).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == 0 ? cell + String(repeating: " ", count: widths[0] - cell.count)
                    : String(repeating: " ", count: widths[index] - cell.count) + cell
            }.joined(separator: "  ")
        }
        return ([line(header)] + body.map(line)).joined(separator: "\n") + "\n(units / English words)\n"
    }

    /// `locale,articles,category,units,words`, a total row per category last.
    public func csv() -> String {
        var lines = ["locale,articles,category,units,words"]
        for row in rows + [total] {
            for category in Category.allCases {
                lines.append("\(row.locale),\(row.articles),\(category.rawValue),\(row[category].units),\(row[category].words)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"locales": [...], "total": {...}}`, each row with its counts by category.
    public func json() -> String {
        struct Record: Encodable {
            var locale: String
            var articles: Int
            var categories: [String: [String: Int]]
        }
        func record(_ row: Row) -> Record {
            Record(locale: row.locale, articles: row.articles, categories: Dictionary(uniqueKeysWithValues: Category.allCases.map {
                ($0.rawValue, ["units": row[$0].units, "words": row[$0].words])
            }))
        }
        return JSONDocument.object([("locales", JSONDocument.lines(rows.map(record))), ("total", JSONDocument.compact(record(total)))]) + "\n"
    }
}
