import ArgumentParser
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units",
        abstract: "Print every translation unit as one JSON object per line.",
        discussion: """
        Each line has path, locale, id, prefix, number, merged (a p-unit), source and \
        target (HTML entities decoded), block (kind plus level, depth or cell), line \
        and column. Diagnostics go to stderr as path:line:col: severity: message [code].

        Exit status: 0 when every file parsed cleanly, 1 when any file had an error, \
        2 for usage errors or unreadable paths. Other files are always reported.

        Example: helpkit units content/ja-JP | jq -r 'select(.block.kind == "heading") | .target'
        """
    )

    @OptionGroup var content: ContentPaths

    func run() throws {
        let (files, walkFailed) = content.walk()
        var unreadable = walkFailed
        var sawError = false
        ArticleStream(files: files).forEach({ article in
            var json = JSONText()
            article.appendUnitsJSON(to: &json)
            return (json.bytes, article.diagnostics)
        }, consume: { lines, diagnostics in
            StandardStreams.write(lines)
            for diagnostic in diagnostics { StandardStreams.error(diagnostic.description) }
            unreadable = unreadable || diagnostics.contains { $0.code == .unreadableFile }
            sawError = sawError || diagnostics.containsError
        })
        if unreadable { throw ExitStatus.unusable }
        if sawError { throw ExitStatus.findings }
    }
}
