extension TranslationUnit {
    /// The unit as one JSON object, the line format of `helpkit units`.
    public func appendJSON(to json: inout JSONText, path: String, locale: LocaleTag?) {
        json.beginObject()
        json.key("path"); json.string(path)
        json.key("locale"); if let locale { json.string(locale.identifier) } else { json.null() }
        json.key("id"); json.string(id.description)
        json.key("prefix"); json.string(id.prefix)
        json.key("number"); json.number(id.number)
        json.key("merged"); json.bool(id.isMerged)
        json.key("source"); json.string(source)
        json.key("target"); json.string(target)
        json.key("block"); block.appendJSON(to: &json)
        json.key("line"); json.number(location.line)
        json.key("column"); json.number(location.column)
        json.endObject()
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
