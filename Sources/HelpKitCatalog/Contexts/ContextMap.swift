import Yams
import HelpKitCore

/// `content/contexts.yml`: a host app's action ids bound to help topics.
///
/// ```yaml
/// actions:
///   - action: reset-windows-pin          # the id the host app asks for
///     context: "6700008"                 # a help context id (ms.custom) …
///     article: device-pin-password-reset-from-intune   # … and/or an article slug
///     short-help: "You can reset an existing pin …"   # the English sentence of one unit
///   - action: reset-passcode
///     context: "1278"
///     short-help: {contains: "trigger the reset passcode action"}
/// ```
///
/// A unit is chosen by its English text, never by its id: ids are positional
/// and shift when a sentence is inserted. Reading the file only checks its
/// shape; `ContextMapValidator` checks it against the articles.
public struct ContextMap: Sendable {
    public struct Binding: Hashable, Sendable {
        public var action: String
        public var context: String?
        public var article: String?
        public var shortHelp: UnitSelector?
        /// Where the entry's `action` key stands.
        public var location: SourceLocation
        /// Where each field's value stands, for messages about it.
        public var fieldLocations: [String: SourceLocation]
    }

    /// How an action names the unit that is its short help.
    public enum UnitSelector: Hashable, Sendable {
        /// The unit whose English source is this text (spacing aside).
        case source(String)
        /// The one unit whose English source contains this text.
        case contains(String)
    }

    public var path: String
    public var bindings: [Binding]
    /// Problems with the file's shape, each `path:line:col: error: … [contexts]`.
    public var diagnostics: [Diagnostic]

    public static let ruleCode = DiagnosticCode.contexts
    static let fields = ["action", "context", "article", "short-help"]

    public init(path: String, bindings: [Binding] = [], diagnostics: [Diagnostic] = []) {
        self.path = path
        self.bindings = bindings
        self.diagnostics = diagnostics
    }

    /// Reads `path`; what cannot be read is reported, the good entries kept.
    public static func load(_ path: String) -> ContextMap {
        var document = YAMLDocument(path: path, code: ruleCode)
        var map = ContextMap(path: path)
        if let root = document.root {
            map.bindings = readActions(root, &document)
        }
        map.diagnostics = document.diagnostics
        return map
    }

    private static func readActions(_ root: Node, _ document: inout YAMLDocument) -> [Binding] {
        guard let entries = YAMLDocument.entries(of: root) else {
            document.report(root, "expected a mapping with an actions: list")
            return []
        }
        for entry in entries where entry.key != "actions" {
            document.report(entry.keyNode, "unknown key '\(entry.key)'; the file has one key, actions")
        }
        guard let actions = entries.first(where: { $0.key == "actions" })?.value else {
            document.report(root, "missing actions: a list of {action, context or article, short-help}")
            return []
        }
        guard case let .sequence(list) = actions else {
            document.report(actions, "actions must be a list of entries, each starting with '- action:'")
            return []
        }
        var bindings: [Binding] = []
        var seen: [String: SourceLocation] = [:]
        for item in list {
            guard let binding = readBinding(item, &document) else { continue }
            if let first = seen[binding.action] {
                document.report(binding.fieldLocations["action"] ?? binding.location,
                                "duplicate action id '\(binding.action)' (first bound at line \(first.line)); each action has one topic")
                continue
            }
            seen[binding.action] = binding.location
            bindings.append(binding)
        }
        return bindings
    }

    private static func readBinding(_ item: Node, _ document: inout YAMLDocument) -> Binding? {
        guard let entries = YAMLDocument.entries(of: item) else {
            document.report(item, "malformed entry: expected a mapping such as {action: ID, context: ID}")
            return nil
        }
        var binding = Binding(action: "", location: YAMLDocument.location(item.mark), fieldLocations: [:])
        var valid = true
        for entry in entries {
            binding.fieldLocations[entry.key] = YAMLDocument.location(entry.value.mark)
            switch entry.key {
            case "action", "context", "article":
                guard let text = entry.value.scalar?.string.trimmingSpaces(), !text.isEmpty else {
                    document.report(entry.value, "malformed entry: \(entry.key) must be a non-empty text or number")
                    valid = false
                    continue
                }
                switch entry.key {
                case "action": binding.action = text
                case "context": binding.context = text
                default: binding.article = text
                }
            case "short-help":
                binding.shortHelp = selector(entry.value, &document)
                valid = valid && binding.shortHelp != nil
            default:
                let suggestion = fields.first { editDistance($0, entry.key) <= 2 }.map { " (did you mean '\($0)'?)" } ?? ""
                document.report(entry.keyNode, "malformed entry: unknown key '\(entry.key)'\(suggestion); expected \(fields.joined(separator: ", "))")
                valid = false
            }
        }
        if binding.action.isEmpty, binding.fieldLocations["action"] == nil {
            document.report(item, "malformed entry: missing action, the id the host app asks for")
            return nil
        }
        if valid, binding.context == nil, binding.article == nil {
            document.report(item, "malformed entry: action '\(binding.action)' needs a context or an article")
            valid = false
        }
        if valid, !binding.action.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit || "-_.".contains($0) }) {
            document.report(binding.fieldLocations["action"] ?? binding.location,
                            "malformed entry: action id '\(binding.action)' may use only letters, digits, '-', '_' and '.'")
            valid = false
        }
        return valid && !binding.action.isEmpty ? binding : nil
    }

    private static func selector(_ node: Node, _ document: inout YAMLDocument) -> UnitSelector? {
        if let text = node.scalar?.string.trimmingSpaces(), !text.isEmpty { return .source(text) }
        if let entries = YAMLDocument.entries(of: node), entries.count == 1, entries[0].key == "contains",
           let text = entries[0].value.scalar?.string.trimmingSpaces(), !text.isEmpty {
            return .contains(text)
        }
        document.report(node, "malformed entry: short-help must be the English sentence of a unit, or {contains: TEXT}")
        return nil
    }

    /// Levenshtein distance, for suggesting the key a typo meant.
    private static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs), right = Array(rhs)
        var previous = Array(0...right.count)
        for (i, leftCharacter) in left.enumerated() {
            var current = [i + 1]
            for (j, rightCharacter) in right.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (leftCharacter == rightCharacter ? 0 : 1)))
            }
            previous = current
        }
        return previous[right.count]
    }
}
