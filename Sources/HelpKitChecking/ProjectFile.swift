import Yams
import HelpKitCore

/// Reads a project file, `.helpkit.yml`, into a `CheckConfiguration`.
///
/// ```yaml
/// rules:
///   untranslated: warning        # off | error | warning | info
///   machine-translation: off
/// do_not_translate:
///   "*": [Intune, Microsoft 365]
///   ja-JP: [PIN]
/// exclude:
///   - "*/includes/*"
/// reference: sv-SE
/// ```
///
/// A typo must not silently turn a rule back on, so every unknown key, rule
/// or value is an error with its line and column, and all of them are reported
/// at once.
public enum ProjectFile {
    /// The file `helpkit check` looks for in the current folder.
    public static let defaultName = ".helpkit.yml"
    /// The diagnostic code of every problem in a project file.
    public static let diagnosticCode = DiagnosticCode.config

    /// The project file is not valid; each diagnostic says where and why.
    public struct Invalid: Error, CustomStringConvertible {
        public var diagnostics: [Diagnostic]
        public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
    }

    /// Reads and parses the project file at `path`.
    public static func load(_ path: String, rules: [RuleDescription] = RuleRegistry.all) throws(Invalid) -> CheckConfiguration {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path)
        } catch {
            throw Invalid(diagnostics: [error.diagnostic(diagnosticCode)])
        }
        return try parse(String(decoding: bytes, as: UTF8.self), path: path, rules: rules)
    }

    /// Parses project-file text; `path` is only used in diagnostics. Rule
    /// identifiers are checked against `rules`.
    public static func parse(_ yaml: String, path: String,
                             rules: [RuleDescription] = RuleRegistry.all) throws(Invalid) -> CheckConfiguration {
        var reader = Reader(path: path, rules: rules, locator: YAMLLocator(yaml))
        do {
            if let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8) { reader.read(root) }
        } catch {
            let problem = reader.locator.problem(error)
            reader.fail(at: problem.location, problem.message)
        }
        guard reader.diagnostics.isEmpty else { throw Invalid(diagnostics: reader.diagnostics) }
        return reader.configuration
    }
}

/// Walks the composed YAML, collecting the configuration and every problem.
private struct Reader {
    let path: String
    let rules: [String: RuleDescription]
    let locator: YAMLLocator
    var configuration = CheckConfiguration()
    var diagnostics: [Diagnostic] = []

    static let sections = ["rules", "do_not_translate", "exclude", "reference"]

    init(path: String, rules: [RuleDescription], locator: YAMLLocator) {
        self.path = path
        self.locator = locator
        self.rules = Dictionary(rules.map { ($0.identifier, $0) }) { first, _ in first }
    }

    mutating func read(_ root: Node) {
        guard case let .mapping(mapping) = root else {
            return fail(at: root, "expected a mapping of \(Self.sections.joined(separator: ", "))")
        }
        for (key, value) in mapping {
            // A section left empty (its entries commented out) sets nothing.
            if Self.sections.contains(key.scalar?.string ?? ""), value.scalar?.string.isEmpty == true { continue }
            switch key.scalar?.string {
            case "rules": readRules(value)
            case "do_not_translate": readTerms(value)
            case "exclude": configuration.excludes = strings(value, "exclude")
            case "reference": readReference(value)
            default: fail(at: key, "unknown key \(quoted(key))\(suggestion(for: key, among: Self.sections)); "
                + "the keys are \(Self.sections.joined(separator: ", "))")
            }
        }
    }

    private mutating func readRules(_ node: Node) {
        guard case let .mapping(mapping) = node else {
            return fail(at: node, "rules: expected a mapping of rule ids to off, error, warning or info")
        }
        for (key, value) in mapping {
            guard let identifier = key.scalar?.string, rules[identifier] != nil else {
                fail(at: key, "unknown rule \(quoted(key))\(suggestion(for: key, among: rules.keys.sorted())); "
                    + "`helpkit rules` lists them")
                continue
            }
            switch value.scalar?.string.lowercased() {
            case "off":
                configuration.disabledRules.insert(identifier)
            case let setting? where Severity(rawValue: setting) != nil:
                configuration.severities[identifier] = Severity(rawValue: setting)
            default:
                fail(at: value, "rules.\(identifier): expected off, error, warning or info, not \(quoted(value))")
            }
        }
    }

    private mutating func readTerms(_ node: Node) {
        guard case let .mapping(mapping) = node else {
            return fail(at: node, "do_not_translate: expected a mapping of locales (or \"*\") to lists of terms")
        }
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            guard let locale = name == "*" ? "*" : LocaleTag(name)?.identifier else {
                fail(at: key, "do_not_translate: \(quoted(key)) is not a locale such as ja-JP, nor \"*\" for every locale")
                continue
            }
            configuration.doNotTranslate[locale, default: []] += strings(value, "do_not_translate.\(name)")
        }
    }

    private mutating func readReference(_ node: Node) {
        guard let text = node.scalar?.string, let locale = LocaleTag(text) else {
            return fail(at: node, "reference: expected a locale such as sv-SE, not \(quoted(node))")
        }
        configuration.reference = locale
    }

    /// A list of strings, or one string standing for a list of one.
    private mutating func strings(_ node: Node, _ setting: String) -> [String] {
        switch node {
        case let .scalar(scalar) where !scalar.string.isEmpty:
            return [scalar.string]
        case let .sequence(items):
            return items.compactMap { item in
                guard let text = item.scalar?.string, !text.isEmpty else {
                    fail(at: item, "\(setting): expected a string, not \(quoted(item))")
                    return nil
                }
                return text
            }
        default:
            fail(at: node, "\(setting): expected a list of strings")
            return []
        }
    }

    mutating func fail(at node: Node, _ message: String) {
        fail(at: locator.location(node.mark), message)
    }

    mutating func fail(at location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(path: path, location: location, severity: .error, message: message,
                                      code: ProjectFile.diagnosticCode))
    }

    private func quoted(_ node: Node) -> String {
        switch node {
        case let .scalar(scalar): scalar.string.isEmpty ? "an empty value" : "`\(TerminalText.sanitize(scalar.string, keepingNewlines: false))`"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }

    /// ` (did you mean `untranslated`?)` when one name is a small typo away.
    private func suggestion(for key: Node, among names: [String]) -> String {
        guard let typed = key.scalar?.string, !typed.isEmpty else { return "" }
        let limit = max(1, typed.count / 3)
        let nearest = names.map { ($0, EditDistance.between(typed, $0)) }.filter { $0.1 <= limit }.min { $0.1 < $1.1 }
        return nearest.map { " (did you mean `\($0.0)`?)" } ?? ""
    }
}

/// Levenshtein distance, for "did you mean" suggestions on short names.
enum EditDistance {
    static func between(_ first: String, _ second: String) -> Int {
        let first = Array(first.unicodeScalars)
        let second = Array(second.unicodeScalars)
        var previous = Array(0...second.count)
        for (row, character) in first.enumerated() {
            var current = [row + 1]
            for (column, other) in second.enumerated() {
                current.append(min(previous[column + 1] + 1, current[column] + 1,
                                   previous[column] + (character == other ? 0 : 1)))
            }
            previous = current
        }
        return previous[second.count]
    }
}
