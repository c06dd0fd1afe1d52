import HelpKitCore

/// What an XLIFF 2.0 or 1.2 document sent back by translators holds for
/// import: per file, its `original`, the digest export wrote and each unit's
/// source and target with the inline codes restored to their markup.
public struct XLIFFDocument: Sendable {
    public struct File: Sendable {
        public var original: String
        /// The `helpkit:digest` export wrote; nil when the file has none.
        public var digest: String?
        public var location: SourceLocation
        public var units: [Unit] = []
    }

    public struct Unit: Sendable {
        public var id: String
        public var source = InlineContent(pieces: [])
        /// Nil when the unit has no target.
        public var target: InlineContent?
        public var location: SourceLocation
        /// The note export gave a drifted unit: the English its translation was made from.
        public var oldEnglishNote: String?
        /// Why the unit cannot be imported as it is (an inline element helpkit
        /// did not write, a code with no original data, two targets in one segment).
        public var problems: [String] = []
    }

    public enum Version: String, Sendable {
        case xliff2 = "2.0"
        case xliff12 = "1.2"
    }

    public var version: Version
    public var files: [File]

    /// Why a document cannot be read at all.
    public struct Failure: Error, Sendable {
        public var message: String
        public var location: SourceLocation
    }

    /// Reads `bytes`; `name` names the document in libxml2's messages.
    public init(bytes: [UInt8], name: String) throws(Failure) {
        guard let reader = XMLReader(bytes: bytes, name: name) else {
            throw Failure(message: "libxml2 cannot read the document", location: .start)
        }
        var parser = XLIFFParser(reader: reader)
        do {
            (version, files) = try parser.parse()
        } catch let failure as XMLReader.Failure {
            throw Failure(message: failure.message, location: SourceLocation(line: failure.line, column: failure.column, offset: 0))
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(message: "\(error)", location: .start)
        }
    }
}

/// The state machine over the reader's nodes.
private struct XLIFFParser {
    let reader: XMLReader
    private var version = XLIFFDocument.Version.xliff2
    private var namespace = ""
    private var files: [XLIFFDocument.File] = []
    /// `<originalData>` of the current unit (XLIFF 2.0): data id → markup.
    private var data: [String: String] = [:]

    init(reader: XMLReader) { self.reader = reader }

    mutating func parse() throws -> (XLIFFDocument.Version, [XLIFFDocument.File]) {
        guard let root = try nextElement() else { throw failure("the document has no root element") }
        switch root.namespace {
        case XLIFF2.namespace where root.name == "xliff": version = .xliff2
        case XLIFF12.namespace where root.name == "xliff": version = .xliff12
        default:
            throw failure("not an XLIFF 2.0 or 1.2 document: the root is <\(root.name)> in namespace \"\(root.namespace)\"")
        }
        namespace = root.namespace
        if root.isEmpty { return (version, files) }
        try walk(depth: 1)
        while try reader.next() != nil {}
        return (version, files)
    }

    private func failure(_ message: String) -> XLIFFDocument.Failure {
        XLIFFDocument.Failure(message: message, location: reader.location)
    }

    private mutating func nextElement() throws -> (name: String, namespace: String, isEmpty: Bool)? {
        while let node = try reader.next() {
            if case let .start(name, namespace, isEmpty) = node { return (name, namespace, isEmpty) }
        }
        return nil
    }

    /// Reads until the element open at `depth` closes, handling files and units.
    private mutating func walk(depth: Int) throws {
        var depth = depth
        while depth > 0, let node = try reader.next() {
            switch node {
            case let .start(name, elementNamespace, isEmpty):
                if elementNamespace == namespace, name == "file" {
                    files.append(XLIFFDocument.File(original: reader.attribute("original") ?? "", digest: nil, location: reader.location))
                } else if elementNamespace == namespace, name == (version == .xliff2 ? "unit" : "trans-unit"), !files.isEmpty {
                    try unit(isEmpty: isEmpty)
                    continue
                } else if isDigest(name: name, namespace: elementNamespace), !files.isEmpty {
                    files[files.count - 1].digest = isEmpty ? "" : try text(until: name)
                    continue
                }
                if !isEmpty { depth += 1 }
            case .end: depth -= 1
            default: break
            }
        }
        // The reader ends only where the document does, but an end inside an
        // element must never pass for a whole document.
        if depth > 0 { throw failure("the document ends inside an element") }
    }

