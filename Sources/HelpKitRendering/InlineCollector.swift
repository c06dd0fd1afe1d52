import HelpKitCore
import HelpKitCatalog

/// A piece of a paragraph's content before it is wrapped into lines.
package enum InlinePiece: Equatable {
    /// Sanitised text without newlines.
    case text(String, Style)
    /// A newline in the source: a space, or nothing between two wide characters.
    case softBreak
    /// A forced line break (`<br>`, two trailing spaces, a backslash).
    case lineBreak
}

/// Turns the inline nodes of a block into styled pieces: the only place where
/// content text enters the rendering, so every literal and URL passes
/// `TerminalText.sanitize(_:)` here.
struct InlineCollector {
    let options: RenderOptions
    private(set) var pieces: [InlinePiece] = []
    private var style: Style
    /// Styles opened by inline HTML tags, with the style to go back to on closing.
    private var openTags: [(name: String, previous: Style)] = []

    init(options: RenderOptions, style: Style = .plain) {
        self.options = options
        self.style = style
    }

    /// The pieces of `node`'s inline children.
    static func pieces(of node: MarkdownNode, options: RenderOptions, style: Style = .plain) -> [InlinePiece] {
        var collector = InlineCollector(options: options, style: style)
        collector.collectChildren(of: node)
        return collector.pieces
    }

    /// The pieces of a raw HTML block: tags handled as inline, text kept.
    static func pieces(ofHTML html: String, options: RenderOptions) -> [InlinePiece] {
        var collector = InlineCollector(options: options)
        let lines = html.split(separator: "\n", omittingEmptySubsequences: true)
        for (index, line) in lines.enumerated() {
            if index > 0 { collector.pieces.append(.softBreak) }
            collector.collectHTML(line)
        }
        return collector.pieces
    }

    mutating func collectChildren(of node: MarkdownNode) {
        for child in node.children { collect(child) }
    }

    private mutating func collect(_ node: MarkdownNode) {
        switch node.kind {
        case .text: append(node.literal)
        case .code: styled({ $0.code = true }) { $0.append(node.literal) }
        case .softBreak: pieces.append(.softBreak)
        case .lineBreak: pieces.append(.lineBreak)
        case .emphasis: styled({ $0.italic = true }) { $0.collectChildren(of: node) }
        case .strong: styled({ $0.bold = true }) { $0.collectChildren(of: node) }
        case .strikethrough: styled({ $0.strikethrough = true }) { $0.collectChildren(of: node) }
        case .link: collectLink(node)
        case .image: appendImage(alt: Self.plainText(of: node))
        case .htmlInline: collectHTML(Substring(node.literal))
        default: collectChildren(of: node)
        }
    }

    private mutating func append(_ rawText: some StringProtocol, style pieceStyle: Style? = nil) {
        let text = TerminalText.sanitize(String(rawText))
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { pieces.append(.softBreak) }
            if !line.isEmpty { pieces.append(.text(String(line), pieceStyle ?? style)) }
        }
    }

    private mutating func styled(_ change: (inout Style) -> Void, _ body: (inout InlineCollector) -> Void) {
        let saved = style
        change(&style)
        body(&self)
        style = saved
    }

    /// Link text in the link's style, then, unless the terminal shows it as an
    /// OSC 8 hyperlink, the URL in parentheses when it says more than the text.
    private mutating func collectLink(_ node: MarkdownNode) {
        let url = TerminalText.sanitize(node.url).filter { $0 != "\n" }
        styled({ $0.link = url.isEmpty ? nil : url }) { $0.collectChildren(of: node) }
        let shownAsHyperlink = options.emitsHyperlinks && Style(link: url).hyperlink != nil
        guard !shownAsHyperlink, !url.isEmpty, !Self.url(url, repeats: Self.plainText(of: node)) else { return }
        var urlStyle = style
        urlStyle.dim = true
        urlStyle.link = url
        pieces.append(.text(" (", urlStyle))
        append(url, style: urlStyle)
        pieces.append(.text(")", urlStyle))
    }

    /// True when `text` already shows `url`, as autolinks do.
    private static func url(_ url: String, repeats text: String) -> Bool {
        let text = TerminalText.sanitize(text)
        return text == url || ["mailto:", "http://", "https://"].contains { url == $0 + text }
    }

    private mutating func appendImage(alt: String) {
        var imageStyle = style
        imageStyle.dim = true
        let alt = alt.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        append(alt.isEmpty ? "[image]" : "[image: \(alt)]", style: imageStyle)
    }

    /// Inline HTML: markup tags change the style or break the line; comments
    /// vanish; anything else (`<Group Name>`) is text for the reader.
    private mutating func collectHTML(_ html: Substring) {
        var rest = html
        while let open = rest.firstIndex(of: "<") {
            append(rest[..<open])
            let candidate = rest[open...]
            let end = candidate.hasPrefix("<!--")
                ? candidate.firstRange(of: "-->")?.upperBound
                : candidate.firstIndex(of: ">").map { candidate.index(after: $0) }
            guard let end, let tag = HTMLTag(parsing: candidate[..<end]) else {
                let literalEnd = end ?? candidate.endIndex
                append(candidate[..<literalEnd])
                rest = candidate[literalEnd...]
                continue
            }
            apply(tag)
            rest = candidate[end...]
        }
        append(rest)
    }

    private mutating func apply(_ tag: HTMLTag) {
        switch (tag.kind, tag.name) {
        case (.comment, _), (.opening, "wbr"):
            return
        case (_, "br"), (.opening, "hr"):
            pieces.append(.lineBreak)
        case (_, let name) where HTMLTag.blockNames.contains(name):
            // One break however many block tags and newlines meet, none before the first text.
            while pieces.last == .softBreak { pieces.removeLast() }
            if let last = pieces.last, last != .lineBreak { pieces.append(.lineBreak) }
        case (.opening, "td"), (.opening, "th"):
            if let last = pieces.last, last != .lineBreak { pieces.append(.text(" ", style)) }
        case (.opening, "img"):
            appendImage(alt: tag.attributes["alt"] ?? "")
        case (.opening, let name):
            openTags.append((name, style))
            style.apply(htmlElement: name, attributes: tag.attributes)
        case (.closing, let name):
            guard let index = openTags.lastIndex(where: { $0.name == name }) else { return }
            style = openTags[index].previous
            openTags.removeSubrange(index...)
        }
    }

    /// The text of `node`'s descendants, without styles or markup.
    static func plainText(of node: MarkdownNode) -> String {
        node.children.map { child in
            switch child.kind {
            case .text, .code: child.literal
            case .softBreak, .lineBreak: " "
            default: plainText(of: child)
            }
        }.joined()
    }
}

extension Style {
    /// The look an inline HTML element gives its content.
    mutating func apply(htmlElement name: String, attributes: [String: String]) {
        switch name {
        case "b", "strong": bold = true
        case "i", "em", "cite", "dfn": italic = true
        case "u", "ins": underline = true
        case "s", "strike", "del": strikethrough = true
        case "code", "kbd", "samp", "tt": code = true
        case "a":
            let url = TerminalText.sanitize(attributes["href"] ?? "").filter { $0 != "\n" }
            if !url.isEmpty { link = url }
        default: break
        }
    }
}
