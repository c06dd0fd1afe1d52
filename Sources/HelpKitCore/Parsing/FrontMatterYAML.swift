// libyaml as Yams ships it: the binary holds one copy of the library, and
// front matter reads it event by event instead of through a node tree.
import CYaml

/// Reads the top-level entries of front matter from libyaml's events.
///
/// Front matter is parsed for every article, so it skips what a generic YAML
/// tree costs: no node is built for a value nobody reads, and nothing is
/// resolved to a type (every value stays a string). What a tree would tell
/// stays true: a repeated key in any mapping, an undefined alias, a second
/// document and every libyaml error make the YAML invalid, as they do for
/// Yams. Keys are compared as scalars: a list or a mapping used as a key
/// (which no front matter has) is never a repeat, where Yams would compare
/// its contents. An alias is never expanded: an anchored node is remembered as the
/// `FrontMatter.Value` it gives, so a billion-laughs document costs its length.
struct FrontMatterYAML: ~Copyable {
    /// A top-level key and its value, with the key's position as libyaml counts.
    struct Entry {
        var key: String
        var value: FrontMatter.Value
        var mark: Mark
    }

    /// Line and column counted from 1 in Unicode scalars, as Yams marks them.
    struct Mark {
        var line: Int
        var column: Int

        static let start = Mark(line: 1, column: 1)

        init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }

