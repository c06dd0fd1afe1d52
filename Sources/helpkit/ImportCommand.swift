import ArgumentParser
import HelpKitCore
import HelpKitChecking
import HelpKitExchange
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge translated XLIFF 2.0 or 1.2 back into the articles: target spans only.",
        discussion: """
        Reads documents that `helpkit export` wrote and translators filled in. Each file's \
        `original` is found below --into (the folder that was exported) and each unit by \
        its sxs id; a target that differs from the article's is written into the target \
        span, its inline codes restored to the markup they stood for, byte for byte, its \
        text spelled as the article spells it (untouched entities keep their bytes; a new \
        & or < that could read as markup is written &amp; or &lt;). Nothing else in the \
        article changes, and each article is written atomically.

        A conflict is reported and not applied: an article whose bytes changed since the \
        export (its digest), an article or unit that is gone, a protected code deleted or \
        duplicated, a paired code whose ends no longer nest, an inline element helpkit did \
        not write, a target that would break the \
        span markup. XLIFF is read without network access, entities or a DTD: a document \
        with a document type declaration is refused whole. Problems are printed as \
        file:line:col: error: message [xliff].

        Examples:
          helpkit import out/ja-JP.xlf out/sv-SE.xlf
              into content/, the folder `helpkit export --output out` read
          helpkit import translated/fr-FR.xlf --into docs --dry-run
              say what would change, write nothing

        Exit status: 0 when every target was applied or unchanged, 1 when there were \
        conflicts or a document could not be read as XLIFF (the rest is still applied), \
        2 for a usage error, an unreadable document or an output that cannot be written.
        """
    )

    @Argument(help: ArgumentHelp("XLIFF documents written by `helpkit export`.", valueName: "xliff"))
    var documents: [String]

    @Option(help: ArgumentHelp("The folder that was exported: `original` paths are relative to it.", valueName: "dir"))
    var into: String = "content"

    @Flag(name: .customLong("dry-run"), help: "Report what would change; write nothing.")
    var dryRun = false

    func run() throws {
        let importer = Importer(folder: into, dryRun: dryRun)
        var outcome = Importer.Outcome()
        var unreadable = false
        importer.importDocuments(at: documents, into: &outcome) { _, error in
            StandardStreams.error(error.diagnostic(.xliff).description)
            unreadable = true
        }
        for diagnostic in outcome.diagnostics { StandardStreams.error(diagnostic.description) }
        let verb = dryRun ? "would change" : "changed"
        StandardStreams.write("\(outcome.applied) targets \(verb) in \(outcome.articles) articles, \(outcome.unchanged) unchanged, "
                                + "\(outcome.conflicts) conflicts\n")
        if unreadable || outcome.unwritten > 0 { throw ExitStatus.unusable }
        if outcome.conflicts > 0 { throw ExitStatus.findings }
    }
}
