import ArgumentParser
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile articles, locales and the context map into one SQLite catalog.",
        discussion: """
        The catalog holds every article in every locale (English rebuilt from the \
        unit sources where there is no English original), the units, the context ids \
        and actions, the locales' interface strings, and a full-text index that \
        finds Japanese and Chinese as well as spaced languages. helpkit help, \
        helpkit search, the TUI and host apps read it; nothing else is needed at \
        run time.

        The project file's exclude and reference apply as they do to helpkit check, \
        so a topic's "older English revision" notice counts exactly the sentences \
        check reports as source-drift, missing-unit and extra-unit.

        contexts.yml in the first content folder is checked like a help compiler \
        checks its map: unknown articles, context ids or sentences, duplicate \
        actions and malformed entries are errors (path:line:col: error: … [contexts]) \
        and no catalog is written. Problems in articles are printed; the articles \
        are still included (helpkit check is the place to fix them).

        The file is written beside its destination and renamed into place, so a \
        reader never sees half a catalog.

        Exit status: 0 written, 1 the context map has errors (nothing written), \
        2 usage error, unreadable input or unwritable destination.

        Examples:
          helpkit build                       # content/ into .build/helpkit-catalog.sqlite
          helpkit build content -o help.sqlite
          helpkit build ~/corpus/alchemy-sxs --locales locales -o corpus.sqlite
        """
    )

    @OptionGroup var content: ContentPaths
    @OptionGroup var settings: CheckSettings

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("The catalog file to write.", valueName: "file"))
    var output = HelpLibrary.defaultCatalogPath

    @Option(help: ArgumentHelp("The locales folder (default: locales/ beside the first content folder, else ./locales).",
                               valueName: "folder"))
    var locales: String?

    @Option(help: ArgumentHelp("The context map (default: contexts.yml in the first content folder).", valueName: "file"))
    var contexts: String?

    func run() throws {
        if output == HelpLibrary.defaultCatalogPath { FileSystemPath.createFolder(FileSystemPath.parent(of: output)) }
        let configuration = try settings.configuration()
        var builder = CatalogBuilder.conventional(contentPaths: content.paths, localesFolder: locales, contextMapPath: contexts)
        builder.excludes = configuration.excludes
        builder.referenceLocale = configuration.reference
        if builder.localesFolder == nil {
            StandardStreams.error("warning: no locales folder found; the catalog has no interface strings (give --locales)")
        }
        let report: CatalogBuildReport
        do {
            report = try builder.build(to: output)
        } catch {
            StandardStreams.report(error)
            throw ExitStatus.unusable
        }
        for diagnostic in report.diagnostics { StandardStreams.error(diagnostic.description) }
        guard report.written else {
            StandardStreams.error("\(report.contextMapErrors.count) error(s) in the context map; no catalog written")
            throw ExitStatus.findings
        }
        let locales = report.locales.map(\.identifier).joined(separator: ", ")
        StandardStreams.write("""
            \(output): \(report.topicCount) topics, \(report.articleCount) articles (\(locales)), \
            \(report.unitCount) units, \(report.actionCount) actions\n
            """)
        if report.diagnostics.contains(where: { $0.code == .unreadableFile }) { throw ExitStatus.unusable }
    }
}
