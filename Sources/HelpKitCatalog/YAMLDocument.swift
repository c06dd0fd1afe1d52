import Yams
import HelpKitCore

/// A YAML file read into Yams nodes, reporting problems at the node they concern.
///
/// The catalog's inputs (`locales/*.yml`, `content/contexts.yml`) are small
/// hand-written files, so every problem becomes a diagnostic with the line
/// and column a person can jump to, under one rule code per file kind.
struct YAMLDocument {
    let path: String
    let code: DiagnosticCode
    private(set) var root: Node?
    private(set) var diagnostics: [Diagnostic] = []
    private var locator = YAMLLocator("")

    /// Reads `path`; an unreadable file or invalid YAML leaves `root` nil and says why.
    init(path: String, code: DiagnosticCode) {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path)
        } catch {
            self.init(path: path, code: code, problem: "cannot read: \(error.reason)")
            return
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            self.init(path: path, code: code, problem: "the file is not UTF-8 text")
            return
        }
        self.init(text: text, path: path, code: code)
    }

    /// A file that could not be read as text: no root, one diagnostic.
    private init(path: String, code: DiagnosticCode, problem: String) {
        self.path = path
        self.code = code
        report(.start, problem)
    }

    /// Reads `text`, named `path` in diagnostics.
    init(text: String, path: String, code: DiagnosticCode) {
        self.path = path
        self.code = code
        locator = YAMLLocator(text)
        do {
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch {
            let problem = locator.problem(error)
            report(problem.location, problem.message)
        }
    }

    mutating func report(_ location: SourceLocation, _ message: String, severity: Severity = .error) {
        diagnostics.append(Diagnostic(path: path, location: location, severity: severity, message: message, code: code))
    }

    mutating func report(_ node: Node, _ message: String, severity: Severity = .error) {
        report(location(node), message, severity: severity)
    }

    /// The entries of a mapping node as (key text, key node, value) in file order.
    static func entries(of node: Node) -> [(key: String, keyNode: Node, value: Node)]? {
        guard case let .mapping(mapping) = node else { return nil }
        return mapping.map { key, value in (key.scalar?.string ?? "", key, value) }
    }

    func location(_ node: Node) -> SourceLocation {
        locator.location(node.mark)
    }
}
