import CCmarkGFM
import HelpKitCore
import HelpKitCatalog

/// A markdown text parsed by cmark-gfm with the table, strikethrough and
/// autolink extensions; owns the node tree for as long as it lives.
final class MarkdownDocument {
    let root: MarkdownNode

    init(_ markdown: String) {
        _ = Self.extensionsRegistered
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)
        for name in ["table", "strikethrough", "autolink"] {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        root = MarkdownNode(cmark_parser_finish(parser))
        cmark_parser_free(parser)
    }

    deinit { cmark_node_free(root.pointer) }

    /// cmark-gfm's registration sets a global without a lock; Swift runs a
    /// static initialiser exactly once, whatever the threads.
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()
}

/// A borrowed view of one node of a `MarkdownDocument`; valid while the
/// document is.
struct MarkdownNode {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    enum Kind {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
        case table, tableRow, tableCell
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, strikethrough, link, image
        case other
    }

    var kind: Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: extensionKind
        }
    }

    /// The extensions' node types are not in the public headers; their names are.
    private var extensionKind: Kind {
        guard let name = cmark_node_get_type_string(pointer) else { return .other }
        switch String(cString: name) {
        case "table": return .table
        case "table_header", "table_row": return .tableRow
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        default: return .other
        }
    }

    var children: [MarkdownNode] {
        var nodes: [MarkdownNode] = []
        var child = cmark_node_first_child(pointer)
        while let node = child {
            nodes.append(MarkdownNode(node))
            child = cmark_node_next(node)
        }
        return nodes
    }

    /// The node's text as written (code, text, HTML), not yet sanitised.
    var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }

    /// A link's or image's destination, not yet sanitised.
    var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }

    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }

    var listStart: Int { Int(cmark_node_get_list_start(pointer)) }

    var usesParenthesisDelimiter: Bool { cmark_node_get_list_delim(pointer) == CMARK_PAREN_DELIM }

    var isTightList: Bool { cmark_node_get_list_tight(pointer) != 0 }

    var isHeaderRow: Bool { cmark_gfm_extensions_get_table_row_is_header(pointer) != 0 }

    /// Column alignments of a table: `l`, `c`, `r` or 0 for none.
    var tableAlignments: [UInt8] {
        let count = Int(cmark_gfm_extensions_get_table_columns(pointer))
        guard let alignments = cmark_gfm_extensions_get_table_alignments(pointer) else {
            return Array(repeating: 0, count: count)
        }
        return (0..<count).map { alignments[$0] }
    }
}
