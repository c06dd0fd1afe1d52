import XMLBridge

/// An XML document written through libxml2's xmlTextWriter (by way of
/// XMLBridge): names, attributes and text are escaped by libxml2, never by
/// string building here.
///
/// Characters XML 1.0 cannot hold (C0 controls other than tab, line feed and
/// carriage return; U+FFFE, U+FFFF) are written as U+FFFD by `text` and
/// `attribute`; unit text keeps them as inline codes instead (`InlineContent`).
public final class XMLWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String { "libxml2 could not write the XML document" }
    }

    private var handle: OpaquePointer?
    /// Elements open now, for indenting element-only content.
    private var depth = 0

    /// Whether this writes a fragment of a document (no XML declaration).
    private let isFragment: Bool

    public init() throws(Failure) {
        guard let handle = xb_writer_new() else { throw Failure() }
        self.handle = handle
        isFragment = false
    }

    /// A writer of a fragment that will stand inside `depth` open elements of
    /// a document (it indents as they would), for `raw`.
    public init(fragmentAtDepth depth: Int) throws(Failure) {
        guard let handle = xb_writer_new_fragment() else { throw Failure() }
        self.handle = handle
        self.depth = depth
        isFragment = true
    }

    deinit { xb_writer_discard(handle) }

    /// Opens `name` and writes its attributes, in order.
    public func start(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:]) {
        name.withCName { _ = xb_writer_start(handle, $0) }
        for (key, value) in attributes { attribute(key, value) }
        depth += 1
    }

    /// Opens `name` on a new, indented line: for element-only content.
    public func startLine(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:]) {
        newline()
        start(name, attributes)
    }

    public func attribute(_ name: StaticString, _ value: String) {
        name.withCName { name in Self.clean(value).withCString { _ = xb_writer_attribute(handle, name, $0) } }
    }

    public func text(_ text: String) {
        guard !text.isEmpty else { return }
        Self.clean(text).withCString { _ = xb_writer_string(handle, $0) }
    }

    /// Writes bytes as they are: a fragment another `XMLWriter` made.
    public func raw(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { _ = xb_writer_raw(handle, $0.baseAddress, $0.count) }
        }
    }

    /// Closes the innermost element.
    public func end() {
        depth -= 1
        _ = xb_writer_end(handle)
    }

    /// Closes the innermost element on a new, indented line (after element-only content).
    public func endLine() {
        depth -= 1
        newline()
        _ = xb_writer_end(handle)
    }

    /// `<name attributes…>text</name>` on a line of its own.
    public func element(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:], text value: String) {
        startLine(name, attributes)
        text(value)
        end()
    }

    /// The whole document, ending in a newline; a fragment as written.
    public func finish() throws(Failure) -> [UInt8] {
        guard let handle else { throw Failure() }
        self.handle = nil
        var length = 0
        guard let bytes = isFragment ? xb_writer_finish_fragment(handle, &length) : xb_writer_finish(handle, &length) else {
            throw Failure()
        }
        defer { xb_free(bytes) }
        return Array(UnsafeRawBufferPointer(start: bytes, count: length))
    }

    private func newline() {
        guard depth < Self.indents.count else { return text("\n" + String(repeating: "  ", count: depth)) }
        Self.indents[depth].withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { _ = xb_writer_raw(handle, $0.baseAddress, $0.count) }
        }
    }

    /// A line break and the indentation of each depth: white space, nothing to escape.
    private static let indents = (0..<12).map { Array(("\n" + String(repeating: "  ", count: $0)).utf8) }

    /// Whether XML 1.0 can hold `scalar` as a character.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Whether every character of `text` is one XML can hold, read off its
    /// UTF-8: no C0 control but tab, line feed and return, and no U+FFFE or
    /// U+FFFF (EF BF BE, EF BF BF).
    static func isClean(_ text: String) -> Bool {
        let checked = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return false }
                if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return false }
                index += 1
            }
            return true
        }
        return checked ?? text.unicodeScalars.allSatisfy(isAllowed)
    }

    static func clean(_ text: String) -> String {
        guard !isClean(text) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { output.append(isAllowed(scalar) ? scalar : "\u{FFFD}") }
        return String(output)
    }
}

extension StaticString {
    /// The name as a C string, without a copy: names are ASCII literals.
    fileprivate func withCName<Result>(_ body: (UnsafePointer<CChar>) -> Result) -> Result {
        utf8Start.withMemoryRebound(to: CChar.self, capacity: utf8CodeUnitCount + 1) { body($0) }
    }
}
