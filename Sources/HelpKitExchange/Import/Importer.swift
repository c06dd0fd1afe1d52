import HelpKitCore

/// Merges the targets of XLIFF documents back into the articles they were
/// exported from, changing only the bytes of target spans, and of the
/// `sxs-lookup` span of a drifted unit that was translated anew: its English
/// becomes the current English it was exported with, so the drift is resolved.
///
/// A unit's target is applied when it differs from the article's target as
/// export read it; inline codes go back as the markup they stood for, byte
/// for byte, and text is spelled as the article spells it (`MarkdownEncoder`):
/// what the translator left alone keeps its bytes, entities included. What cannot be applied safely is a conflict, reported and left
/// alone: an article whose bytes changed since export (digest), a file or
/// unit that is gone, a protected code deleted or duplicated, a paired code
/// whose ends no longer nest or lost one end, an inline
/// element helpkit did not write, or a target that would break the unit's
/// span markup. Each article is written atomically, once, after all of its
/// units were merged.
public struct Importer: Sendable {
    /// The folder the `original` paths are relative to: the exported folder.
    public var folder: String
    /// Report what would change, write nothing.
    public var dryRun: Bool

    public init(folder: String, dryRun: Bool = false) {
        self.folder = folder
        self.dryRun = dryRun
    }

    /// What one import did.
    public struct Outcome: Sendable {
        /// Targets that changed (or would, in a dry run).
        public var applied = 0
        /// Targets equal to the article's.
        public var unchanged = 0
        /// Articles written (or that would be).
        public var articles = 0
        /// Conflicts and unreadable documents, as `path:line:col: error: … [xliff]`.
        public var diagnostics: [Diagnostic] = []
        /// Articles whose merge could not be written (a full disk, a read-only folder).
        public var unwritten = 0

        public var conflicts: Int { diagnostics.count }

        public init() {}

        mutating func add(_ other: Outcome) {
            applied += other.applied
            unchanged += other.unchanged
            articles += other.articles
            diagnostics += other.diagnostics
            unwritten += other.unwritten
        }
    }

    /// Imports the document at `path` (an XLIFF 2.0 or 1.2 file) into `outcome`.
    /// Throws when the document cannot be read at all.
    public func importDocument(at path: String, into outcome: inout Outcome) throws(FileReader.Failure) {
        switch read(path) {
        case let .unreadable(failure): throw failure
        case let .refused(diagnostic): outcome.diagnostics.append(diagnostic)
        case let .read(document): merge(document, from: path, into: &outcome)
        }
    }

    /// Imports the documents at `paths`, in order, into `outcome`: documents
    /// are read and articles merged on every core, and the outcome is the
    /// one a document-by-document, file-by-file import would give. A document
    /// that cannot be read at all goes to `unreadable`.
    public func importDocuments(at paths: [String], into outcome: inout Outcome,
                                unreadable: (String, FileReader.Failure) -> Void) {
        let importer = self
        // Every document may be read at once: there are a few, one per locale.
        OrderedParallel.forEach(paths, window: max(1, paths.count), { path in (path, importer.read(path)) },
                                consume: { (path: String, read: Read) in
            switch read {
            case let .unreadable(failure): unreadable(path, failure)
            case let .refused(diagnostic): outcome.diagnostics.append(diagnostic)
            case let .read(document): merge(document, from: path, into: &outcome)
            }
        })
    }

    /// A document as read for import.
    private enum Read: Sendable {
        case read(XLIFFDocument)
        /// Not XLIFF that can be imported: malformed, hostile, another namespace.
        case refused(Diagnostic)
        /// Not readable at all.
        case unreadable(FileReader.Failure)
    }

