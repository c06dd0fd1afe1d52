import ArgumentParser
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// Where `help` and `search` read topics from: a catalog, a content folder,
/// or by default the default catalog when built, else `content/`.
struct HelpSourceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A catalog file written by helpkit build.", valueName: "file"))
    var catalog: String?

    @Option(help: ArgumentHelp(
        "A content folder to parse instead of a catalog (slower for large sets; contexts.yml inside it is used).",
        valueName: "folder"))
    var content: String?

    @Option(help: ArgumentHelp(
        "The locales folder, with --content (default: locales/ beside the content folder, else ./locales).",
        valueName: "folder"))
    var locales: String?

    @Option(help: ArgumentHelp(
        "The language to show, before LANGUAGE, LC_ALL, LC_MESSAGES and LANG: ja, it_IT.UTF-8, zh-Hant-TW, …",
        valueName: "tag"))
    var locale: String?

    func validate() throws {
        if catalog != nil, content != nil { throw ValidationError("give --catalog or --content, not both") }
        if locales != nil, catalog != nil { throw ValidationError("--locales applies to --content; a catalog has its locales inside") }
        if let locale, LocaleRequest(locale, origin: .option) == nil {
            throw ValidationError("'\(locale)' is not a locale tag; try ja, fr-FR or it_IT.UTF-8")
        }
    }

    /// The languages asked for: `--locale`, then the environment in gettext's order.
    var preferences: LocalePreferences { LocalePreferences.processEnvironment(explicit: locale) }

    /// Opens the library; what is wrong with the catalog's own inputs is reported on stderr.
    func open() throws -> HelpLibrary {
        let source: HelpLibrary.Source = if let catalog { .catalog(catalog) } else if let content {
            .content(content, localesFolder: locales)
        } else {
            .automatic
        }
        do {
            let library = try HelpLibrary(source)
            // Article problems are `helpkit check`'s business; a broken context
            // map or locale file changes what help shows, so it is said here.
            for diagnostic in library.buildDiagnostics where [.contexts, .locales].contains(diagnostic.code) {
                StandardStreams.error(diagnostic.description)
            }
            return library
        } catch {
            StandardStreams.report(error)
            throw ExitStatus.unusable
        }
    }
}
