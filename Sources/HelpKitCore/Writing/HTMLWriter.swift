import XMLBridge

/// An HTML document built as a libxml2 tree and written by libxml2's HTML
/// serializer (by way of XMLBridge): text and attribute values are escaped
/// there, never by string building here, so no text from content can open
/// an element, an attribute or a script.
///
/// Text is made visible before it goes in: a control character (an escape
/// sequence's ESC, a NUL) shows as its Unicode control picture (`␛`, `␀`),
/// so a reviewer sees it instead of a blank.
package final class HTMLWriter {
    package struct Failure: Error, CustomStringConvertible {
        package var description: String { "libxml2 could not write the HTML document" }
    }

    private var handle: OpaquePointer?

    package init() throws(Failure) {
        guard let handle = xb_html_new() else { throw Failure() }
        self.handle = handle
    }

    deinit { xb_html_discard(handle) }

    /// Opens `name` with its attributes, in order.
    package func start(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        _ = xb_html_start(handle, name)
        for (key, value) in attributes { attribute(key, value) }
    }

    package func attribute(_ name: String, _ value: String) {
        _ = xb_html_attribute(handle, name, Self.visible(value))
    }

    package func text(_ text: String) {
        var visible = Self.visible(text)
        visible.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { _ = xb_html_text(handle, $0.baseAddress, $0.count) }
        }
    }

    /// Text written as is, for the document's own `script` and `style`,
    /// which the serializer leaves raw: never text from content.
    package func code(_ source: StaticString) {
        source.withUTF8Buffer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { _ = xb_html_text(handle, $0.baseAddress, $0.count) }
        }
    }

    /// Closes the element open now.
    package func end() {
        _ = xb_html_end(handle)
    }

    /// `<name attributes…>`, what `content` writes, `</name>`.
    package func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ content: () -> Void = {}) {
        start(name, attributes)
        content()
        end()
    }

    /// `<name attributes…>text</name>`.
    package func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text value: String) {
        start(name, attributes)
        text(value)
        end()
    }

    /// The whole document, as UTF-8.
    package func finish() throws(Failure) -> [UInt8] {
        guard let handle else { throw Failure() }
        self.handle = nil
        var length = 0
        guard let bytes = xb_html_finish(handle, &length) else { throw Failure() }
        defer { xb_free(bytes) }
        return Array(UnsafeRawBufferPointer(start: bytes, count: length))
    }

    /// `text` with each control character other than tab, line feed and
    /// carriage return replaced by its control picture (U+2400 + code; DEL
    /// is U+2421) and each C1 control by U+FFFD.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: output.append(scalar)
            case 0x00..<0x20: output.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            case 0x7F: output.append("\u{2421}")
            case 0x80...0x9F: output.append("\u{FFFD}")
            default: output.append(scalar)
            }
        }
        return String(output)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0x7F...0x9F: true
        default: false
        }
    }
}
