import ArgumentParser
import HelpKitCore
import HelpKitUpdate

struct PseudoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pseudo",
        abstract: "Write a pseudo-locale: every English article as an sxs translation with accented, padded text.",
        discussion: """
        Each English article becomes OUTPUT/<locale>/<name>.md: its front matter with \
        ms.contentlocale, and every sentence a unit whose translation is its English with \
        the letters accented, bracketed and padded until it is --expansion percent \
        longer ([Ŗéšéţ ţĥé ƤÎÑ ·]). OUTPUT is the folder that holds the English folder \
        unless --output says otherwise, so the pseudo-locale sits beside the real ones. Markdown delimiters, inline code, link targets, URLs, \
        HTML tags, placeholders ({0}, %APPDATA%, <Group Name>) and entities stay as \
        written. Render, build or browse the result to find text that overflows, \
        clips or was never marked translatable.

        Exit status: 0 written, 2 usage error or unreadable input or unwritable output.

        Examples:
          helpkit pseudo                                 # content/en-US into content/qps-Ploc
          helpkit tui --locale qps-ploc                  # browse it with the TUI's own words pseudo-localized
          helpkit pseudo --output pseudo                 # content/en-US into pseudo/qps-Ploc
          helpkit pseudo content/en-US -o out --expansion 50 --locale qps-plocm
        """
    )

    @Argument(help: ArgumentHelp("English article files or folders.", valueName: "path"))
    var paths: [String] = ["content/en-US"]

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("The folder to write the locale folder into (default: the one that holds the English folder).",
                               valueName: "folder"))
    var output: String?

    @Option(help: ArgumentHelp("The pseudo-locale's tag.", valueName: "locale"))
    var locale = "qps-ploc"

    @Option(help: ArgumentHelp("How much longer the text gets, in percent.", valueName: "percent"))
    var expansion = 30

    func validate() throws {
        guard LocaleTag(locale) != nil else { throw ValidationError("--locale \(locale) is not a locale tag such as qps-ploc") }
        guard (0...300).contains(expansion) else { throw ValidationError("--expansion takes a percentage from 0 to 300") }
    }

    /// The folder that holds the first English folder, or holds the folder of the first English file.
    private var defaultOutput: String {
        let first = paths.first.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? "."
        let englishFolder = FileSystemPath.isDirectory(first) ? first : FileSystemPath.parent(of: first)
        return FileSystemPath.parent(of: englishFolder)
    }

    func run() throws {
        let walker = ContentWalker(paths: paths)
        for diagnostic in walker.diagnostics { StandardStreams.error(diagnostic.description) }
        let tag = LocaleTag(locale) ?? LocaleTag(language: "qps")
        let pseudolocalizer = Pseudolocalizer(expansion: expansion)
        let folder = "\(output ?? defaultOutput)/\(tag.identifier)"
        FileSystemPath.createFolder(folder)
        var written = 0
        var failed = !walker.diagnostics.isEmpty
        for path in walker.files {
            let english: [UInt8]
            do {
                english = try FileReader.readArticle(path)
            } catch {
                StandardStreams.error(error.diagnostic().description)
                failed = true
                continue
            }
            let destination = "\(folder)/\(Article.slug(ofPath: path)).md"
            let newEnglish = NewEnglish(english, path: path)
            if let problem = newEnglish.errors.first {
                StandardStreams.error(problem.description)
                failed = true
                continue
            }
            let update = ArticleUpdate(missingIn: tag, english: newEnglish, path: destination, translate: pseudolocalizer.translate)
            if let problem = update.readBackError(at: destination) {
                StandardStreams.error(Diagnostic(path: path, location: .start, severity: .error,
                                                 message: "its pseudo-locale would not parse (\(problem.message)); nothing written", code: .update).description)
                failed = true
                continue
            }
            do {
                try FileReader.writeAtomically(update.bytes ?? [], to: destination)
                written += 1
            } catch {
                StandardStreams.error(Diagnostic(path: destination, location: .start, severity: .error,
                                                 message: "cannot write: \(error.reason)", code: .update).description)
                failed = true
            }
        }
        StandardStreams.error("\(written) article(s) written to \(folder)")
        if failed { throw ExitStatus.unusable }
    }
}