        fileprivate init(_ mark: yaml_mark_t) {
            self.init(line: mark.line + 1, column: mark.column + 1)
        }
    }

    enum Problem: Error {
        /// libyaml refused the text; the detail is its own explanation.
        case invalid(String, at: Mark)
        /// libyaml's reader refused a byte (a control character) at this UTF-8 offset.
        case unreadable(String, offset: Int)
        /// The mapping that ends at `mark`'s key holds these keys more than once.
        case repeatedKeys([String], at: Mark)
        /// The document is a scalar or a list, not keys and values.
        case notAMapping(at: Mark)
        case outOfMemory
    }

    /// Empty for a document with no content (only comments, or nothing).
    static func entries(of yaml: String) throws(Problem) -> [Entry] {
        var yaml = yaml
        return try yaml.withUTF8 { text in
            Result { () throws(Problem) -> [Entry] in
                var reader = try FrontMatterYAML(text)
                return try reader.readDocument()
            }
        }.get()
    }

    /// What a node gives the front matter, kept for the aliases that name it.
    private enum Node {
        case scalar(Scalar)
        case sequence([String])
        case mapping
    }

    private struct Scalar {
        var text: String
        var isQuoted: Bool
        /// Two keys are the same key when text and tag agree (`1` and `!!int 1` differ).
        var tag: String
        var mark: Mark
    }

    private enum Event {
        case documentStart, documentEnd, streamEnd
        case alias(anchor: String, mark: Mark)
        case scalar(Scalar, anchor: String?)
        case sequenceStart(anchor: String?, mark: Mark)
        case sequenceEnd
        case mappingStart(anchor: String?, mark: Mark)
        case mappingEnd
    }

    private static let stringTag = "tag:yaml.org,2002:str"

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private var anchors: [String: Node] = [:]
    /// Where the event read last starts: where a problem found after it is shown.
    private var lastEventMark = Mark.start

    private init(_ text: UnsafeBufferPointer<UInt8>) throws(Problem) {
        // Set up before `self.parser` is: once every property is set, a throw
        // would run `deinit` on a parser that was never initialized.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            throw .outOfMemory
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, text.baseAddress, text.count)
        self.parser = parser
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    private mutating func readDocument() throws(Problem) -> [Entry] {
        _ = try next() // the stream's start
        guard case .documentStart = try next() else { return [] }
        let root = try next()
        var entries: [Entry]?
        if case let .mappingStart(anchor, _) = root {
            entries = try mapping(anchor: anchor, collectingEntries: true)
        } else {
            _ = try node(from: root)
        }
        _ = try next() // the document's end
        if case .documentStart = try next() {
            throw .invalid("expected a single document in the stream but found another document", at: lastEventMark)
        }
        guard let entries else { throw .notAMapping(at: Self.mark(of: root)) }
        return entries
    }

    /// Reads a node to its end, starting from its first event.
    private mutating func node(from event: Event) throws(Problem) -> Node {
        switch event {
        case let .alias(anchor, mark):
            guard let node = anchors[anchor] else { throw .invalid("found undefined alias", at: mark) }
            return node
        case let .scalar(scalar, anchor):
            return remember(.scalar(scalar), as: anchor)
        case let .sequenceStart(anchor, _):
            var items: [String] = []
            while true {
                let item = try next()
                if case .sequenceEnd = item { break }
                if case let .scalar(scalar) = try node(from: item) { items.append(scalar.text) }
            }
            return remember(.sequence(items), as: anchor)
        case let .mappingStart(anchor, _):
            _ = try mapping(anchor: anchor, collectingEntries: false)
            return .mapping
        case .documentStart, .documentEnd, .streamEnd, .sequenceEnd, .mappingEnd:
            // libyaml's grammar puts no other event where a node starts.
            throw .invalid("expected a node", at: lastEventMark)
        }
    }

    /// Reads a mapping after its start event; its entries when asked for.
    private mutating func mapping(anchor: String?, collectingEntries: Bool) throws(Problem) -> [Entry] {
        var entries: [Entry] = []
        var keys: [Scalar] = []
        while true {
            let keyEvent = try next()
            if case .mappingEnd = keyEvent { break }
            let key = try node(from: keyEvent)
            let value = try node(from: try next())
            guard case let .scalar(keyScalar) = key else { continue }
            keys.append(keyScalar)
            if collectingEntries {
                entries.append(Entry(key: keyScalar.text, value: Self.value(of: value), mark: keyScalar.mark))
            }
        }
        try Self.checkUnique(keys)
        _ = remember(.mapping, as: anchor)
        return entries
    }

    private mutating func remember(_ node: Node, as anchor: String?) -> Node {
        if let anchor { anchors[anchor] = node }
        return node
    }

    private static func value(of node: Node) -> FrontMatter.Value {
        switch node {
        case let .scalar(scalar): .scalar(scalar.text, quoted: scalar.isQuoted)
        case let .sequence(items): .list(items)
        case .mapping: .other
        }
    }

    /// Names every repeated key, in order, at the first one's first place (as Yams does).
    private static func checkUnique(_ keys: [Scalar]) throws(Problem) {
        var repeated: [String: Mark] = [:]
        if keys.count <= 64 {
            // Front matter holds about twenty keys: comparing each pair beats hashing every key.
            for (index, key) in keys.enumerated() where repeated[key.text] == nil {
                if let first = keys[..<index].first(where: { $0.text == key.text && $0.tag == key.tag }) {
                    repeated[key.text] = first.mark
                }
            }
        } else {
            var seen: [String: [String: Mark]] = [:]
            for key in keys {
                if let first = seen[key.text]?[key.tag] {
                    repeated[key.text] = repeated[key.text] ?? first
                } else {
                    seen[key.text, default: [:]][key.tag] = key.mark
                }
            }
        }
        guard let firstKey = repeated.keys.min(), let mark = repeated[firstKey] else { return }
        throw .repeatedKeys(repeated.keys.sorted(), at: mark)
    }

    private mutating func next() throws(Problem) -> Event {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw problem() }
        defer { yaml_event_delete(&event) }
        let mark = Mark(event.start_mark)
        lastEventMark = mark
        switch event.type {
        case YAML_DOCUMENT_START_EVENT: return .documentStart
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_ALIAS_EVENT: return .alias(anchor: Self.string(event.data.alias.anchor) ?? "", mark: mark)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let isQuoted = scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
            // No tag, or the non-specific `!` of a quoted scalar: a string, as Yams resolves it.
            let tag = Self.string(scalar.tag).flatMap { $0 == "!" ? nil : $0 } ?? Self.stringTag
            return .scalar(Scalar(text: text, isQuoted: isQuoted, tag: tag, mark: mark), anchor: Self.string(scalar.anchor))
        case YAML_SEQUENCE_START_EVENT: return .sequenceStart(anchor: Self.string(event.data.sequence_start.anchor), mark: mark)
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT: return .mappingStart(anchor: Self.string(event.data.mapping_start.anchor), mark: mark)
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        default: return .streamEnd // the stream's start is read once, first, and ignored
        }
    }

    private static func mark(of event: Event) -> Mark {
        switch event {
        case let .alias(_, mark), let .sequenceStart(_, mark), let .mappingStart(_, mark): mark
        case let .scalar(scalar, _): scalar.mark
        case .documentStart, .documentEnd, .streamEnd, .sequenceEnd, .mappingEnd: .start
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private func problem() -> Problem {
        let parser = parser.pointee
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return .outOfMemory
        case YAML_READER_ERROR:
            return .unreadable(problem, offset: parser.problem_offset)
        default:
            let context = parser.context.map { String(cString: $0) + " " } ?? ""
            return .invalid(context + problem, at: Mark(parser.problem_mark))
        }
    }
}