    private func isDigest(name: String, namespace elementNamespace: String) -> Bool {
        switch version {
        case .xliff2: elementNamespace == XLIFF2.metadataNamespace && name == "meta" && reader.attribute("type") == "helpkit:digest"
        case .xliff12: elementNamespace == namespace && name == "note" && reader.attribute("from") == "helpkit:digest"
        }
    }

    /// The text of the element just opened, to its end.
    private mutating func text(until name: String) throws -> String {
        var text = ""
        var depth = 1
        while depth > 0, let node = try reader.next() {
            switch node {
            case .text: text += reader.text
            case let .start(_, _, isEmpty): if !isEmpty { depth += 1 }
            case .end: depth -= 1
            default: break
            }
        }
        return text
    }

    /// A `<unit>` or `<trans-unit>` just opened, to its end.
    private mutating func unit(isEmpty: Bool) throws {
        var unit = XLIFFDocument.Unit(id: reader.attribute("id") ?? "", location: reader.location)
        data.removeAll(keepingCapacity: true)
        var targetsInSegment = 0
        var depth = isEmpty ? 0 : 1
        while depth > 0, let node = try reader.next() {
            switch node {
            case let .start(name, elementNamespace, isEmpty):
                guard elementNamespace == namespace else {
                    if !isEmpty { depth += 1 }
                    continue
                }
                switch name {
                case "data":
                    let id = reader.attribute("id") ?? ""
                    data[id] = isEmpty ? "" : try inline(&unit, isCodeContent: true).flattened
                case "source" where !isEmpty:
                    unit.source.pieces += try inline(&unit).pieces
                case "target":
                    // Segments' targets join up; a second target in one segment has no meaning to import.
                    targetsInSegment += 1
                    if targetsInSegment == 2 { unit.problems.append("it has more than one <target> in one segment") }
                    let pieces = isEmpty ? [] : try inline(&unit).pieces
                    unit.target = InlineContent(pieces: (unit.target?.pieces ?? []) + pieces)
                case "segment":
                    targetsInSegment = 0
                    if !isEmpty { depth += 1 }
                case "alt-trans" where !isEmpty:
                    // A translation memory's suggestion (XLIFF 1.2), not the translation.
                    _ = try text(until: name)
                case "note":
                    let category = reader.attribute(version == .xliff2 ? "category" : "from")
                    let text = isEmpty ? "" : try text(until: name)
                    if category == ExchangeNotes.oldEnglishCategory { unit.oldEnglishNote = text }
                default:
                    if !isEmpty { depth += 1 }
                }
            case .end: depth -= 1
            default: break
            }
        }
        files[files.count - 1].units.append(unit)
    }

