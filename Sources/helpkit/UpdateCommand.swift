import ArgumentParser
import HelpKitCore
import HelpKitUpdate

struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Carry translations over to a new English, keeping every sentence that still holds.",
        discussion: """
        For each localized article whose English changed, the article is rewritten \
        with the new English's blocks and sentences, numbered from its own id prefix. \
        Each sentence keeps the translation of the sentence it was: unchanged, moved, \
        split, merged and cosmetic edits keep it with the new English; a changed \
        sentence with at least --threshold of its words keeps it with its old English, \
        so helpkit check reports it as source-drift (old → new); a new sentence gets \
        the English as its translation (check reports it as untranslated). Removed \
        sentences go. An article whose English did not change is not touched, and \
        neither is one whose English or own units do not parse, nor one with no \
        English: each is reported with its place. Every rewritten article is parsed \
        again before it is written; one that would have an error is left as it was.

        The English comes from --english, plain English markdown as helpkit source \
        writes it, one file per article with the same name. Files are written in \
        place, each atomically, or below --output with the same relative paths.

        --report prints the leverage analysis, per locale and in total: units and \
        English words that are exact, fuzzy (95-99%, 85-94%, 75-84%), new, and \
        repetitions. With --dry-run nothing is written.

        Exit status: 0 done, 2 usage error or unreadable input or unwritable output.

        Examples:
          helpkit update                                   # content/ from content/en-US
          helpkit update content --dry-run --report text   # the analysis alone
          helpkit update content/ja-JP --english new-en -o updated --threshold 85
          helpkit update --add-missing --report csv > leverage.csv
        """
    )

    @OptionGroup var content: ContentPaths

    @Option(help: ArgumentHelp("The folder of the new English articles.", valueName: "folder"))
    var english = "content/en-US"

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("Write updated articles below this folder, with their relative paths, instead of in place.",
                               valueName: "folder"))
    var output: String?

    @Option(help: ArgumentHelp("The share of words, in percent, a changed sentence must keep for its translation to be kept.",
                               valueName: "percent"))
    var threshold = 75

    @Flag(help: "Write nothing; say what would change.")
    var dryRun = false

    @Option(help: ArgumentHelp("Print the leverage analysis: text, json or csv.", valueName: "format"))
    var report: LeverageFormat?

    @Flag(help: "Give each locale folder the English articles it lacks, every unit new.")
    var addMissing = false

    func validate() throws {
        guard (1...100).contains(threshold) else { throw ValidationError("--threshold takes a percentage from 1 to 100") }
    }

    func run() throws {
        let selection = ContentSet(paths: content.paths)
        for diagnostic in selection.diagnostics { StandardStreams.error(diagnostic.description) }
        var leverage = LeverageReport()
        var summary = UpdateSummary()
        let folders = Self.localeFolders(selection)
        // Articles are read and carried over on every core; the outcomes are
        // written and counted here, in slug order.
        let command = self
        try OrderedParallel.forEach(selection.groups, window: 64, { group in
            command.updates(of: group, localeFolders: folders)
        }, consume: { outcomes in
            for outcome in outcomes {
                switch outcome {
                case let .left(path, why):
                    summary.leave(path, why)
                case let .reported(diagnostics):
                    diagnostics.forEach { StandardStreams.error($0.description) }
                case let .updated(path, locale, update, isNew):
                    leverage.add(update, locale: locale)
                    try summary.record(update.bytes, for: path, writing: destination(of: path), dryRun: dryRun, isNew: isNew)
                }
            }
        })
        switch report {
        case .text?: StandardStreams.write(leverage.text())
        case .json?: StandardStreams.write(leverage.json())
        case .csv?: StandardStreams.write(leverage.csv())
        case nil: break
        }
        StandardStreams.error(summary.line(dryRun: dryRun))
        if summary.failed { throw ExitStatus.unusable }
    }

    /// What happened to one article of a group.
    private enum Outcome: Sendable {
        case left(path: String, why: String)
        case reported([Diagnostic])
        case updated(path: String, locale: String, update: ArticleUpdate, isNew: Bool)
    }

    /// The articles of one group carried over to its new English; run on a worker.
    private func updates(of group: ContentSet.Group, localeFolders: [(LocaleTag, String)]) -> [Outcome] {
        let translations = group.files.filter { !($0.folderLocale.map(ReferencePolicy.isEnglishReference) ?? true) }
        let path = "\(english)/\(group.slug).md"
        guard let englishBytes = try? FileReader.readArticle(path) else {
            return translations.map { .left(path: $0.path, why: "no English at \(path); it is left as it is") }
        }
        let newEnglish = NewEnglish(englishBytes, path: path)
        let problems = newEnglish.errors
        guard problems.isEmpty else {
            return [.reported(problems)] + translations.map { .left(path: $0.path, why: "its English does not parse; it is left as it is") }
        }
        var outcomes: [Outcome] = translations.map { file in
            let article = ArticleStream.load(file.path)
            guard article.isReadableText, !article.diagnostics.containsError else {
                return .left(path: file.path, why: "its units do not parse (helpkit check tells why); it is left as it is")
            }
            let update = ArticleUpdate(article, english: newEnglish, threshold: Double(threshold) / 100)
            return Self.checked(update, path: file.path, locale: file.folderLocale?.identifier ?? "?", isNew: false)
        }
        guard addMissing else { return outcomes }
        let present = Set(translations.compactMap(\.folderLocale))
        for (locale, folder) in localeFolders where !present.contains(locale) {
            let path = "\(folder)/\(group.slug).md"
            outcomes.append(Self.checked(ArticleUpdate(missingIn: locale, english: newEnglish, path: path),
                                         path: path, locale: locale.identifier, isNew: true))
        }
        return outcomes
    }

    /// The update, unless what it would write does not parse cleanly: that is never written.
    private static func checked(_ update: ArticleUpdate, path: String, locale: String, isNew: Bool) -> Outcome {
        guard let problem = update.readBackError(at: path) else {
            return .updated(path: path, locale: locale, update: update, isNew: isNew)
        }
        return .left(path: path, why: "the updated article would not parse (\(problem.message)); it is left as it is")
    }

    /// Where an updated `path` goes: in place, or below `--output` with its
    /// path relative to the content path it was found under.
    private func destination(of path: String) -> String {
        guard let output else { return path }
        return "\(output)/\(ContentSet.relativePath(of: path, under: content.paths))"
    }

    /// The folder of each translated locale: where its first article lives.
    private static func localeFolders(_ selection: ContentSet) -> [(LocaleTag, String)] {
        var folders: [LocaleTag: String] = [:]
        for group in selection.groups {
            for file in group.files {
                guard let locale = file.folderLocale, !ReferencePolicy.isEnglishReference(locale), folders[locale] == nil else { continue }
                folders[locale] = FileSystemPath.parent(of: file.path)
            }
        }
        return folders.sorted { $0.key < $1.key }
    }
}

