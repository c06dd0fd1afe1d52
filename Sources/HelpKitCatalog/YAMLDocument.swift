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

    /// Reads `path`; an unreadable file or invalid YAML leaves `root` nil and says why.
    init(path: String, code: DiagnosticCode) {
        self.path = path
        self.code = code
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path)
        } catch {
            report(.start, "cannot read: \(error.reason)")
            return
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            report(.start, "the file is not UTF-8 text")
            return
        }
        do {
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _),
                let YamlError.composer(_, problem, mark, _) {
            report(Self.location(mark), "not valid YAML: \(problem)")
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            report(Self.location(context.mark), "the key \(duplicates.joined(separator: ", ")) appears twice")
        } catch {
            report(.start, "not valid YAML: \(error)")
        }
    }

    mutating func report(_ location: SourceLocation, _ message: String, severity: Severity = .error) {
        diagnostics.append(Diagnostic(path: path, location: location, severity: severity, message: message, code: code))
    }

    mutating func report(_ node: Node, _ message: String, severity: Severity = .error) {
        report(Self.location(node.mark), message, severity: severity)
    }

    /// The entries of a mapping node as (key text, key node, value) in file order.
    static func entries(of node: Node) -> [(key: String, keyNode: Node, value: Node)]? {
        guard case let .mapping(mapping) = node else { return nil }
        return mapping.map { key, value in (key.scalar?.string ?? "", key, value) }
    }

    static func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(line: mark?.line ?? 1, column: mark?.column ?? 1, offset: -1)
    }
}
