import Foundation

/// Reads exchange documents with an independent reader: Translate Toolkit
/// (PyPI `translate-toolkit`; scripts/install-deps.sh installs it), run as a
/// process, through its own XLIFF 2.0, XLIFF 1.2 and TMX stores.
package enum TranslateToolkit {
    /// One unit as Translate Toolkit read it. XLIFF 1.2 and TMX text is
    /// Translate Toolkit's own flattening, which keeps the content of `<ph>`,
    /// `<bpt>`, `<ept>` and `<it>`; XLIFF 2.0's `<ph/>`, `<sc/>` and `<ec/>`
    /// are empty, so there each is replaced by the `<originalData>` entry its
    /// `dataRef` names, and a `<pc>` is wrapped in its `dataRefStart` and
    /// `dataRefEnd` entries. XLIFF 2.0 notes are read
    /// from the `<unit>` (Translate Toolkit looks for them in the segment).
    package struct Unit: Decodable {
        package var original: String
        package var id: String
        package var source: String
        package var target: String
        package var state: String?
        package var subState: String?
        package var notes: String?
        /// TMX: the `xml:lang` of each `<tuv>`.
        package var languages: [String]?
    }

    package struct Document: Decodable {
        package var file: String
        package var format: String
        /// XLIFF 2.0: `trgLang`.
        package var locale: String?
        /// TMX: the root's `version` and the header's attributes.
        package var version: String?
        package var header: [String: String]?
        package var units: [Unit]
    }

    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    private static let script = #"""
    import json, sys
    from translate.storage import xliff, xliff2, tmx

    X2 = "{urn:oasis:names:tc:xliff:document:2.0}"
    X12 = "{urn:oasis:names:tc:xliff:document:1.2}"
    XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

    def flatten2(element, data):
        if element is None:
            return ""
        text = element.text or ""
        for child in element:
            if child.tag in (X2 + "ph", X2 + "sc", X2 + "ec"):
                text += data.get(child.get("dataRef"), "")
            elif child.tag == X2 + "pc":
                text += data.get(child.get("dataRefStart"), "") + flatten2(child, data) + data.get(child.get("dataRefEnd"), "")
            else:
                text += flatten2(child, data)
            text += child.tail or ""
        return text

    def read(path):
        raw = open(path, "rb").read()
        result = {"file": path, "units": []}
        if path.endswith(".tmx"):
            store = tmx.tmxfile(raw)
            root = store.document.getroot()
            header = root.find("header")
            result.update(format="tmx", version=root.get("version"), header=dict(header.attrib) if header is not None else None)
            for unit in store.units:
                original, _, ident = unit.getid().rpartition("#")
                result["units"].append({"original": original, "id": ident, "source": unit.source, "target": unit.target,
                                        "languages": [tuv.get(XML_LANG) for tuv in unit.xmlelement.iter("tuv")]})
        elif b"xliff:document:2.0" in raw[:500]:
            store = xliff2.Xliff2File(raw)
            result.update(format="xliff2", locale=store.gettargetlanguage())
            for unit in store.units:
                segment = unit.xmlelement
                element = segment.getparent()
                data = {d.get("id"): d.text or "" for d in element.iter(X2 + "data")}
                result["units"].append({"original": element.getparent().get("original"), "id": unit.getid(),
                                        "source": flatten2(segment.find(X2 + "source"), data),
                                        "target": flatten2(segment.find(X2 + "target"), data),
                                        "state": segment.get("state"), "subState": segment.get("subState"),
                                        "notes": "\n".join(note.text or "" for note in element.iter(X2 + "note"))})
        else:
            store = xliff.xlifffile(raw)
            result["format"] = "xliff1.2"
            for unit in store.units:
                original, _, ident = unit.getid().rpartition("\x04")
                target = unit.xmlelement.find(X12 + "target")
                result["units"].append({"original": original, "id": ident, "source": unit.source, "target": unit.target,
                                        "state": target.get("state") if target is not None else None,
                                        "notes": unit.getnotes()})
        return result

    json.dump([read(path) for path in sys.argv[1:]], sys.stdout, ensure_ascii=False)
    """#

    /// Appends `text` to the target of unit `id` in the XLIFF 2.0 document at
    /// `path` and saves it, as a translator's tool built on Translate Toolkit would.
    package static func appendToTarget(_ text: String, unit id: String, in path: String) throws {
        let edit = """
        import sys
        from translate.storage import xliff2
        path, ident, text = sys.argv[1:]
        store = xliff2.Xliff2File(open(path, "rb").read())
        [unit] = [unit for unit in store.units if unit.getid() == ident]
        unit.target = unit.target + text
        open(path, "wb").write(bytes(store))
        """
        _ = try python(edit, [path, id, text])
    }

    /// Replaces text runs of the target of unit `id` in the XLIFF 2.0 document
    /// at `path` through Translate Toolkit's rich text (its placeables: the
    /// inline codes stay elements, only the strings between them change), and
    /// saves it, as a translator's tool built on Translate Toolkit would. Each
    /// key of `edits` is a whole run as the tool shows it.
    package static func editTargetText(_ edits: [String: String], unit id: String, in path: String) throws {
        let edit = """
        import json, sys
        from translate.storage import xliff2
        path, ident, edits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
        store = xliff2.Xliff2File(open(path, "rb").read())
        [unit] = [unit for unit in store.units if unit.getid() == ident]
        rich = unit.rich_target
        used = set()
        def edit(element):
            for index, sub in enumerate(element.sub):
                if isinstance(sub, str):
                    if sub in edits:
                        element.sub[index] = edits[sub]
                        used.add(sub)
                else:
                    edit(sub)
        for element in rich:
            edit(element)
        missing = set(edits) - used
        if missing:
            sys.exit("no such text run in the target: %r" % sorted(missing))
        unit.rich_target = rich
        open(path, "wb").write(bytes(store))
        """
        let json = try JSONSerialization.data(withJSONObject: edits)
        _ = try python(edit, [path, id, String(decoding: json, as: UTF8.self)])
    }

    /// The documents at `paths` as Translate Toolkit reads them. A reader
    /// that cannot run, or rejects a file, throws: never a pass.
    package static func read(_ paths: [String]) throws -> [Document] {
        try JSONDecoder().decode([Document].self, from: python(script, paths))
    }

    /// Runs a Python script; its standard output, or a failure with its standard error.
    private static func python(_ script: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("helpkit-tt-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw Failure(description: "Translate Toolkit exited with \(process.terminationStatus): \(message.suffix(2000))")
        }
        return data
    }
}
