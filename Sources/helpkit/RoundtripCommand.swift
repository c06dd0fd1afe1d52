import ArgumentParser
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

struct RoundtripCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roundtrip",
        abstract: "Parse and write back every article in memory; prove no byte is lost.",
        discussion: """
        Prints how many files came back byte-identical. Exits 1 and lists the files \
        that did not; nothing is written to disk.
        """
    )

    @OptionGroup var content: ContentPaths

    func run() throws {
        var (files, unreadable) = content.walk()
        var identical = 0
        var changed: [String] = []
        ArticleStream(files: files).forEach({ article -> (String, Bool, [Diagnostic]) in
            // A file that could not be read has nothing to compare: it is reported, never counted as identical.
            let problems = article.diagnostics.filter { $0.code == .unreadableFile }
            guard problems.isEmpty else { return (article.path, false, problems) }
            let original = (try? FileReader.readArticle(article.path)) ?? []
            return (article.path, article.printed() == original, [])
        }, consume: { path, same, problems in
            for problem in problems { StandardStreams.error(problem.description) }
            if !problems.isEmpty {
                unreadable = true
            } else if same {
                identical += 1
            } else {
                changed.append(path)
            }
        })
        StandardStreams.write("\(identical) of \(files.count) files byte-identical\n")
        for path in changed { StandardStreams.write("differs: \(path)\n") }
        if unreadable { throw ExitStatus.unusable }
        if !changed.isEmpty { throw ExitStatus.findings }
    }
}
