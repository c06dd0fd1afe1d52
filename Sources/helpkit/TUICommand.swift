import ArgumentParser
import HelpKit
import HelpKitTerminal
#if canImport(Glibc)
import Glibc
#endif

struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Browse help by action in a terminal UI, and review translations unit by unit.",
        discussion: """
        Left: the actions of content/contexts.yml, then the articles. Right: the help \
        for the selected one, in your language; the action's one-line help is on the \
        status line. Enter opens a topic full screen, L shows it in the next locale it \
        exists in, / searches titles and text, R reviews the translation (each unit over \
        its English source, with the checker's findings; n and N go from one to the \
        next), ? lists the keys, q quits.

        Examples:
          helpkit tui                              the bundled content/, in your language
          helpkit tui --locale ja-JP               the same in Japanese
          helpkit tui ~/help/alchemy --locale fr   a folder of articles, in French
          helpkit tui --review sv-SE               review the Swedish translation

        Colours are off when NO_COLOR is set. HELPKIT_TUI_TIMINGS=FILE logs how long \
        the first frame and each key's redraw took (see bench/50-tui.sh).
        """
    )

    @OptionGroup var content: ContentPaths

    @OptionGroup var checkSettings: CheckSettings

    @Option(help: ArgumentHelp(
        "Show topics and labels in this locale (ja-JP, fr, zh-Hant-TW, ja_JP.UTF-8); default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG.",
        valueName: "locale"))
    var locale: String?

    @Option(help: ArgumentHelp("Start in the review of this locale's translation.", valueName: "locale"))
    var review: String?

    func validate() throws {
        if let locale, LocaleTag(locale) == nil { throw ValidationError("--locale: '\(locale)' is not a locale tag such as ja-JP") }
        if let review, LocaleTag(review) == nil { throw ValidationError("--review: '\(review)' is not a locale tag such as sv-SE") }
    }

    func run() throws {
        let start = ContinuousClock.now
        let environment = ProcessEnvironment()
        for path in content.paths where access(path, R_OK) != 0 {
            StandardStreams.error("\(path):1:1: error: cannot read: \(String(cString: strerror(errno))) [unreadable-file]")
            throw ExitStatus.unusable
        }
        let configuration = try checkSettings.configuration()
        let options = TUIOptions(
            locale: locale.flatMap { LocaleTag($0) } ?? environment.preferredLocale ?? LocaleTag(language: "en", region: "US"),
            review: review.flatMap { LocaleTag($0) },
            colors: environment["NO_COLOR"].map(\.isEmpty) ?? true,
            localesFolder: LocalesFolder.find(near: content.paths),
            timingsPath: environment["HELPKIT_TUI_TIMINGS"]
        )
        do {
            try TUIApplication.run(content: DirectContent(paths: content.paths, configuration: configuration), options: options, start: start)
        } catch {
            StandardStreams.error("helpkit tui: error: \(error.description)")
            throw ExitStatus.unusable
        }
    }
}

/// The environment variables the TUI reads.
private struct ProcessEnvironment {
    subscript(name: String) -> String? { getenv(name).map { String(cString: $0) } }

    /// The first locale of `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`, in
    /// gettext's order; `C` and `POSIX` name none.
    var preferredLocale: LocaleTag? {
        let language = self["LANGUAGE"]?.split(separator: ":").lazy.compactMap { LocaleTag($0) }.first
        return language ?? ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { self[$0].flatMap { LocaleTag($0) } }.first
    }
}

/// Where the locale files are: beside the content folder, in the current
/// folder, or in the checkout the executable was built in.
private enum LocalesFolder {
    static func find(near paths: [String]) -> String? {
        var candidates = paths.map { parent(of: $0) + "/locales" } + ["locales"]
        var folder = parent(of: executablePath())
        while folder != "/", !folder.isEmpty {
            candidates.append(folder + "/locales")
            folder = parent(of: folder)
        }
        return candidates.first { access($0 + "/en-US.yml", R_OK) == 0 }
    }

    private static func parent(of path: String) -> String {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    private static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        return count > 0 ? String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
    }
}
