extension Article {
    /// Every unit as one JSON object per line: the output of `helpkit units`.
    public func appendUnitsJSON(to json: inout JSONText) {
        guard !units.isEmpty else { return }
        // Path and locale are the same on every line, so they are escaped once.
        var shared = JSONText()
        shared.key(literal: "path"); shared.string(path)
        shared.key(literal: "locale"); if let locale { shared.string(locale.identifier) } else { shared.null() }
        let textBytes = units.reduce(0) { $0 + $1.rawSource.count + $1.rawTarget.count }
        json.reserveCapacity(json.bytes.count + textBytes + units.count * (shared.bytes.count + 192))
        // Indexing (not `for unit in units`) reads each unit in place instead of copying it.
        for index in units.indices {
            json.beginObject()
            json.appendMembers(shared)
            units[index].appendMembers(to: &json)
            json.endObject()
            json.newline()
        }
    }
}

extension TranslationUnit {
    /// The unit as one JSON object, the line format of `helpkit units`.
    public func appendJSON(to json: inout JSONText, path: String, locale: LocaleTag?) {
        json.beginObject()
        json.key(literal: "path"); json.string(path)
        json.key(literal: "locale"); if let locale { json.string(locale.identifier) } else { json.null() }
        appendMembers(to: &json)
        json.endObject()
    }

    /// Every member after `path` and `locale`.
    fileprivate func appendMembers(to json: inout JSONText) {
        json.key(literal: "id"); json.string(id.description)
        json.key(literal: "prefix"); json.string(id.prefix)
        json.key(literal: "number"); json.number(id.number)
        json.key(literal: "merged"); json.bool(id.isMerged)
        json.key(literal: "source"); json.string(source)
        json.key(literal: "target"); json.string(target)
        json.key(literal: "block"); block.appendJSON(to: &json)
        json.key(literal: "line"); json.number(location.line)
        json.key(literal: "column"); json.number(location.column)
    }
}

extension Block {
    /// `{"kind":"list-item","depth":2,"ordered":false}` and the like.
    public func appendJSON(to json: inout JSONText) {
        json.beginObject()
        json.key(literal: "kind"); json.string(kind)
        switch self {
        case let .heading(level):
            json.key(literal: "level"); json.number(level)
        case let .listItem(depth, ordered):
            json.key(literal: "depth"); json.number(depth)
            json.key(literal: "ordered"); json.bool(ordered)
        case let .tableCell(row, column):
            json.key(literal: "row"); json.number(row)
            json.key(literal: "column"); json.number(column)
        case let .alert(alertKind):
            json.key(literal: "alert"); json.string(alertKind.rawValue)
        case .paragraph, .blockquote, .frontMatter:
            break
        }
        json.endObject()
    }
}