    private func read(_ path: String) -> Read {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path)
        } catch {
            return .unreadable(error)
        }
        do {
            return .read(try XLIFFDocument(bytes: bytes, name: path))
        } catch {
            return .refused(Diagnostic(path: path, location: error.location, severity: .error,
                                       message: "cannot read the XLIFF: \(error.message); nothing of it was imported", code: .xliff))
        }
    }

    /// Merges the files of `document` on every core, in document order. A
    /// file named twice is merged after the others, once they are written:
    /// the second sees the first's bytes (and so a changed digest).
    private func merge(_ document: XLIFFDocument, from path: String, into outcome: inout Outcome) {
        var seen: Set<String> = []
        var first: [XLIFFDocument.File] = []
        var repeated: [XLIFFDocument.File] = []
        for file in document.files {
            if seen.insert(file.original).inserted { first.append(file) } else { repeated.append(file) }
        }
        let importer = self
        OrderedParallel.forEach(first, window: 32, { file in
            var partial = Outcome()
            importer.merge(file, from: path, into: &partial)
            return partial
        }, consume: { outcome.add($0) })
        for file in repeated { merge(file, from: path, into: &outcome) }
    }

    private func conflict(_ message: String, in path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(path: path, location: location, severity: .error, message: message + "; not applied", code: .xliff)
    }

    private func merge(_ file: XLIFFDocument.File, from xliffPath: String, into outcome: inout Outcome) {
        let original = file.original
        guard Self.isInsideFolder(original) else {
            outcome.diagnostics.append(conflict("the file's original \"\(original)\" is not a path inside the folder",
                                                in: xliffPath, at: file.location))
            return
        }
        let path = folder.hasSuffix("/") ? folder + original : folder + "/" + original
        let bytes: [UInt8]
        do {
            bytes = try FileReader.readArticle(path)
        } catch {
            outcome.diagnostics.append(conflict("\(original): cannot read the article: \(error.reason)", in: xliffPath, at: file.location))
            return
        }
        // Only units change: the front matter's YAML is not read.
        var article = ArticleParser.parse(bytes, path: path, readingFrontMatter: false)
        // Each id's first unit: filled from the last, so that the first is what stays.
        var index: [String: Int] = [:]
        index.reserveCapacity(article.units.count)
        for position in article.units.indices.reversed() { index[article.units[position].id.description] = position }
        let positions = file.units.map { index[$0.id] }
        let repeated = Self.repeatedUnits(file.units, at: positions, among: article.units.count)
        // The digest matters once a target would change: an import that changes
        // nothing in an article neither hashes nor judges it.
        lazy var staleness = Self.staleness(of: file, bytes: bytes)
        var applied = 0
        var unchanged = 0
        var conflicts: [Diagnostic] = []
        let originalUnits = article.units
        lazy var encoder = MarkdownEncoder(units: originalUnits)
        for (number, imported) in file.units.enumerated() {
            // An empty target is a unit not translated yet, never an order to erase one.
            guard let target = imported.target, !target.isBlank else { continue }
            let position = positions[number]
            // The article's target as export read it: no earlier unit of the file wrote to it, each naming its own unit.
            let current = position.map { InlineContent(raw: article.units[$0].rawTarget) }
            if let current, !repeated[number], target == current {
                unchanged += 1
                continue
            }
            if let staleness {
                outcome.diagnostics.append(conflict("\(original): \(staleness); export it again", in: xliffPath, at: file.location))
                return
            }
            guard !repeated[number] else {
                conflicts.append(conflict("\(original): unit \(imported.id) appears more than once in the file", in: xliffPath, at: imported.location))
                continue
            }
            guard let position, let current else {
                conflicts.append(conflict("\(original): unit \(imported.id) is gone from the article", in: xliffPath, at: imported.location))
                continue
            }
            let unit = article.units[position]
            let english = InlineContent(raw: unit.rawSource)
            // Only a drifted unit's English changes: export sent it with the current English as its source and
            // the article's English in a note. Any other edit of a source is the translator's, and not theirs to make.
            let newEnglish = imported.source != english && !imported.source.pieces.isEmpty ? imported.source : nil
            // A drifted unit's note holds the English the translation was made from: the article's.
            let sourceEditedOutsideDrift = newEnglish != nil
                && imported.oldEnglishNote != ExchangeNotes.oldEnglishNote(EnglishSentences.oneLine(unit.source))
            let encoded = encoder.encode(target, replacing: unit.rawTarget)
            let problem = imported.problems.first
                ?? (sourceEditedOutsideDrift ? "its English (the source) was edited, and only a drifted unit's English may change" : nil)
                ?? Self.codeProblem(target, allowed: [english, current] + (newEnglish.map { [$0] } ?? []))
                ?? Self.structureProblem(encoded: encoded, unit: unit)
            if let problem {
                conflicts.append(conflict("\(original): unit \(imported.id): \(problem)", in: xliffPath, at: imported.location))
                continue
            }
            article.units[position].rawTarget = ArraySlice(encoded)
            if let newEnglish {
                article.units[position].rawSource = ArraySlice(encoder.encode(newEnglish, replacing: unit.rawSource))
            }
            applied += 1
        }
        outcome.unchanged += unchanged
        outcome.diagnostics += conflicts
        guard applied > 0 else { return }
        let merged = article.printed()
        // The new targets must leave every unit where it was: a target that
        // spells `</span>` would cut its unit short.
        let reparsed = ArticleParser.parse(merged, path: path, readingFrontMatter: false)
        guard reparsed.units.map(\.id) == article.units.map(\.id), reparsed.units.count == article.units.count else {
            outcome.diagnostics.append(conflict("\(original): the new targets would break the units' span markup", in: xliffPath,
                                                at: file.location))
            return
        }
        if !dryRun {
            do {
                try FileReader.writeAtomically(merged, to: path)
            } catch {
                outcome.diagnostics.append(conflict("\(original): cannot write: \(error.reason)", in: xliffPath, at: file.location))
                outcome.unwritten += 1
                return
            }
        }
        outcome.applied += applied
        outcome.articles += 1
    }

    /// Whether an XLIFF file's `original` names a file inside the exported
    /// folder: relative, with no empty or `..` component.
    static func isInsideFolder(_ original: String) -> Bool {
        guard !original.isEmpty, !original.hasPrefix("/") else { return false }
        return !original.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            .contains { $0.isEmpty || $0.elementsEqual("..".utf8) }
    }

    /// Whether each imported unit shares its id with another of the file's:
    /// counted by the article unit it names, and by id for those gone from it.
    private static func repeatedUnits(_ units: [XLIFFDocument.Unit], at positions: [Int?], among count: Int) -> [Bool] {
        var uses = [Int](repeating: 0, count: count)
        var goneUses: [String: Int] = [:]
        for (unit, position) in zip(units, positions) {
            if let position { uses[position] += 1 } else { goneUses[unit.id, default: 0] += 1 }
        }
        return zip(units, positions).map { unit, position in position.map { uses[$0] > 1 } ?? (goneUses[unit.id, default: 0] > 1) }
    }

    /// Why the article cannot take the file's targets: the file has no
    /// digest, or the article's bytes changed since the export.
    private static func staleness(of file: XLIFFDocument.File, bytes: [UInt8]) -> String? {
        guard let digest = file.digest else { return "the file has no helpkit:digest" }
        return digest == ArticleDigest.of(bytes) ? nil : "the article changed since it was exported"
    }

    /// Why `target`'s codes cannot be right, measured against the article's
    /// own markup (`allowed`: its English, its translation, and a drifted
    /// unit's new English), never against the document's `originalData`: a
    /// code of the unit deleted (in every allowed text, and not here),
    /// duplicated (more than any has), or one the unit never had.
    static func codeProblem(_ target: InlineContent, allowed: [InlineContent]) -> String? {
        func counts(_ content: InlineContent) -> [String: Int] { content.codes.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        let now = counts(target)
        let references = allowed.map(counts)
        for code in references.reduce(Set(now.keys), { $0.union($1.keys) }).sorted() {
            let count = now[code] ?? 0
            let allowedCounts = references.map { $0[code] ?? 0 }
            let most = allowedCounts.max() ?? 0
            if most == 0 { return "the code `\(code)` is not one of the unit's; protected codes cannot be edited" }
            if count > most { return "the protected code `\(code)` is duplicated" }
            if count < (allowedCounts.min() ?? 0) { return "the protected code `\(code)` was deleted" }
        }
        return nil
    }

    /// Why the target's markdown, `encoded`, would change the article around
    /// the unit: a line break the unit never had ends its block and can start
    /// another (`# heading`, `- item`).
    static func structureProblem(encoded: [UInt8], unit: TranslationUnit) -> String? {
        guard encoded.contains(.newline), !unit.rawTarget.contains(.newline), !unit.rawSource.contains(.newline) else { return nil }
        return "it holds a line break, which would change the article's blocks"
    }

}
