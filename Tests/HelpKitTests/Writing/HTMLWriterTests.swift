import Testing
import HelpKitCore

@Suite("HTML writer")
struct HTMLWriterTests {
    static func document(_ build: (HTMLWriter) -> Void) throws -> String {
        let html = try HTMLWriter()
        html.element("html") {
            // Where libxml2's serializer reads the charset from: it then writes UTF-8, not character references.
            html.element("head") { html.element("meta", ["http-equiv": "Content-Type", "content": "text/html; charset=utf-8"]) }
            html.element("body") { build(html) }
        }
        return String(decoding: try html.finish(), as: UTF8.self)
    }

    @Test("text and attribute values are escaped by the serializer, entities included")
    func escaping() throws {
        let html = try Self.document { html in
            html.element("p", ["title": #"a"b'<c>&amp;"#], text: #"<script>x</script> & &amp; "quoted""#)
        }
        #expect(html == #"""
            <!DOCTYPE html>
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><p title="a&quot;b'&lt;c&gt;&amp;amp;">&lt;script&gt;x&lt;/script&gt; &amp; &amp;amp; "quoted"</p></body></html>

            """#)
    }

    @Test("void elements have no end tag, script is raw, other text is UTF-8")
    func serialization() throws {
        let html = try Self.document { html in
            html.element("br")
            html.element("script") { html.code("if (a < b && c) {}") }
            html.element("p", text: "日本語 ␛")
        }
        #expect(html.contains(#"<body><br><script>if (a < b && c) {}</script><p>日本語 ␛</p>"#))
    }
}
