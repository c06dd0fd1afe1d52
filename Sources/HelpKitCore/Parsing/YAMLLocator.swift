import Yams

/// Turns the positions Yams reports into locations in the file holding the YAML.
///
/// Yams marks carry a line and a column (in Unicode scalars, as ours do) but
/// no byte offset, and they count from the start of the YAML text, which for
/// front matter is not the start of the file. Every YAML reader goes through
/// here so that each location has a real offset and a file-relative line.
package struct YAMLLocator {
    private let utf8: [UInt8]
    private let lineStarts: [Int]
    /// Where the YAML text's first byte sits in its file.
    private let origin: SourceLocation

    package init(_ yaml: String, origin: SourceLocation = .start) {
        let utf8 = Array(yaml.utf8)
        self.utf8 = utf8
        lineStarts = [0] + utf8.indices.filter { utf8[$0] == .newline }.map { $0 + 1 }
        self.origin = origin
    }

    /// The location of `mark`; the YAML's start when Yams gives none.
    package func location(_ mark: Mark?) -> SourceLocation {
        location(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Line and column as Yams counts them; a column past the end of its line
    /// stops at the line's end, so offset, line and column always agree.
    package func location(line: Int, column: Int) -> SourceLocation {
        let line = max(line, 1)
        // libyaml ends the stream on a line of its own, even without a final newline.
        let start = line <= lineStarts.count ? lineStarts[line - 1] : utf8.count
        let end = line < lineStarts.count ? lineStarts[line] - 1 : utf8.count
        var offset = start
        var scalars = 0
        while scalars < column - 1, offset < end {
            offset += 1
            while offset < end, utf8[offset].isUTF8Continuation { offset += 1 }
            scalars += 1
        }
        // The YAML's first line may start mid-line in its file; later lines start at column 1.
        let startColumn = line == 1 ? origin.column : 1
        return SourceLocation(line: origin.line + line - 1, column: startColumn + scalars, offset: origin.offset + offset)
    }

    /// Where a Yams error points and what it says.
    package func problem(_ error: Error) -> YAMLProblem {
        switch error {
        case let YamlError.scanner(context, problem, mark, _), let YamlError.parser(context, problem, mark, _),
             let YamlError.composer(context, problem, mark, _):
            YAMLProblem(location: location(mark), kind: .invalid((context.map { "\($0.text) " } ?? "") + problem))
        case let YamlError.duplicatedKeysInMapping(duplicates, context):
            YAMLProblem(location: location(context.mark), kind: .repeatedKeys(duplicates))
        default:
            YAMLProblem(location: origin, kind: .invalid("\(error)"))
        }
    }
}

/// A YAML text Yams refused.
package struct YAMLProblem {
    package enum Kind {
        /// Not YAML at all; the detail is Yams's own explanation.
        case invalid(String)
        case repeatedKeys([String])
    }

    package var location: SourceLocation
    package var kind: Kind

    /// The wording for a YAML file of its own; front matter words it for articles.
    package var message: String {
        switch kind {
        case let .invalid(detail): "not valid YAML: \(detail)"
        case let .repeatedKeys(keys): "the key \(keys.joined(separator: ", ")) appears twice"
        }
    }
}
