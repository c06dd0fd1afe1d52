import ArgumentParser
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

struct SourceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "source",
        abstract: "Print an article as plain English markdown.",
        discussion: """
        Every unit is replaced by its English source, the front matter title by the \
        English of the level-1 heading, and the keys the localization pipeline adds \
        (ms.contentlocale, ms.translationtype, …) are dropped. This is how \
        content/en-US is made from a localized article.
        """
    )

    @Argument(help: "The localized article to read.")
    var file: String

    func run() throws {
        try printArticle(at: file) { $0.englishMarkdown() }
    }
}

struct TargetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "target",
        abstract: "Print an article as plain markdown in its own language.",
        discussion: "Every unit is replaced by its translation; the front matter is kept as it is."
    )

    @Argument(help: "The localized article to read.")
    var file: String

    func run() throws {
        try printArticle(at: file) { $0.localizedMarkdown() }
    }
}

/// Reads one article, prints `render(article)` and its diagnostics.
private func printArticle(at path: String, render: (Article) -> [UInt8]) throws {
    let bytes: [UInt8]
    do {
        bytes = try FileReader.readArticle(path)
    } catch {
        StandardStreams.error(error.diagnostic().description)
        throw ExitStatus.unusable
    }
    let article = ArticleParser.parse(bytes, path: path)
    StandardStreams.writeContent(render(article))
    for diagnostic in article.diagnostics { StandardStreams.error(diagnostic.description) }
    if article.diagnostics.containsError { throw ExitStatus.findings }
}
