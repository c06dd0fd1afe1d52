import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore

/// The whole real corpus exported in every format, validated with libxml2's
/// XML Schema validator and read back by Translate Toolkit, an independent
/// reader, unit by unit against `helpkit units`.
@Suite("Export of the real corpus", .enabled(if: Corpus.isAvailable, "the corpus archive is not beside the checkout"))
struct CorpusExportTests {
    static let locales = ["fr-FR", "ja-JP", "sv-SE"]

    /// One export per format, shared by the tests, beside the unpacked corpus.
    struct Export: Sendable {
        let folder: URL
        let run: HelpKitRun

        init(_ format: String) throws {
            folder = Corpus.root.deletingLastPathComponent().appendingPathComponent("export-\(format)")
            run = try HelpKitBinary.run(["export", Corpus.root.path, "--format", format, "--output", folder.path])
        }

        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        func document(_ name: String) throws -> [UInt8] { try FileReader.read(path(name)) }
    }

    static let xliff2 = Result { try Export("xliff2") }
    static let xliff12 = Result { try Export("xliff1.2") }
    static let tmx = Result { try Export("tmx") }
    /// The XLIFF 2.0 export as Translate Toolkit reads it.
    static let xliff2Read = Result { try TranslateToolkit.read(locales.map { try xliff2.get().path("\($0).xlf") }) }

