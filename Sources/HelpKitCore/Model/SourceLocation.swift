/// A position in a file: 1-based line and column, plus the byte offset.
///
/// Columns count Unicode scalars from the start of the line, so a Japanese
/// sentence and an English one put the same character in the same column.
///
/// Locations order by offset, so every one must be a real place in its file:
/// a reader that only knows a line and column (Yams does) works out the
/// offset (`YAMLLocator`) rather than leaving a stand-in that sorts first.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The first byte of a file: where a problem with the whole file is reported.
    public static let start = SourceLocation(line: 1, column: 1, offset: 0)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.offset < rhs.offset
    }
}