enum LeverageFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case csv
}

/// What `update` did, file by file, for its closing line.
private struct UpdateSummary {
    var updated = 0
    var unchanged = 0
    var added = 0
    var failed = false

    mutating func record(_ bytes: [UInt8]?, for path: String, writing destination: String, dryRun: Bool,
                         isNew: Bool) throws {
        guard let bytes else {
            unchanged += 1
            return
        }
        if isNew { added += 1 } else { updated += 1 }
        if dryRun {
            StandardStreams.error("\(path): would be \(isNew ? "added" : "updated")")
            return
        }
        FileSystemPath.createFolder(FileSystemPath.parent(of: destination))
        do {
            try FileReader.writeAtomically(bytes, to: destination)
        } catch {
            StandardStreams.error(Diagnostic(path: destination, location: .start, severity: .error,
                                             message: "cannot write: \(error.reason)", code: .update).description)
            failed = true
        }
    }

    /// Reports an article left as it was: `path:1:1: warning: … [update]`.
    mutating func leave(_ path: String, _ why: String) {
        StandardStreams.error(Diagnostic(path: path, location: .start, severity: .warning, message: why, code: .update).description)
        unchanged += 1
    }

    func line(dryRun: Bool) -> String {
        let verb = dryRun ? "would be " : ""
        return "\(updated) article(s) \(verb)updated, \(added) \(verb)added, \(unchanged) unchanged"
    }
}
