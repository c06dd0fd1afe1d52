import Yams

/// Turns the positions Yams reports into locations in the file holding the YAML.
///
/// Yams marks carry a line and a column (in Unicode scalars, as ours do) but
/// no byte offset, and they count from the start of the YAML text, which for
/// front matter is not the start of the file. Every YAML reader goes through
/// here so that each location has a real offset and a file-relative line.
package struct YAMLLocator {
    private let utf8: [UInt8]
    /// Where each line starts as YAML counts lines: after `\n`, `\r\n`, a lone
    /// `\r`, NEL, LS or PS (libyaml's line breaks).
    private let yamlLineStarts: [Int]
    /// Where each line starts as the file counts lines: after `\n`.
    private let lineStarts: [Int]
    /// Where the YAML text's first byte sits in its file.
    private let origin: SourceLocation

    package init(_ yaml: String, origin: SourceLocation = .start) {
        let utf8 = Array(yaml.utf8)
        self.utf8 = utf8
        lineStarts = [0] + utf8.indices.filter { utf8[$0] == .newline }.map { $0 + 1 }
        yamlLineStarts = [0] + utf8.indices.compactMap { index in Self.yamlBreakLength(in: utf8, at: index).map { index + $0 } }
        self.origin = origin
    }

    /// The length of the YAML line break that ends at `index`'s line, or nil
    /// when none ends there (a `\r` before `\n` is part of that break).
    private static func yamlBreakLength(in utf8: [UInt8], at index: Int) -> Int? {
        switch utf8[index] {
        case .newline: return 1
        case .carriageReturn: return index + 1 < utf8.count && utf8[index + 1] == .newline ? nil : 1
        case 0xC2 where index + 1 < utf8.count && utf8[index + 1] == 0x85: return 2
        case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9): return 3
        default: return nil
        }
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
        let start = line <= yamlLineStarts.count ? yamlLineStarts[line - 1] : utf8.count
        let end = line < yamlLineStarts.count ? yamlLineStarts[line] - 1 : utf8.count
        var offset = start
        var scalars = 0
        while scalars < column - 1, offset < end {
            offset += 1
            while offset < end, utf8[offset].isUTF8Continuation { offset += 1 }
            scalars += 1
        }
        return location(utf8Offset: offset)
    }

    /// The location of the YAML text's byte at `offset` (clamped to the text).
    package func location(utf8Offset: Int) -> SourceLocation {
        let offset = min(max(utf8Offset, 0), utf8.count)
        // The file's own line and column of that byte: it counts only `\n` as a line break.
        var fileLine = 0
        var low = 0, high = lineStarts.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { fileLine = middle; low = middle + 1 } else { high = middle - 1 }
        }
        let lineStart = lineStarts[fileLine]
        let columnInLine = utf8[lineStart..<offset].reduce(0) { $0 + ($1.isUTF8Continuation ? 0 : 1) }
        // The YAML's first line may start mid-line in its file; later lines start at column 1.
        let startColumn = fileLine == 0 ? origin.column : 1
        return SourceLocation(line: origin.line + fileLine, column: startColumn + columnInLine, offset: origin.offset + offset)
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