    /// `helpkit units` of the corpus: (path relative to the corpus, id) → unit, per locale.
    static let units = Result { () throws -> [String: [String: (source: String, target: String)]] in
        let run = try HelpKitBinary.run(["units", Corpus.root.path])
        var units: [String: [String: (source: String, target: String)]] = [:]
        let prefix = Corpus.root.path + "/"
        for line in run.output.split(separator: UInt8(ascii: "\n")) {
            let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] ?? [:]
            let path = String((object["path"] as? String ?? "").dropFirst(prefix.count))
            units[object["locale"] as? String ?? "", default: [:]][path + "#" + (object["id"] as? String ?? "")] =
                (object["source"] as? String ?? "", object["target"] as? String ?? "")
        }
        return units
    }

    /// Text compared after character references are decoded: a code keeps
    /// the raw markup (`&amp;` in a URL), `helpkit units` decodes it.
    static func comparable(_ text: String) -> String { EntityDecoder.decode(Array(text.utf8)) }

    /// Checks that Translate Toolkit's `documents` hold exactly `helpkit
    /// units`' units of each locale (all, or those `keep` accepts), with the
    /// same target text, and the same source for current translations.
    /// Returns the units read per locale.
    static func expectSameUnits(_ documents: [TranslateToolkit.Document], locales: [String],
                                keep: (String, String) -> Bool = { _, _ in true }) throws -> [String: Int] {
        let units = try Self.units.get()
        var counts: [String: Int] = [:]
        for (locale, document) in zip(locales, documents) {
            let expected = units[locale] ?? [:]
            counts[locale] = document.units.count
            var seen = Set<String>()
            var wrongText: [String] = []
            for unit in document.units {
                let key = unit.original + "#" + unit.id
                #expect(seen.insert(key).inserted, "\(key) twice")
                guard let original = expected[key] else {
                    Issue.record("\(document.file): \(key) is not a unit of `helpkit units`")
                    continue
                }
                if comparable(unit.target) != comparable(original.target) { wrongText.append("\(key): \(unit.target)") }
                if unit.state == "translated" || unit.state == nil, unit.subState == nil,
                   comparable(unit.source) != comparable(original.source) { wrongText.append("\(key) source: \(unit.source)") }
            }
            #expect(wrongText.isEmpty, "\(document.file): \(wrongText.count) units differ, first \(wrongText.prefix(3))")
            #expect(document.units.count == expected.filter { keep(locale, $0.key) }.count, "\(document.file)")
        }
        return counts
    }

    @Test("XLIFF 2.0: valid against the core schema; Translate Toolkit reads every unit with its text")
    func xliff2() throws {
        let export = try Self.xliff2.get()
        #expect(export.run.status == 1, "the corpus has three articles whose front matter does not parse")
        #expect(export.run.lines.count == 3)
        for locale in Self.locales {
            #expect(XMLCheck.schemaProblems(in: try export.document("\(locale).xlf"), schema: XMLCheck.xliff2Schema) == [], "\(locale)")
        }
        let documents = try Self.xliff2Read.get()
        #expect(documents.map(\.locale) == Self.locales)
        let counts = try Self.expectSameUnits(documents, locales: Self.locales)
        #expect(counts == ["fr-FR": 23761, "ja-JP": 22983, "sv-SE": 23672])
        // sv-SE is on an older English revision: its changed sentences are drifted, each with its old English.
        let drifted = documents[2].units.filter { $0.subState == "helpkit:drifted" }
        #expect(!drifted.isEmpty)
        #expect(drifted.allSatisfy { $0.state == "initial" && ($0.notes ?? "").contains("translated from the English: ") })
        #expect(documents[0].units.allSatisfy { $0.subState == nil }, "fr-FR is the newest revision")
    }

    @Test("XLIFF 1.2: valid against the strict schema; Translate Toolkit reads every unit with its text")
    func xliff12() throws {
        let export = try Self.xliff12.get()
        #expect(export.run.lines.count == 3)
        for locale in Self.locales {
            #expect(XMLCheck.schemaProblems(in: try export.document("\(locale).xlf"), schema: XMLCheck.xliff12StrictSchema) == [],
                    "\(locale)")
        }
        let documents = try TranslateToolkit.read(Self.locales.map { export.path("\($0).xlf") })
        let counts = try Self.expectSameUnits(documents, locales: Self.locales)
        #expect(counts == ["fr-FR": 23761, "ja-JP": 22983, "sv-SE": 23672])
        let states = Set(documents.flatMap { $0.units.compactMap(\.state) })
        #expect(states == ["translated", "needs-translation", "needs-review-translation"])
    }

    @Test("TMX: well-formed 1.4b; Translate Toolkit reads the current translations, en-US to the locale")
    func tmx() throws {
        let export = try Self.tmx.get()
        #expect(export.run.lines.count == 3)
        for locale in Self.locales {
            let document = String(decoding: try export.document("\(locale).tmx"), as: UTF8.self)
            #expect(XMLCheck.problem(in: document) == nil)
            #expect(XMLCheck.count("tmx", in: document) == 1 && XMLCheck.count("header", in: document) == 1
                && XMLCheck.count("body", in: document) == 1)
            let units = XMLCheck.count("tu", in: document)
            #expect(units > 0 && XMLCheck.count("tuv", in: document) == 2 * units && XMLCheck.count("seg", in: document) == 2 * units)
        }
        let documents = try TranslateToolkit.read(Self.locales.map { export.path("\($0).tmx") })
        for (locale, document) in zip(Self.locales, documents) {
            #expect(document.version == "1.4")
            let header = document.header ?? [:]
            for attribute in ["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"] {
                #expect(header[attribute] != nil, "header lacks \(attribute)")
            }
            #expect(header["srclang"] == "en-US")
            #expect(document.units.allSatisfy { $0.languages == ["en-US", locale] })
        }
        // Exactly the units XLIFF 2.0 calls translated.
        let xliff = try Self.xliff2Read.get()
        var translated = Set<String>()
        for (locale, document) in zip(Self.locales, xliff) {
            for unit in document.units where unit.state == "translated" { translated.insert(locale + "/" + unit.original + "#" + unit.id) }
        }
        let counts = try Self.expectSameUnits(documents, locales: Self.locales) { locale, key in translated.contains(locale + "/" + key) }
        #expect(counts.values.reduce(0, +) == translated.count)
    }

    @Test("export then import with no edit, XLIFF 2.0 and 1.2, leaves every corpus file byte-identical")
    func roundTrip() throws {
        let copy = Corpus.root.deletingLastPathComponent().appendingPathComponent("round-trip")
        try? FileManager.default.removeItem(at: copy)
        try FileManager.default.copyItem(at: Corpus.root, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        for export in [try Self.xliff2.get(), try Self.xliff12.get()] {
            let run = try HelpKitBinary.run(["import"] + Self.locales.map { export.path("\($0).xlf") } + ["--into", copy.path])
            #expect(run.status == 0, "\(run.errors.prefix(2000))")
            #expect(run.text == "0 targets changed in 0 articles, 70416 unchanged, 0 conflicts\n")
        }
        var differing: [String] = []
        for file in Corpus.files {
            let relative = String(file.dropFirst(Corpus.root.path.count))
            if try FileReader.read(file) != FileReader.read(copy.path + relative) { differing.append(relative) }
        }
        #expect(Corpus.files.count == 8164)
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }
}
