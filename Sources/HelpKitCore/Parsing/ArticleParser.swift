/// Parses one sxs article from its bytes into an `Article`.
///
/// It never fails and never stops early: whatever it cannot read becomes a
/// diagnostic, the bytes stay in the article's trivia, and `printed()` still
/// gives back the input.
public enum ArticleParser {
    /// How many diagnostics of one kind a file reports before summing up the rest.
    static let diagnosticsPerCode = 20

    public static func parse(_ data: [UInt8], path: String) -> Article {
        parse(data, path: path, readingFrontMatter: true)
    }

    /// With `readingFrontMatter` false, the front matter is found but its YAML
    /// is not read: the article has no `frontMatter` (its locale comes from
    /// its path) and reports no front-matter problem, while its units, blocks
    /// and `printed()` are as a full parse gives them. For a writer that
    /// changes units only (import), at a fraction of the cost.
    public static func parse(_ data: [UInt8], path: String, readingFrontMatter: Bool) -> Article {
        data.withUnsafeBufferPointer { buffer in
            var parse = Parse(bytes: Bytes(base: buffer), storage: data, path: path, readingFrontMatter: readingFrontMatter)
            return parse.run()
        }
    }
}

private struct Parse {
    let bytes: Bytes
    let storage: [UInt8]
    let path: String
    /// The file as a String once it is known to be UTF-8: unit texts are copied
    /// out of it rather than validated a second time.
    package var text: String?
    package var lines: LineIndex
    var diagnostics: [Diagnostic] = []
    let readingFrontMatter: Bool

    init(bytes: Bytes, storage: [UInt8], path: String, readingFrontMatter: Bool) {
        self.bytes = bytes
        self.storage = storage
        self.path = path
        self.lines = LineIndex(bytes)
        self.readingFrontMatter = readingFrontMatter
    }

    mutating func run() -> Article {
        if storage.isEmpty {
            report(.start, .warning, "the file is empty; an article needs front matter and units", .emptyFile)
            return article(units: [], frontMatter: nil)
        }
        text = TextValidation.text(of: bytes)
        let isUTF8 = text != nil
        if TextValidation.looksBinary(bytes, isUTF8: isUTF8) {
            report(.start, .error, "the file looks binary (NUL bytes or invalid UTF-8 near its start); it is not read as an article", .binaryFile)
            return article(units: [], frontMatter: nil)
        }
        reportInvalidText(isUTF8: isUTF8)
        var unclosedFrontMatter = false
        let header = FrontMatterParser.parse(bytes, lines: &lines, readingValues: readingFrontMatter) { _ in unclosedFrontMatter = true }
        if unclosedFrontMatter {
            report(.start, .error, "the front matter opened by --- is never closed by a --- line", .invalidFrontMatter)
        }
        if let problem = header?.problem {
            report(problem.location, .error, problem.message, .invalidFrontMatter)
        }
        var scanner = UnitScanner(bytes)
        scanner.scan()
        for problem in scanner.problems {
            report(lines.location(of: problem.offset), problem.severity, problem.message, problem.code)
        }
        var classifier = BlockClassifier(bytes: bytes, lines: lines)
        let blocks = classifier.blocks(of: scanner.units, frontMatterLines: header?.lastLine ?? 0)
        let units = zip(scanner.units, blocks).map { found, block in unit(found, block: block) }
        reportDuplicateIDs(in: units)
        return article(units: units, frontMatter: header?.frontMatter)
    }

    private mutating func unit(_ found: UnitScanner.Found, block: Block) -> TranslationUnit {
        TranslationUnit(
            id: found.id,
            sourceID: found.sourceID,
            target: decodedText(found.target),
            source: decodedText(found.source),
            rawTarget: storage[found.target],
            rawSource: storage[found.source],
            markup: .init(
                opening: storage[found.range.lowerBound..<found.target.lowerBound],
                separator: storage[found.target.upperBound..<found.source.lowerBound],
                closing: storage[found.source.upperBound..<found.range.upperBound]
            ),
            block: block,
            location: lines.location(of: found.range.lowerBound)
        )
    }

    /// The text at `range` with its character references decoded.
    private func decodedText(_ range: Range<Int>) -> String {
        EntityDecoder.decode(UnsafeBufferPointer(rebasing: bytes.base[range]), plainText: text.map { text in
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: range.lowerBound)
            return String(Substring(text.utf8[start..<text.utf8.index(start, offsetBy: range.count)]))
        })
    }

    private func article(units: [TranslationUnit], frontMatter: FrontMatter?) -> Article {
        var trivia: [ArraySlice<UInt8>] = []
        trivia.reserveCapacity(units.count + 1)
        var cursor = 0
        // Indexing reads each unit in place; `for unit in units` would copy every one.
        for index in units.indices {
            let start = units[index].location.offset
            trivia.append(storage[cursor..<start])
            cursor = start + units[index].printedCount
        }
        trivia.append(storage[cursor...])
        return Article(
            path: path,
            locale: Self.locale(frontMatter: frontMatter, path: path),
            frontMatter: frontMatter,
            units: units,
            trivia: trivia,
            diagnostics: Self.capped(diagnostics.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) })
        )
    }

    private mutating func reportInvalidText(isUTF8: Bool) {
        for offset in TextValidation.nulBytes(in: bytes) {
            report(lines.location(of: offset), .error, "NUL byte in the text; it is kept, but no tool downstream expects it", .nulByte)
        }
        for offset in isUTF8 ? [] : TextValidation.invalidUTF8(in: bytes) {
            report(lines.location(of: offset), .error, "invalid UTF-8; the bytes are kept and read as U+FFFD", .invalidUTF8)
        }
    }

    private mutating func reportDuplicateIDs(in units: [TranslationUnit]) {
        var seen: [UnitID: SourceLocation] = [:]
        seen.reserveCapacity(units.count)
        for index in units.indices {
            let (id, location) = (units[index].id, units[index].location)
            if let first = seen[id] {
                report(location, .error, "unit id \(id) appears again (first at line \(first.line)); ids must be unique in a file", .duplicateID)
            } else {
                seen[id] = location
            }
        }
    }

    private mutating func report(_ location: SourceLocation, _ severity: Severity, _ message: String, _ code: DiagnosticCode) {
        diagnostics.append(Diagnostic(path: path, location: location, severity: severity, message: message, code: code))
    }

    /// Keeps the first few diagnostics of each code and sums up the rest in one.
    private static func capped(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var counts: [DiagnosticCode: Int] = [:]
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            let count = (counts[diagnostic.code] ?? 0) + 1
            counts[diagnostic.code] = count
            if count <= ArticleParser.diagnosticsPerCode { kept.append(diagnostic) }
        }
        for (code, count) in counts.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where count > ArticleParser.diagnosticsPerCode {
            guard let last = kept.last(where: { $0.code == code }) else { continue }
            var summary = last
            summary.message = "\(count - ArticleParser.diagnosticsPerCode) more like the above are not shown"
            kept.append(summary)
        }
        return kept
    }

    /// From `ms.contentlocale`, else from the nearest folder named like `ja-JP`.
    static func locale(frontMatter: FrontMatter?, path: String) -> LocaleTag? {
        if let declared = frontMatter?.contentLocale.flatMap({ LocaleTag($0) }) { return declared }
        return LocaleTag(folderOf: path)
    }
}
