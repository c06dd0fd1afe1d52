extension Article {
    /// Every unit as one JSON object per line: the output of `helpkit units`.
    public func appendUnitsJSON(to json: inout JSONText) {
        guard !units.isEmpty else { return }
        // Path and locale are the same on every line, so they are escaped once.
        var shared = JSONText()
        shared.key("path"); shared.string(path)
        shared.key("locale"); if let locale { shared.string(locale.identifier) } else { shared.null() }
        let textBytes = units.reduce(0) { $0 + $1.rawSource.count + $1.rawTarget.count }
        json.reserveCapacity(json.bytes.count + textBytes + units.count * (shared.bytes.count + 192))
        for unit in units {
            json.beginObject()
            json.appendMembers(shared)
            unit.appendMembers(to: &json)
            json.endObject()
            json.newline()
        }
    }
}

extension TranslationUnit {
    /// The unit as one JSON object, the line format of `helpkit units`.
    public func appendJSON(to json: inout JSONText, path: String, locale: LocaleTag?) {
        json.beginObject()
        json.key("path"); json.string(path)
        json.key("locale"); if let locale { json.string(locale.identifier) } else { json.null() }
        appendMembers(to: &json)
        json.endObject()
    }

    /// Every member after `path` and `locale`.
    fileprivate func appendMembers(to json: inout JSONText) {
        json.key("id"); json.string(id.description)
        json.key("prefix"); json.string(id.prefix)
        json.key("number"); json.number(id.number)
        json.key("merged"); json.bool(id.isMerged)
        json.key("source"); json.string(source)
        json.key("target"); json.string(target)
        json.key("block"); block.appendJSON(to: &json)
        json.key("line"); json.number(location.line)
        json.key("column"); json.number(location.column)
    }
}

extension Block {
    /// `{"kind":"list-item","depth":2,"ordered":false}` and the like.
    public func appendJSON(to json: inout JSONText) {
        json.beginObject()
        json.key("kind"); json.string(kind)
        switch self {
        case let .heading(level):
            json.key("level"); json.number(level)
        case let .listItem(depth, ordered):
            json.key("depth"); json.number(depth)
            json.key("ordered"); json.bool(ordered)
        case let .tableCell(row, column):
            json.key("row"); json.number(row)
            json.key("column"); json.number(column)
        case let .alert(alertKind):
            json.key("alert"); json.string(alertKind.rawValue)
        case .paragraph, .blockquote, .frontMatter:
            break
        }
        json.endObject()
    }
}
