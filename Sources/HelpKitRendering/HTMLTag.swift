import HelpKitCore
import HelpKitCatalog

/// One HTML tag met in markdown, as far as rendering needs to know it.
///
/// Help articles hold real tags (`<a name="…"></a>` anchors, `<br>`, `</br>`,
/// `<img …>`) and, as cmark-gfm sees them, also placeholders such as
/// `<Group Name>` or `<app>` that are text for the reader. Only names of HTML
/// elements used for inline formatting count as tags; anything else stays text.
struct HTMLTag {
    enum Kind { case opening, closing, comment }

    var kind: Kind
    /// Lower-cased element name.
    var name: String
    var attributes: [String: String]

    /// Elements treated as markup. Form and metadata elements (`<label>`,
    /// `<option>`, `<address>`, `<title>`, …) are left out on purpose: in help
    /// text those names are more often placeholders than markup.
    static let markupNames: Set<String> = blockNames.union([
        "a", "abbr", "b", "bdi", "big", "br", "cite", "code", "del", "dfn", "em", "font", "hr", "i", "img",
        "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "td", "th",
        "tt", "u", "wbr",
    ])

    /// Elements whose start and end begin a new line.
    static let blockNames: Set<String> = [
        "blockquote", "center", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ol", "p", "pre", "table",
        "tbody", "thead", "tr", "ul",
    ]

    /// The tag `text` holds from its start, when it is a whole tag of a markup
    /// element or a comment; `nil` for placeholders and anything else.
    init?(parsing text: Substring) {
        if text.hasPrefix("<!--") {
            guard text.hasSuffix("-->") else { return nil }
            self.init(kind: .comment, name: "", attributes: [:])
            return
        }
        guard text.first == "<", text.last == ">" else { return nil }
        var rest = text.dropFirst().dropLast()
        let isClosing = rest.first == "/"
        if isClosing { rest = rest.dropFirst() }
        if rest.last == "/" { rest = rest.dropLast() }
        let name = rest.prefix { $0.isLetter || $0.isNumber }
        guard let first = name.first, first.isASCII, Self.markupNames.contains(name.lowercased()) else { return nil }
        let afterName = rest.dropFirst(name.count)
        guard afterName.first.map({ $0 == " " || $0 == "\t" || $0 == "\n" }) ?? true else { return nil }
        self.init(kind: isClosing ? .closing : .opening, name: name.lowercased(),
                  attributes: Self.attributes(in: afterName))
    }

    private init(kind: Kind, name: String, attributes: [String: String]) {
        self.kind = kind
        self.name = name
        self.attributes = attributes
    }

    /// `name="value"`, `name='value'`, `name=value` and bare `name` pairs.
    private static func attributes(in text: Substring) -> [String: String] {
        var attributes: [String: String] = [:]
        var rest = text
        while true {
            rest = rest.drop { $0.isWhitespace }
            let name = rest.prefix { !$0.isWhitespace && $0 != "=" }
            guard !name.isEmpty else { return attributes }
            rest = rest.dropFirst(name.count).drop { $0.isWhitespace }
            var value = ""
            if rest.first == "=" {
                rest = rest.dropFirst().drop { $0.isWhitespace }
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    let body = rest.dropFirst().prefix { $0 != quote }
                    value = String(body)
                    rest = rest.dropFirst(body.count + 2)
                } else {
                    let body = rest.prefix { !$0.isWhitespace }
                    value = String(body)
                    rest = rest.dropFirst(body.count)
                }
            }
            attributes[name.lowercased()] = value
        }
    }
}
