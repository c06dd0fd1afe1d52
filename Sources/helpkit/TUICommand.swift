import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Browse help by action in a terminal UI, and review translations unit by unit.",
        discussion: """
        Left: the actions of contexts.yml, then the articles. Right: the help for the \
        selected one, in your language; the action's one-line help is on the status \
        line. Enter opens a topic full screen, L shows it in the next locale it exists \
        in, / searches titles and text, R reviews the translation (each unit over its \
        English source, with the checker's findings; n and N go from one to the next), \
        ? lists the keys, q quits.

        Topics come from a catalog (--catalog, or the default one when it is built and \
        current), from a content folder compiled with its contexts.yml (--content, or \
        content/), or, given PATHs, from article files read directly: articles only, \
        opened at once however many there are, each parsed when first shown.

        Examples:
          helpkit tui                              the bundled help, in your language
          helpkit tui --locale ja-JP               the same in Japanese
          helpkit tui --catalog help.sqlite        a catalog from helpkit build
          helpkit tui ~/help/alchemy --locale fr   a folder of articles, in French
          helpkit tui --review sv-SE               review the Swedish translation

        Colours are off when NO_COLOR is set. HELPKIT_TUI_TIMINGS=FILE logs how long \
        the first frame and each key's redraw took (see bench/50-tui.sh).
        """
    )

    @Argument(help: ArgumentHelp(
        "Article files or folders to read directly (folders are searched recursively for *.md), instead of a catalog.",
        valueName: "path"))
    var paths: [String] = []

    @OptionGroup var source: HelpSourceOptions

    @OptionGroup var checkSettings: CheckSettings

    @Option(help: ArgumentHelp("Start in the review of this locale's translation.", valueName: "locale"))
    var review: String?

    func validate() throws {
        if !paths.isEmpty, source.catalog != nil || source.content != nil {
            throw ValidationError("give --catalog, --content or paths, not more than one of them")
        }
        if let review, LocaleTag(review) == nil { throw ValidationError("--review: '\(review)' is not a locale tag such as sv-SE") }
    }

    func run() throws {
        let start = ContinuousClock.now
        let environment = TerminalSize.processEnvironment()
        let configuration = try checkSettings.configuration()
        let preferences = source.preferences
        let help: any HelpSource
        if paths.isEmpty {
            help = try source.open()
        } else {
            for path in paths where access(path, R_OK) != 0 {
                StandardStreams.error("\(path):1:1: error: cannot read: \(String(cString: strerror(errno))) [unreadable-file]")
                throw ExitStatus.unusable
            }
            let locales = (source.locales ?? LocalesFolder.find(near: paths)).map { LocaleDescription.loadFolder($0).locales } ?? []
            help = HelpFolder(paths: paths, excludes: configuration.excludes, referenceLocale: configuration.reference,
                              locales: locales)
        }
        let content = LibraryContent(source: help, configuration: configuration)
        let options = TUIOptions(
            preferences: preferences, strings: InterfaceStrings(preferences, among: help.locales),
            negotiator: LocaleNegotiator(locales: help.locales),
            review: review.flatMap { LocaleTag($0) },
            colors: RenderOptions.forTerminal(environment: environment, isTerminal: true).color,
            timingsPath: environment["HELPKIT_TUI_TIMINGS"]
        )
        do {
            try TUIApplication.run(content: content, options: options, start: start)
        } catch {
            StandardStreams.error("helpkit tui: error: \(error.description)")
            throw ExitStatus.unusable
        }
    }
}

/// Where the locale files are: beside the folder of articles, in the current
/// folder, or in the checkout the executable was built in.
private enum LocalesFolder {
    static func find(near paths: [String]) -> String? {
        var candidates = paths.map { FileSystemPath.parent(of: $0.hasSuffix("/") ? String($0.dropLast()) : $0) + "/locales" }
        candidates.append("locales")
        var folder = FileSystemPath.parent(of: executablePath())
        while folder != "/", folder != "." {
            candidates.append(folder + "/locales")
            folder = FileSystemPath.parent(of: folder)
        }
        return candidates.first { access($0 + "/en-US.yml", R_OK) == 0 }
    }

    private static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        return count > 0 ? String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
    }
}