    /// The content of `<source>`, `<target>`, `<data>` or a 1.2 code element
    /// just opened, to its end: text, and codes restored to their markup.
    ///
    /// Paired codes are checked as they close: XLIFF 2.0 `<pc>` (nested by
    /// XML itself) and `<sc>`/`<ec startRef>`, XLIFF 1.2 `<bpt>`/`<ept>` by
    /// `rid` (or `id`). A closing that is not the innermost open pair's, one
    /// with no opening before it, or an opening never closed is a problem
    /// of the unit: the markup would no longer nest as it did.
    private mutating func inline(_ unit: inout XLIFFDocument.Unit, isCodeContent: Bool = false) throws -> InlineContent {
        var pieces: [InlineContent.Piece] = []
        func appendText(_ text: String) {
            if case let .text(before)? = pieces.last {
                pieces[pieces.count - 1] = .text(before + text)
            } else {
                pieces.append(.text(text))
            }
        }
        /// The elements open inside the content: a `<pc>` ends with its closing markup.
        var elements: [(pairID: String, closing: String)?] = []
        /// The pairs open now, innermost last.
        var pairs: [(id: String, markup: String)] = []
        var problems: [String] = []
        func closePair(_ id: String, _ markup: String) {
            if let last = pairs.last, last.id == id {
                pairs.removeLast()
                // The XML pairs them; the markup must pair them too (`**`…`**`, `[`…`](url)`, never `](url)`…`[`).
                if CodePairing.roles(of: [.code(last.markup), .code(markup)]) != [.opening(closer: 1), .closing(opener: 0)] {
                    problems.append("the paired codes `\(last.markup)`…`\(markup)` do not open and close a span")
                }
            } else if let match = pairs.lastIndex(where: { $0.id == id }) {
                let inner = pairs[pairs.count - 1]
                problems.append("the paired codes `\(pairs[match].markup)`…`\(markup)` and `\(inner.markup)`… are mis-nested")
                pairs.remove(at: match)
            } else {
                problems.append("the paired code `\(markup)` has lost its opening code")
            }
        }
        func markup(_ attribute: String, of name: String) -> String? {
            guard let markup = reader.attribute(attribute).flatMap({ data[$0] }) else {
                problems.append("a <\(name)> with no original data")
                return nil
            }
            return markup
        }
        loop: while let node = try reader.next() {
            switch node {
            case .text: appendText(reader.text)
            case .end:
                guard let element = elements.popLast() else { break loop }
                if let (pairID, closing) = element {
                    pieces.append(.code(closing))
                    closePair(pairID, closing)
                }
            case let .start(name, elementNamespace, isEmpty):
                var opened: (pairID: String, closing: String)?? = isEmpty ? nil : .some(nil)
                defer { if let opened { elements.append(opened) } }
                guard elementNamespace == namespace, !isCodeContent || name == "cp" else {
                    problems.append("an inline <\(name)>, which helpkit does not write")
                    continue
                }
                switch (version, name) {
                case (_, "cp"):
                    if let hex = reader.attribute("hex"), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        appendText(String(scalar))
                    }
                case (.xliff2, "ph"):
                    if let code = markup("dataRef", of: name) { pieces.append(.code(code)) }
                case (.xliff2, "pc"):
                    let id = reader.attribute("id") ?? ""
                    guard let start = markup("dataRefStart", of: name), let end = markup("dataRefEnd", of: name) else { continue }
                    pieces.append(.code(start))
                    pairs.append((id, start))
                    if isEmpty {
                        pieces.append(.code(end))
                        closePair(id, end)
                    } else {
                        opened = .some((id, end))
                    }
                case (.xliff2, "sc"), (.xliff2, "ec"):
                    guard let code = markup("dataRef", of: name) else { continue }
                    pieces.append(.code(code))
                    guard reader.attribute("isolated") != "yes" else { continue }
                    if name == "sc" {
                        pairs.append((reader.attribute("id") ?? "", code))
                    } else {
                        closePair(reader.attribute("startRef") ?? "", code)
                    }
                case (.xliff12, "ph"), (.xliff12, "it"), (.xliff12, "bpt"), (.xliff12, "ept"):
                    let id = reader.attribute("rid") ?? reader.attribute("id") ?? ""
                    opened = nil
                    let code = isEmpty ? "" : try inline(&unit, isCodeContent: true).flattened
                    pieces.append(.code(code))
                    if name == "bpt" { pairs.append((id, code)) }
                    if name == "ept" { closePair(id, code) }
                case (.xliff2, "mrk"), (.xliff12, "mrk"), (.xliff12, "g"), (.xliff2, "sm"), (.xliff2, "em"):
                    break
                default:
                    problems.append("an inline <\(name)>, which helpkit does not write")
                }
            default: break
            }
        }
        for pair in pairs { problems.append("the paired code `\(pair.markup)` has lost its closing code") }
        unit.problems += problems
        return InlineContent(pieces: pieces)
    }
}
