import Yams

/// Reads the `---` fenced YAML header at the start of an article through Yams.
///
/// Only top-level keys are turned into entries: a help article has no use for
/// nested values, and never walking into them keeps an alias bomb harmless.
struct FrontMatterParser {
    struct Result {
        var frontMatter: FrontMatter?
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
    /// With `readingValues` false, only the fences are found: the result has
    /// the closing line and no front matter.
    static func parse(_ bytes: Bytes, lines: inout LineIndex, readingValues: Bool = true,
                      unclosed: (SourceLocation) -> Void) -> Result? {
        guard isFence(line: 1, bytes, lines) else { return nil }
        guard let closingLine = (2...max(2, lines.lineCount)).first(where: { $0 <= lines.lineCount && isFence(line: $0, bytes, lines) })
        else {
            unclosed(.start)
            return nil
        }
        guard readingValues else { return Result(frontMatter: nil, lastLine: closingLine, problem: nil) }
        let start = lines.range(ofLine: 2).lowerBound
        let end = lines.range(ofLine: closingLine).lowerBound
        let yaml = bytes.string(start..<end)
        let location = lines.location(of: start)
        let locator = YAMLLocator(yaml, origin: location)
        var entries: [FrontMatter.Entry] = []
        var problem: (SourceLocation, String)?
        do {
            entries = try Self.entries(of: yaml, locator)
        } catch {
            problem = Self.describe(error, locator)
        }
        let frontMatter = FrontMatter(yaml: yaml, range: start..<end, location: location,
                                      entries: entries, parseError: problem?.1)
        return Result(frontMatter: frontMatter, lastLine: closingLine, problem: problem)
    }

    /// A `---` line, maybe with trailing blanks and a CRLF's `\r`, and on the
    /// first line maybe after a UTF-8 byte order mark: editors on Windows write both.
    private static func isFence(line: Int, _ bytes: Bytes, _ lines: LineIndex) -> Bool {
        let range = lines.range(ofLine: line)
        var start = range.lowerBound
        if line == 1, bytes.hasPrefix(byteOrderMark, at: start) { start += 3 }
        guard bytes.hasPrefix(fence, at: start) else { return false }
        return (start + 3..<range.upperBound).allSatisfy { bytes[$0] == .space || bytes[$0] == .tab || bytes[$0] == .carriageReturn }
    }

    private static let byteOrderMark = StaticPattern("\u{FEFF}")

    private static func entries(of yaml: String, _ locator: YAMLLocator) throws -> [FrontMatter.Entry] {
        // Every value is read as a string, so no implicit-type rules (regular
        // expressions, most of the cost of a parse) need to run.
        guard let root = try Yams.compose(yaml: yaml, .basic, Self.constructor, .utf8) else { return [] }
        guard case let .mapping(mapping) = root else {
            throw FrontMatterShapeError(mark: root.mark)
        }
        // By index: iterating a Yams mapping directly first copies all its pairs into a new array.
        return mapping.indices.compactMap { index -> FrontMatter.Entry? in
            let (key, value) = mapping[index]
            guard case let .scalar(keyScalar) = key else { return nil }
            return FrontMatter.Entry(
                key: keyScalar.string,
                value: Self.value(of: value),
                location: locator.location(keyScalar.mark)
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

    private static func describe(_ error: Error, _ locator: YAMLLocator) -> (SourceLocation, String) {
        if let shape = error as? FrontMatterShapeError {
            return (locator.location(shape.mark), "front matter is not a YAML mapping of keys to values")
        }
        let problem = locator.problem(error)
        switch problem.kind {
        case let .invalid(detail):
            return (problem.location, "front matter is not valid YAML: \(detail)")
        case let .repeatedKeys(keys):
            return (problem.location, "front matter repeats the key \(keys.joined(separator: ", "))")
        }
    }
}

private struct FrontMatterShapeError: Error {
    var mark: Mark?
}
