import HelpKitCore

import XMLBridge

/// A pull reader over an XML document, through libxml2's SAX2 parser (by
/// way of XMLBridge): no network, no entity substitution, no DTD loading,
/// libxml2's size limits kept. Parsing stops at a document type declaration,
/// and `next` refuses it, so neither external entities nor entity expansion
/// can reach a translator's file into helpkit.
final class XMLReader {
    enum Node {
        case start(name: String, namespace: String, isEmpty: Bool)
        case end
        /// Its characters are `text`: most text between elements is white
        /// space no caller reads.
        case text
    }

    struct Failure: Error {
        var message: String
        var line: Int
        var column: Int
    }

    private let handle: OpaquePointer
    private let bytes: [UInt8]
    /// How many of `bytes` the parser has had.
    private var fed = 0
    private static let chunkSize = 256 * 1024
    /// Names and namespaces as Strings, by the parser's interned pointer:
    /// a document repeats a few dozen names hundreds of thousands of times,
    /// and a scan of a few dozen pointers is cheaper than hashing one. A
    /// document with more names gets the rest made each time they come.
    private var names: [(pointer: UnsafeRawPointer, name: String)] = []
    private static let namesKept = 64

    init?(bytes: [UInt8], name: String) {
        guard let made = xb_reader_new(name) else { return nil }
        handle = made
        self.bytes = bytes
    }

    deinit { xb_reader_free(handle) }

    /// The next node, nil at the end.
    func next() throws(Failure) -> Node? {
        var status = xb_reader_next(handle)
        while status == Int32(XB_NEEDS_INPUT) {
            feed()
            status = xb_reader_next(handle)
        }
        switch status {
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
        case Int(XB_NODE_TEXT): return .text
        case Int(XB_NODE_DOCUMENT_TYPE):
            throw Failure(message: "a document type declaration is not allowed in XLIFF (no DTD, no entities)", line: line, column: 1)
        default: // XB_NODE_ENTITY_REFERENCE, the one kind left
            throw Failure(message: "an entity reference is not allowed in XLIFF", line: line, column: 1)
        }
    }

    private func feed() {
        let length = min(Self.chunkSize, bytes.count - fed)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                xb_reader_feed(handle, characters.baseAddress.map { $0 + fed }, length, fed + length == bytes.count ? 1 : 0)
            }
        }
        fed += length
    }

    private func interned(_ pointer: UnsafePointer<CChar>) -> String {
        let key = UnsafeRawPointer(pointer)
        if let known = names.first(where: { $0.pointer == key }) { return known.name }
        let name = String(cString: pointer)
        if names.count < Self.namesKept { names.append((key, name)) }
        return name
    }

    /// The characters of the current text node.
    var text: String { String(cString: xb_reader_value(handle)) }

    /// Attribute `name` of the current element.
    func attribute(_ name: String) -> String? {
        xb_reader_attribute(handle, name).map { String(cString: $0) }
    }

    /// The current node's line: where its start tag ends for an element.
    var line: Int { Int(max(1, xb_reader_line(handle))) }

    /// The current node's line, at column 1 (the reader knows no column of a node it has passed).
    var location: SourceLocation { SourceLocation(line: line, column: 1, offset: 0) }
}
