/// The markdown block a translation unit stands in.
public enum Block: Hashable, Sendable {
    case heading(level: Int)
    case paragraph
    case listItem(depth: Int, ordered: Bool)
    case tableCell(row: Int, column: Int)
    case alert(AlertKind)
    case blockquote
    /// A unit inside the YAML front matter (one real article segments it).
    case frontMatter

    /// A short, stable name: `heading`, `list-item`, `table-cell`, …
    public var kind: String {
        switch self {
        case .heading: "heading"
        case .paragraph: "paragraph"
        case .listItem: "list-item"
        case .tableCell: "table-cell"
        case .alert: "alert"
        case .blockquote: "blockquote"
        case .frontMatter: "front-matter"
        }
    }
}

/// A DocFX alert (`> [!NOTE]`) kind, kept as written in upper case.
public struct AlertKind: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue.uppercased() }

    public static let note = AlertKind(rawValue: "NOTE")
    public static let important = AlertKind(rawValue: "IMPORTANT")
    public static let tip = AlertKind(rawValue: "TIP")
    public static let warning = AlertKind(rawValue: "WARNING")
    public static let caution = AlertKind(rawValue: "CAUTION")

    public var description: String { rawValue }
}
