import ArgumentParser
import Dispatch
import HelpKitCore
import HelpKitChecking
import HelpKitExchange
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the translation units for translators' tools: XLIFF 2.0, XLIFF 1.2 or TMX.",
        discussion: """
        Writes one document per target locale, DIR/<locale>.xlf (or .tmx). Each article \
        is a file whose `original` is its path relative to the exported folder, with its \
        ms.openlocfilehash, ms.sourcegitcommit, ms.lasthandoff, ms.translationtype and \
        ms.contentlocale, and a digest of its bytes (fnv1a64, FNV-1a 64 bits) as file \
        metadata. Each unit keeps its sxs id (d55fa-103, d55fa-p104). The source is the \
        current English: for a unit whose English changed, the reference's sentence. \
        Markdown and HTML syntax, link URLs and placeholders are protected inline codes, \
        so translators move them but do not edit them: <ph> alone, <pc> (XLIFF 1.2 and \
        TMX: <bpt>/<ept>) for bold, italic, links and HTML tag pairs within the unit, and \
        isolated <sc>/<ec> (<it>) for the one end of a span the unit boundary cuts.

        States: translated; the English unchanged or empty is initial (XLIFF 1.2: \
        needs-translation); English that changed is initial with subState helpkit:drifted \
        (XLIFF 1.2: needs-review-translation), with a note holding the old English. The \
        checker runs on the same paths (tuned by .helpkit.yml, as `helpkit check` is) and \
        its findings on a unit travel as notes; export the English or every locale \
        together, so that changed English is found. TMX holds only translated, current \
        units, as en-US → locale pairs.

        Examples:
          helpkit export --output out
              content/ as XLIFF 2.0: out/ja-JP.xlf, out/sv-SE.xlf, …
          helpkit export content --format xliff1.2 --locale sv-SE --only needs-work --output out
              what sv-SE translators must look at: drifted, untranslated, missing, parity findings
          helpkit export content --format tmx --output tm

        A locale with no unit to export (say, nothing needs work) gets no document.

        Exit status: 0 when every document was written, 1 when one was written but some \
        article could not be read or parsed cleanly (it is reported on stderr), 2 for a \
        usage error, an unreadable path, an invalid project file or an output that cannot \
        be written.
        """
    )

    @OptionGroup var content: ContentPaths
    @OptionGroup var settings: CheckSettings

    @Option(help: ArgumentHelp("xliff2, xliff1.2 or tmx.", valueName: "format"))
    var format: ExchangeFormat = .xliff2

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("The folder to write the documents in (created when missing).", valueName: "dir"))
    var output: String

    @Option(name: .customLong("locale"), help: ArgumentHelp(
        "Export only this target locale; repeat for several (default: every locale).", valueName: "locale"))
    var locales: [String] = []

    @Option(help: ArgumentHelp("all, or needs-work: only units with a drift, missing, untranslated, empty or parity finding.",
                               valueName: "units"))
    var only: UnitSelection = .all

    func validate() throws {
        for locale in locales where LocaleTag(locale) == nil {
            throw ValidationError("--locale \(locale) is not a locale tag such as sv-SE")
        }
    }

    func run() throws {
        let configuration = try settings.configuration()
        let exporter = Exporter(paths: content.paths, configuration: configuration,
                                locales: Set(locales.compactMap { LocaleTag($0) }), onlyNeedsWork: only == .needsWork)
        let gathered = exporter.documents(format: format, toolVersion: ToolInfo.version)
        let diagnostics = gathered.diagnostics
        for diagnostic in diagnostics { StandardStreams.error(diagnostic.description) }
        guard !gathered.writerFailed else { throw ExportCommand.cannotWrite(output, reason: "libxml2 could not start a document") }
        guard FileStatus.makeFolder(output) else { throw ExportCommand.cannotWrite(output, reason: "cannot create the folder") }
        let sorted = gathered.byLocale.sorted(by: { $0.key < $1.key })
        let paths = sorted.map { output + "/" + $0.key.identifier + "." + format.fileExtension }
        // Each document is finished and written (and synced) on a core of its
        // own; the results are reported in locale order.
        let finishing = DocumentsToWrite(sorted.map(\.value))
        DispatchQueue.concurrentPerform(iterations: sorted.count) { index in
            // An XLIFF document needs a file, and a file a unit: none is written.
            guard finishing.documents[index].unitCount > 0 else { return }
            do {
                try FileReader.writeAtomically(try finishing.documents[index].finish(), to: paths[index])
            } catch {
                finishing.set((error as? FileReader.Failure)?.reason ?? "\(error)", at: index)
            }
        }
        for (index, (locale, document)) in sorted.enumerated() {
            guard document.unitCount > 0 else {
                StandardStreams.write("\(locale.identifier): no units to export, \(paths[index]) not written\n")
                continue
            }
            if let reason = finishing.failures[index] { throw Self.cannotWrite(paths[index], reason: reason) }
            StandardStreams.write("\(paths[index]): \(document.unitCount) units in \(document.articleCount) articles\n")
        }
        if diagnostics.contains(where: { $0.code == .unreadableFile }) { throw ExitStatus.unusable }
        if diagnostics.containsError { throw ExitStatus.findings }
    }

    private static func cannotWrite(_ path: String, reason: String) -> ExitCode {
        StandardStreams.error("\(path):1:1: error: cannot write: \(reason) [unwritable-file]")
        return ExitStatus.unusable
    }
}

/// The documents export writes at once, one per thread: each thread touches
/// its own document and its own failure slot only.
private final class DocumentsToWrite: @unchecked Sendable {
    let documents: [ExchangeDocument]
    private(set) var failures: [String?]
    private let lock = DispatchSemaphore(value: 1)

    init(_ documents: [ExchangeDocument]) {
        self.documents = documents
        failures = Array(repeating: nil, count: documents.count)
    }

    func set(_ failure: String, at index: Int) {
        lock.wait()
        failures[index] = failure
        lock.signal()
    }
}

/// `--only`: every unit, or those that need a translator.
enum UnitSelection: String, CaseIterable, ExpressibleByArgument {
    case all
    case needsWork = "needs-work"
}

extension ExchangeFormat: ExpressibleByArgument {}
