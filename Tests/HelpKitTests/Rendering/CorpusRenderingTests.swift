import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Rendering the real corpus", .enabled(if: Corpus.isAvailable, "needs ../shared/corpus/alchemy-sxs.tar.xz"))
struct CorpusRenderingTests {
    /// Every Japanese article at 40 columns with colour and hyperlinks, the
    /// hardest case for width and for escape sequences.
    @Test("every Japanese article fits 40 columns, keeps kinsoku, shows no markup and writes only its own escapes")
    func japaneseArticles() throws {
        let files = Corpus.files.filter { $0.contains("/ja-JP/") }
        #expect(files.count > 2_700)
        let options = RenderOptions(width: 40, color: true, hyperlinks: true)
        var problems: [String] = []
        for path in files {
            let article = ArticleParser.parse(try FileReader.read(path), path: path)
            let markdown = String(decoding: article.localizedMarkdown(), as: UTF8.self)
            let lines = TerminalRenderer.lines(markdown: markdown, options: options)
            if lines.isEmpty { problems.append("\(path): nothing rendered") }
            for line in lines where !line.runs.contains(where: \.style.code) {
                if line.columns > 40 { problems.append("\(path): \(line.columns) columns: \(line.text)") }
                if let first = Self.content(of: line).first, "。、」）".contains(first) {
                    problems.append("\(path): line starts with \(first): \(line.text)")
                }
                let text = line.text.lowercased()
                for markup in ["[!note]", "[!important]", "[!tip]", "<a name=", "<br", "</br>", "<span", "<img"] where text.contains(markup) {
                    problems.append("\(path): shows \(markup): \(line.text)")
                }
            }
            let scan = EscapeSequenceScan(TerminalRenderer.string(from: lines, options: options))
            if let unexpected = scan.unexpected { problems.append("\(path): foreign escape \(unexpected.debugDescription)") }
        }
        #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.prefix(5))")
    }

    /// The line's text after the bars, bullets and numbers the renderer put in front.
    private static func content(of line: StyledLine) -> Substring {
        var text = line.text.drop { " │┃•◦▪".contains($0) }
        let number = text.prefix { $0.isASCII && $0.isNumber }
        if !number.isEmpty, text.dropFirst(number.count).hasPrefix(". ") { text = text.dropFirst(number.count + 2) }
        return text
    }
}
