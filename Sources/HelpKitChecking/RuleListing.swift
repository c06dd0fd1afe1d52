import HelpKitCore

/// The list of rules for people and tools: `helpkit rules` prints it, and the
/// README's rule table is its markdown form, generated, never hand-written.
public enum RuleListing {
    public enum Format: String, CaseIterable, Sendable {
        case text
        case markdown
        case json
    }

    public static func render(_ rules: [RuleDescription], as format: Format) -> String {
        switch format {
        case .text: text(rules)
        case .markdown: markdown(rules)
        case .json: json(rules)
        }
    }

    /// Aligned columns: identifier, name, category, default severity, description.
    package static func text(_ rules: [RuleDescription]) -> String {
        let rows = [["rule", "name", "category", "default", "description"]] + rules.map(cells)
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            zip(row, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
                + "  " + row[4]
        }.joined(separator: "\n") + "\n"
    }

    /// A GitHub-flavoured markdown table, as it stands in the README.
    static func markdown(_ rules: [RuleDescription]) -> String {
        var table = "| rule | name | category | default | description |\n| --- | --- | --- | --- | --- |\n"
        for rule in rules {
            let cells = cells(rule).map { $0.replacingAll("|", with: "\\|") }
            table += "| `\(cells[0])` | \(cells[1]) | \(cells[2]) | \(cells[3]) | \(cells[4]) |\n"
        }
        return table
    }

    static func json(_ rules: [RuleDescription]) -> String {
        JSONDocument.lines(rules.map { rule in
            Record(identifier: rule.identifier, name: rule.name, category: rule.category.rawValue,
                   defaultSeverity: defaultSetting(rule), description: rule.description)
        }) + "\n"
    }

    private static func cells(_ rule: RuleDescription) -> [String] {
        [rule.identifier, rule.name, rule.category.rawValue, defaultSetting(rule), rule.description]
    }

    /// `warning`, or `off (info)` for an opt-in rule: off until the project file names a severity.
    private static func defaultSetting(_ rule: RuleDescription) -> String {
        rule.isOptIn ? "off (\(rule.defaultSeverity.rawValue))" : rule.defaultSeverity.rawValue
    }

    private struct Record: Encodable {
        var identifier: String
        var name: String
        var category: String
        var defaultSeverity: String
        var description: String
    }
}
