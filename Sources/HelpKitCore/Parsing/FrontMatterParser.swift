/// Reads the `---` fenced YAML header at the start of an article.
///
/// Only top-level keys are turned into entries (`FrontMatterYAML`): a help
/// article has no use for nested values.
struct FrontMatterParser {
    struct Result {
        var frontMatter: FrontMatter?
        /// The line of the closing `---`: lines up to it are front matter.
        var lastLine: Int
        var problem: (location: SourceLocation, message: String)?
    }

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
        do throws(FrontMatterYAML.Problem) {
            entries = try FrontMatterYAML.entries(of: yaml).map {
                FrontMatter.Entry(key: $0.key, value: $0.value, location: locator.location(line: $0.mark.line, column: $0.mark.column))
            }
        } catch {
            problem = Self.describe(error, locator)
        }
        let frontMatter = FrontMatter(yaml: yaml, range: start..<end, location: location,
                                      entries: entries, parseError: problem?.1)
        return Result(frontMatter: frontMatter, lastLine: closingLine, problem: problem)
    }

    private static func isFence(line: Int, _ bytes: Bytes, _ lines: LineIndex) -> Bool {
        FrontMatterFence.matches(bytes.base[lines.range(ofLine: line)], isFirstLine: line == 1)
    }

    private static func describe(_ problem: FrontMatterYAML.Problem, _ locator: YAMLLocator) -> (SourceLocation, String) {
        func location(_ mark: FrontMatterYAML.Mark) -> SourceLocation { locator.location(line: mark.line, column: mark.column) }
        switch problem {
        case let .invalid(detail, mark):
            return (location(mark), "front matter is not valid YAML: \(detail)")
        case let .unreadable(detail, offset):
            return (locator.location(utf8Offset: offset), "front matter is not valid YAML: \(detail)")
        case let .repeatedKeys(keys, mark):
            return (location(mark), "front matter repeats the key \(keys.joined(separator: ", "))")
        case let .notAMapping(mark):
            return (location(mark), "front matter is not a YAML mapping of keys to values")
        case .outOfMemory:
            return (location(.start), "front matter is too large to read")
        }
    }
}

/// The `---` lines around front matter, for every reader that finds them.
package enum FrontMatterFence {
    /// A `---` line (its `\n` left out), maybe with trailing blanks and a
    /// CRLF's `\r`, and on the first line maybe after a UTF-8 byte order mark:
    /// editors on Windows write both.
    package static func matches(_ line: some Collection<UInt8>, isFirstLine: Bool) -> Bool {
        var rest = line[...]
        if isFirstLine, rest.starts(with: byteOrderMark) { rest = rest.dropFirst(byteOrderMark.count) }
        guard rest.starts(with: "---".utf8) else { return false }
        return rest.dropFirst(3).allSatisfy { $0 == .space || $0 == .tab || $0 == .carriageReturn }
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}
