import HelpKitCore
import HelpKitCatalog

/// Markdown to terminal text, through cmark-gfm.
///
/// `lines(markdown:options:)` lays the topic out as styled lines of at most
/// `options.width` columns (code blocks excepted: they are never wrapped);
/// `render(markdown:options:)` writes them as ANSI text, or as plain text when
/// `options.color` is off. Everything taken from the markdown is sanitised
/// first (`TerminalText.sanitize(_:)`), so the only escape sequences in the
/// output are the SGR and OSC 8 sequences written here.
///
/// ```swift
/// let options = RenderOptions.forStandardOutput(alertLabels: [.note: "注"])
/// print(TerminalRenderer.render(markdown: body, options: options), terminator: "")
/// ```
public enum TerminalRenderer {
    /// The topic as text ending in a newline: ANSI-styled with `options.color`,
    /// plain without.
    public static func render(markdown: String, options: RenderOptions) -> String {
        string(from: lines(markdown: markdown, options: options), options: options)
    }

    /// The topic as styled lines, for a screen that draws styles itself (the
    /// TUI maps `Style` to ncurses attributes). YAML front matter at the top is
    /// skipped. Links carry their URL in `Style.link`; unless
    /// `options.emitsHyperlinks`, the URL also follows the link text in
    /// parentheses.
    public static func lines(markdown: String, options: RenderOptions) -> [StyledLine] {
        // Sanitising the whole text first removes escape sequences in one
        // piece, before markdown syntax inside them could split them up.
        let text = TerminalText.sanitize(String(body(of: markdown)), keepingTabs: true)
        let document = MarkdownDocument(text)
        return BlockRenderer(options: options).lines(ofChildren: document.root, width: max(options.width, 2))
    }

    /// `lines` as text: ANSI with `options.color`, else plain; a newline after each line.
    public static func string(from lines: [StyledLine], options: RenderOptions) -> String {
        guard options.color else { return lines.map { $0.text + "\n" }.joined() }
        return ANSIWriter.write(lines, hyperlinks: options.emitsHyperlinks)
    }

    /// The markdown after a leading `---` … `---` (or `...`) front matter block.
    package static func body(of markdown: String) -> Substring {
        guard markdown.hasPrefix("---\n") else { return markdown[...] }
        var lineStart = markdown.utf8.index(markdown.startIndex, offsetBy: 4)
        while lineStart < markdown.endIndex {
            let lineEnd = markdown[lineStart...].firstIndex(of: "\n") ?? markdown.endIndex
            let line = markdown[lineStart..<lineEnd]
            if line == "---" || line == "..." {
                return lineEnd < markdown.endIndex ? markdown[markdown.index(after: lineEnd)...] : ""
            }
            lineStart = lineEnd < markdown.endIndex ? markdown.index(after: lineEnd) : markdown.endIndex
        }
        return markdown[...]
    }
}
