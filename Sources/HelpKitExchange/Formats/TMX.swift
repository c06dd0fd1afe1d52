import HelpKitCore

/// TMX 1.4b: a translation memory of the units whose translation is current
/// (translated, not drifted), as en-US → locale pairs.
///
/// ```xml
/// <tu tuid="ja-JP/article.md#d55fa-103">
///   <prop type="x-helpkit-article">ja-JP/article.md</prop>
///   <prop type="x-helpkit-translation-type">MT</prop>   <!-- HT or MT -->
///   <prop type="x-helpkit-handoff">05/28/2021</prop>
///   <tuv xml:lang="en-US"><seg><bpt i="1" x="1">**</bpt>Start<ept i="1">**</ept> …</seg></tuv>
///   <tuv xml:lang="ja-JP"><seg>…</seg></tuv>
/// </tu>
/// ```
/// A machine-translated article's units also carry `<note>machine translation</note>`.
/// Codes: `<ph>` alone, `<bpt>`/`<ept>` for a pair, `<it pos="begin|end">` for
/// the one end of a span the unit boundary cuts through.
enum TMX {
    static func header(_ writer: XMLWriter, locale: LocaleTag, toolVersion: String) {
        writer.start("tmx", ["version": "1.4"])
        writer.startLine("header", ["creationtool": "helpkit", "creationtoolversion": toolVersion, "segtype": "sentence",
                                    "o-tmf": "helpkit-sxs", "adminlang": ExchangeDocument.sourceLocale,
                                    "srclang": ExchangeDocument.sourceLocale, "datatype": "markdown"])
        writer.end()
        writer.startLine("body")
    }

    static func write(_ article: ExchangeArticle, to writer: XMLWriter) -> Int {
        var count = 0
        for unit in article.units where unit.state == .translated {
            writer.startLine("tu", ["tuid": article.original + "#" + unit.id])
            if article.translationType?.uppercased() == "MT" { writer.element("note", text: "machine translation") }
            writer.element("prop", ["type": "x-helpkit-article"], text: article.original)
            if let type = article.translationType { writer.element("prop", ["type": "x-helpkit-translation-type"], text: type) }
            if let handoff = article.lastHandoff { writer.element("prop", ["type": "x-helpkit-handoff"], text: handoff) }
            let codes = CodeNumbering(source: unit.source, target: unit.target)
            for (language, content, numbered) in [(ExchangeDocument.sourceLocale, unit.source, codes.source),
                                                  (article.locale.identifier, unit.target, codes.target)] {
                writer.startLine("tuv", ["xml:lang": language])
                writer.start("seg")
                writeInline(content, codes: numbered, to: writer) { code in
                    switch code.role {
                    case .standalone: writer.start("ph", ["x": code.id])
                    case .opening: writer.start("bpt", ["i": code.id, "x": code.id])
                    case .closing: writer.start("ept", ["i": code.id])
                    case .isolatedOpening: writer.start("it", ["pos": "begin", "x": code.id])
                    case .isolatedClosing: writer.start("it", ["pos": "end", "x": code.id])
                    }
                    writer.text(code.original)
                    writer.end()
                }
                writer.end()
                writer.end()
            }
            writer.endLine()
            count += 1
        }
        return count
    }
}
