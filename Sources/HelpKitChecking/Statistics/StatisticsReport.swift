import HelpKitCore

/// `helpkit stats` output: a table for people, JSON or CSV for spreadsheets and scripts.
public enum StatisticsFormat: String, CaseIterable, Sendable {
    case text
    case json
    case csv
}

extension ContentStatistics {
    /// The columns, in order: their CSV and JSON names, their text headings and values.
    private static let columns: [(key: String, heading: String, value: @Sendable (LocaleStatistics) -> Int)] = [
        ("articles", "articles", \.articles),
        ("units", "units", \.units),
        ("source_words", "source words", \.sourceWords),
        ("translated", "translated", \.translatedUnits),
        ("untranslated", "untranslated", \.untranslatedUnits),
        ("drifted", "drifted", \.driftedUnits),
        ("human_translated", "HT", \.humanTranslated),
        ("machine_translated", "MT", \.machineTranslated),
    ]

    public func render(_ format: StatisticsFormat) -> String {
        switch format {
        case .text: textTable()
        case .json: json()
        case .csv: csv()
        }
    }

    /// Right-aligned numbers under their headings, a total row last.
    private func textTable() -> String {
        let table = rows + [total]
        let localeWidth = max(6, table.map { TerminalText.sanitize($0.locale, keepingNewlines: false).count }.max() ?? 0)
        let widths = Self.columns.map { column in max(column.heading.count, table.map { String(column.value($0)).count }.max() ?? 0) }
        func line(_ first: String, _ cells: [String]) -> String {
            let padded = zip(cells, widths).map { String(repeating: " ", count: $1 - $0.count) + $0 }
            return ([first + String(repeating: " ", count: localeWidth - first.count)] + padded).joined(separator: "  ") + "\n"
        }
        var output = line("locale", Self.columns.map(\.heading))
        for row in table { output += line(TerminalText.sanitize(row.locale, keepingNewlines: false), Self.columns.map { String($0.value(row)) }) }
        return output
    }

    private func csv() -> String {
        var output = (["locale"] + Self.columns.map(\.key)).joined(separator: ",") + "\n"
        for row in rows {
            output += ([Self.csvField(row.locale)] + Self.columns.map { String($0.value(row)) }).joined(separator: ",") + "\n"
        }
        return output
    }

    /// RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    private func json() -> String {
        func record(_ row: LocaleStatistics) -> [String: JSONScalar] {
            var record = ["locale": JSONScalar.string(row.locale)]
            for column in Self.columns { record[column.key] = .number(column.value(row)) }
            return record
        }
        return JSONDocument.object([
            ("locales", JSONDocument.lines(rows.map(record))),
            ("total", JSONDocument.compact(record(total))),
        ]) + "\n"
    }
}

/// A string or a number, for records whose keys are data, not a fixed struct.
enum JSONScalar: Encodable {
    case string(String)
    case number(Int)

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .string(text): try container.encode(text)
        case let .number(value): try container.encode(value)
        }
    }
}
