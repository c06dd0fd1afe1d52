import HelpKitCore

import XMLBridge

/// A pull reader over an XML document, through libxml2's xmlTextReader (by
/// way of XMLBridge): no network, no entity substitution, no DTD loading,
/// libxml2's size limits kept. A document type declaration is refused by
/// the caller (`XLIFFReader`), so neither external entities nor entity
/// expansion can reach a translator's file into helpkit.
final class XMLReader {
    enum Node: Equatable {
        case start(name: String, namespace: String, isEmpty: Bool)
        case end
        case text(String)
        case documentType
        case entityReference
        case other
    }

    struct Failure: Error {
        var message: String
        var line: Int
        var column: Int
    }

    private let handle: OpaquePointer
    /// Names and namespaces as Strings, by the reader's interned pointer:
    /// a document repeats a few dozen names hundreds of thousands of times.
    private var names: [UnsafeRawPointer: String] = [:]

    init?(bytes: [UInt8], name: String) {
        let made = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xb_reader_new($0.baseAddress, $0.count, name) }
        }
        guard let made else { return nil }
        handle = made
    }

    deinit { xb_reader_free(handle) }

    /// The next node, nil at the end.
    func next() throws(Failure) -> Node? {
        switch xb_reader_next(handle) {
        case 1: break
        case 0: return nil
        default:
            var line: Int32 = 0
            var column: Int32 = 0
            let message = String(cString: xb_reader_error(handle, &line, &column))
            throw Failure(message: message.isEmpty ? "not well-formed" : message, line: Int(max(1, line)), column: Int(max(1, column)))
        }
        switch Int(xb_reader_type(handle)) {
        case Int(XB_NODE_ELEMENT):
            return .start(name: interned(xb_reader_local_name(handle)), namespace: interned(xb_reader_namespace(handle)),
                          isEmpty: xb_reader_is_empty(handle) != 0)
        case Int(XB_NODE_END_ELEMENT): return .end
        case Int(XB_NODE_TEXT), Int(XB_NODE_CDATA), Int(XB_NODE_WHITESPACE),
             Int(XB_NODE_SIGNIFICANT_WHITESPACE):
            return .text(String(cString: xb_reader_value(handle)))
        case Int(XB_NODE_DOCUMENT_TYPE): return .documentType
        case Int(XB_NODE_ENTITY_REFERENCE): return .entityReference
        default: return .other
        }
    }

    private func interned(_ pointer: UnsafePointer<CChar>) -> String {
        let key = UnsafeRawPointer(pointer)
        if let known = names[key] { return known }
        let name = String(cString: pointer)
        names[key] = name
        return name
    }

    /// Attribute `name` of the current element.
    func attribute(_ name: String) -> String? {
        guard let value = xb_reader_attribute(handle, name) else { return nil }
        defer { xb_free(value) }
        return String(cString: value)
    }

    /// The current node's line (the column is not known: 1).
    var location: SourceLocation {
        var line: Int32 = 0
        var column: Int32 = 0
        xb_reader_position(handle, &line, &column)
        return SourceLocation(line: Int(max(1, line)), column: Int(max(1, column)), offset: 0)
    }
}
