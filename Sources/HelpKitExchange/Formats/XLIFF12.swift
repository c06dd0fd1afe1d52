/// XLIFF 1.2 (valid against the strict schema), one `<file>` per article.
///
/// Inline codes hold their markup: `<ph>` for a standalone code, `<bpt>` and
/// `<ept>` (one `rid`) for a pair in the unit, `<it pos="open|close">` for the
/// one end of a span the unit boundary cuts through.
///
/// ```xml
/// <file original="ja-JP/article.md" source-language="en-US" target-language="ja-JP" datatype="x-markdown">
///   <header><note from="ms.openlocfilehash">…</note> … <note from="helpkit:digest">fnv1a64:…</note></header>
///   <body>
///     <trans-unit id="d55fa-103" xml:space="preserve">
///       <source><bpt id="1" rid="1">**</bpt>Start<ept id="1" rid="1">**</ept> …</source>
///       <target state="needs-review-translation">…</target>
///       <note from="source-drift">…</note>
///     </trans-unit>
///   </body>
/// </file>
/// ```
enum XLIFF12 {
    static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    /// The attributes of the article's `<file>`.
    static func fileAttributes(of article: ExchangeArticle) -> KeyValuePairs<StaticString, String> {
        ["original": article.original, "source-language": ExchangeDocument.sourceLocale,
         "target-language": article.locale.identifier, "datatype": "x-markdown"]
    }

    /// Writes what the article's `<file>` holds: header and body; returns how many units.
    static func writeContent(of article: ExchangeArticle, to writer: XMLWriter) -> Int {
        writer.startLine("header")
        for (key, value) in article.revision { writer.element("note", ["from": key], text: value) }
        writer.element("note", ["from": "helpkit:digest"], text: article.digest)
        writer.endLine()
        writer.startLine("body")
        for unit in article.units { write(unit, to: writer) }
        writer.endLine()
        return article.units.count
    }

    private static func write(_ unit: ExchangeUnit, to writer: XMLWriter) {
        writer.startLine("trans-unit", ["id": unit.id, "xml:space": "preserve"])
        let codes = CodeNumbering(source: unit.source, target: unit.target)
        let state = switch unit.state {
        case .translated: "translated"
        case .untranslated: "needs-translation"
        case .drifted: "needs-review-translation"
        }
        for (isTarget, content, numbered) in [(false, unit.source, codes.source), (true, unit.target, codes.target)] {
            writer.startLine(isTarget ? "target" : "source")
            if isTarget { writer.attribute("state", state) }
            writeInline(content, codes: numbered, to: writer) { code in
                switch code.role {
                case .standalone: writer.start("ph", ["id": code.id])
                case .opening: writer.start("bpt", ["id": code.id, "rid": code.id])
                case .closing: writer.start("ept", ["id": code.id, "rid": code.id])
                case .isolatedOpening: writer.start("it", ["id": code.id, "pos": "open"])
                case .isolatedClosing: writer.start("it", ["id": code.id, "pos": "close"])
                }
                writer.text(code.original)
                writer.end()
            }
            writer.end()
        }
        for note in ExchangeNotes.of(unit) { writer.element("note", ["from": note.category], text: note.text) }
        writer.endLine()
    }
}
