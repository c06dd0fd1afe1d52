import Yams

/// Reads the `---` fenced YAML header at the start of an article through Yams.
///
/// Only top-level keys are turned into entries: a help article has no use for
/// nested values, and never walking into them keeps an alias bomb harmless.
struct FrontMatterParser {
    struct Result {
        var frontMatter: FrontMatter
        /// The line of the closing `---`: lines up to it are front matter.
        var lastLine: Int
        var problem: (location: SourceLocation, message: String)?
    }

    private static let fence = StaticPattern("---")

    /// `Constructor.default` builds three dictionaries on every use. Composing never
    /// constructs values (every scalar stays a string), and a Constructor's maps are
    /// immutable, so one instance serves every thread.
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// Nil when the file has no front matter, or its closing fence is missing
    /// (reported through `unclosed`).
    static func parse(_ bytes: Bytes, lines: inout LineIndex, unclosed: (SourceLocation) -> Void) -> Result? {
        guard isFence(line: 1, bytes, lines) else { return nil }
        guard let closingLine = (2...max(2, lines.lineCount)).first(where: { $0 <= lines.lineCount && isFence(line: $0, bytes, lines) })
        else {
            unclosed(.start)
            return nil
        }
        let start = lines.range(ofLine: 2).lowerBound
        let end = lines.range(ofLine: closingLine).lowerBound
        let yaml = bytes.string(start..<end)
        let location = lines.location(of: start)
        var entries: [FrontMatter.Entry] = []
        var problem: (SourceLocation, String)?
        do {
            entries = try Self.entries(of: yaml, startingAt: location.line)
        } catch {
            problem = Self.describe(error, yamlStartLine: location.line)
        }
        let frontMatter = FrontMatter(yaml: yaml, range: start..<end, location: location,
                                      entries: entries, parseError: problem?.1)
        return Result(frontMatter: frontMatter, lastLine: closingLine, problem: problem)
    }

    private static func isFence(line: Int, _ bytes: Bytes, _ lines: LineIndex) -> Bool {
        let range = lines.range(ofLine: line)
        guard bytes.hasPrefix(fence, at: range.lowerBound) else { return false }
        return (range.lowerBound + 3..<range.upperBound).allSatisfy { bytes[$0] == .space || bytes[$0] == .tab }
    }

    private static func entries(of yaml: String, startingAt firstLine: Int) throws -> [FrontMatter.Entry] {
        // Every value is read as a string, so no implicit-type rules (regular
        // expressions, most of the cost of a parse) need to run.
        guard let root = try Yams.compose(yaml: yaml, .basic, Self.constructor, .utf8) else { return [] }
        guard case let .mapping(mapping) = root else {
            throw FrontMatterShapeError(line: root.mark?.line ?? 1, column: root.mark?.column ?? 1)
        }
        // By index: iterating a Yams mapping directly first copies all its pairs into a new array.
        return mapping.indices.compactMap { index -> FrontMatter.Entry? in
            let (key, value) = mapping[index]
            guard case let .scalar(keyScalar) = key else { return nil }
            return FrontMatter.Entry(
                key: keyScalar.string,
                value: Self.value(of: value),
                location: SourceLocation(line: firstLine + (keyScalar.mark?.line ?? 1) - 1,
                                         column: keyScalar.mark?.column ?? 1, offset: -1)
            )
        }
    }

    private static func value(of node: Node) -> FrontMatter.Value {
        switch node {
        case let .scalar(scalar):
            return .scalar(scalar.string, quoted: scalar.style == .singleQuoted || scalar.style == .doubleQuoted)
        case let .sequence(sequence):
            return .list(sequence.compactMap { $0.scalar?.string })
        case .mapping, .alias:
            return .other
        }
    }

    private static func describe(_ error: Error, yamlStartLine: Int) -> (SourceLocation, String) {
        func at(_ mark: Mark) -> SourceLocation { at(line: mark.line, column: mark.column) }
        func at(line: Int, column: Int) -> SourceLocation {
            SourceLocation(line: yamlStartLine + line - 1, column: column, offset: -1)
        }
        let fallback = SourceLocation(line: yamlStartLine, column: 1, offset: -1)
        switch error {
        case let YamlError.scanner(context, problem, mark, _), let YamlError.parser(context, problem, mark, _),
             let YamlError.composer(context, problem, mark, _):
            let detail = context.map { "\($0.text) " } ?? ""
            return (at(mark), "front matter is not valid YAML: \(detail)\(problem)")
        case let shape as FrontMatterShapeError:
            return (at(line: shape.line, column: shape.column), "front matter is not a YAML mapping of keys to values")
        case let YamlError.duplicatedKeysInMapping(duplicates, context):
            return (at(context.mark), "front matter repeats the key \(duplicates.joined(separator: ", "))")
        default:
            return (fallback, "front matter is not valid YAML: \(error)")
        }
    }
}

private struct FrontMatterShapeError: Error {
    var line: Int
    var column: Int
}
