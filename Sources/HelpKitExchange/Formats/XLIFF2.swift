/// XLIFF 2.0 (OASIS, core and the metadata module), one `<file>` per article.
///
/// Inline codes (`CodeNumbering`): a standalone code is `<ph/>`; a pair whose
/// ends are both in the unit and nest is `<pc>` around its text, with
/// `dataRefStart` and `dataRefEnd`; the one end of a span the unit boundary
/// cuts through is `<sc isolated="yes"/>` or `<ec isolated="yes"/>`, as the
/// specification has it for a start or end code whose partner is in another unit.
///
/// ```xml
/// <file id="f1" original="ja-JP/article.md">
///   <mda:metadata><mda:metaGroup category="helpkit:revision">
///     <mda:meta type="ms.openlocfilehash">…</mda:meta> … <mda:meta type="helpkit:digest">fnv1a64:…</mda:meta>
///   </mda:metaGroup></mda:metadata>
///   <unit id="d55fa-103" xml:space="preserve">
///     <notes><note category="source-drift">…</note><note category="helpkit:old-english">…</note></notes>
///     <originalData><data id="d1">**</data></originalData>
///     <segment state="initial" subState="helpkit:drifted">
///       <source><pc id="1" dataRefStart="d1" dataRefEnd="d1">Start</pc> …</source>
///       <target>…</target>
///     </segment>
///   </unit>
/// </file>
/// ```
enum XLIFF2 {
    static let namespace = "urn:oasis:names:tc:xliff:document:2.0"
    static let metadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0"

    /// The attributes of the article's `<file>`, the `number`th of the document.
    static func fileAttributes(of article: ExchangeArticle, number: Int) -> KeyValuePairs<StaticString, String> {
        ["id": "f\(number)", "original": article.original]
    }

    /// Writes what the article's `<file>` holds: metadata and units; returns how many units.
    static func writeContent(of article: ExchangeArticle, to writer: XMLWriter) -> Int {
        writer.startLine("mda:metadata")
        writer.startLine("mda:metaGroup", ["category": "helpkit:revision"])
        for (key, value) in article.revision { writer.element("mda:meta", ["type": key], text: value) }
        writer.element("mda:meta", ["type": "helpkit:digest"], text: article.digest)
        writer.endLine()
        writer.endLine()
        for unit in article.units { write(unit, to: writer) }
        return article.units.count
    }

    private static func write(_ unit: ExchangeUnit, to writer: XMLWriter) {
        writer.startLine("unit", ["id": unit.id, "xml:space": "preserve"])
        let notes = ExchangeNotes.of(unit)
        if !notes.isEmpty {
            writer.startLine("notes")
            for note in notes { writer.element("note", ["category": note.category], text: note.text) }
            writer.endLine()
        }
        let codes = CodeNumbering(source: unit.source, target: unit.target)
        if !codes.data.isEmpty {
            writer.startLine("originalData")
            for entry in codes.data {
                writer.startLine("data", ["id": entry.id])
                guard !XMLWriter.isClean(entry.original) else {
                    writer.text(entry.original)
                    writer.end()
                    continue
                }
                // A character XML cannot hold is written as <cp hex="…"/>.
                var run = ""
                for scalar in entry.original.unicodeScalars {
                    if XMLWriter.isAllowed(scalar) {
                        run.unicodeScalars.append(scalar)
                        continue
                    }
                    writer.text(run)
                    run = ""
                    writer.start("cp", ["hex": String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)])
                    writer.end()
                }
                writer.text(run)
                writer.end()
            }
            writer.endLine()
        }
        writer.startLine("segment")
        switch unit.state {
        case .translated: writer.attribute("state", "translated")
        case .untranslated: writer.attribute("state", "initial")
        case .drifted:
            writer.attribute("state", "initial")
            writer.attribute("subState", "\(ExchangeDocument.namespacePrefix):drifted")
        }
        for (isTarget, content, numbered) in [(false, unit.source, codes.source), (true, unit.target, codes.target)] {
            writer.startLine(isTarget ? "target" : "source")
            writeInline(content, codes: numbered, to: writer) { code in
                switch code.role {
                case .standalone:
                    writer.start("ph", ["id": code.id, "dataRef": code.dataID])
                    writer.end()
                case .opening:
                    writer.start("pc", ["id": code.id, "dataRefStart": code.dataID, "dataRefEnd": code.closing?.dataID ?? code.dataID])
                case .closing:
                    writer.end()
                case .isolatedOpening:
                    writer.start("sc", ["id": code.id, "isolated": "yes", "dataRef": code.dataID])
                    writer.end()
                case .isolatedClosing:
                    writer.start("ec", ["id": code.id, "isolated": "yes", "dataRef": code.dataID])
                    writer.end()
                }
            }
            writer.end()
        }
        writer.endLine()
        writer.endLine()
    }
}

/// The notes a unit carries, as (category, text): its checker findings, and
/// for a drifted unit the English it was translated from.
enum ExchangeNotes {
    static let oldEnglishCategory = "helpkit:old-english"

    static func of(_ unit: ExchangeUnit) -> [(category: String, text: String)] {
        var notes = unit.notes.map { (category: $0.ruleID, text: $0.text) }
        if case let .drifted(oldEnglish) = unit.state {
            notes.append((oldEnglishCategory, oldEnglishNote(oldEnglish)))
        }
        return notes
    }

    /// The old-English note's text: what import compares with the article's
    /// English before it lets a unit's English change.
    static func oldEnglishNote(_ oldEnglish: String) -> String { "translated from the English: " + oldEnglish }
}

extension String {
    /// The string with `0`s before it up to `width` characters.
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
