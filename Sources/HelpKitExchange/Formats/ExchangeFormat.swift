import HelpKitCore

/// The interchange formats helpkit writes for translators' tools.
public enum ExchangeFormat: String, CaseIterable, Sendable {
    /// XLIFF 2.0 core with the metadata module: codes as `<ph>`, `<pc>` and
    /// isolated `<sc>`/`<ec>`, with `<originalData>`.
    case xliff2
    /// XLIFF 1.2 (valid against the strict schema): codes as `<ph>`, `<bpt>`/`<ept>` and `<it>`.
    case xliff12 = "xliff1.2"
    /// TMX 1.4b: translated, current units only, as en-US → locale pairs.
    case tmx

    /// `xlf` or `tmx`.
    public var fileExtension: String { self == .tmx ? "tmx" : "xlf" }
}

/// One exchange document, for one target locale, written article by article.
public final class ExchangeDocument {
    public let format: ExchangeFormat
    public let locale: LocaleTag
    /// The units written so far.
    public private(set) var unitCount = 0
    /// The articles (files) written so far.
    public private(set) var articleCount = 0
    private let writer: XMLWriter
    /// The English every document is translated from.
    public static let sourceLocale = "en-US"
    /// The namespace of helpkit's own values (XLIFF 2.0 `subState`).
    public static let namespacePrefix = "helpkit"

    public init(format: ExchangeFormat, locale: LocaleTag, toolVersion: String) throws(XMLWriter.Failure) {
        self.format = format
        self.locale = locale
        writer = try XMLWriter()
        switch format {
        case .xliff2:
            writer.start("xliff", ["xmlns": XLIFF2.namespace, "xmlns:mda": XLIFF2.metadataNamespace,
                                   "version": "2.0", "srcLang": Self.sourceLocale, "trgLang": locale.identifier])
        case .xliff12:
            writer.start("xliff", ["xmlns": XLIFF12.namespace, "version": "1.2"])
        case .tmx:
            TMX.header(writer, locale: locale, toolVersion: toolVersion)
        }
    }

    /// One article's part of a document: its units, written by a writer of
    /// its own, so that articles are written on every core and the document
    /// only gathers them.
    public struct Fragment: Sendable {
        /// XLIFF: the content of the article's `<file>`; TMX: its `<tu>`s.
        public var bytes: [UInt8]
        public var unitCount: Int
    }

    /// `article`'s fragment in `format`; nil when libxml2 cannot write it.
    public static func fragment(of article: ExchangeArticle, format: ExchangeFormat) -> Fragment? {
        guard !article.units.isEmpty, let writer = try? XMLWriter(fragmentAtDepth: 2) else {
            return article.units.isEmpty ? Fragment(bytes: [], unitCount: 0) : nil
        }
        let count = switch format {
        case .xliff2: XLIFF2.writeContent(of: article, to: writer)
        case .xliff12: XLIFF12.writeContent(of: article, to: writer)
        case .tmx: TMX.write(article, to: writer)
        }
        guard let bytes = try? writer.finish() else { return nil }
        return Fragment(bytes: bytes, unitCount: count)
    }

    /// Writes `article`'s units; an article with none is left out (XLIFF 2.0
    /// needs a unit in every file).
    public func add(_ article: ExchangeArticle) {
        if let fragment = Self.fragment(of: article, format: format) { add(article, fragment: fragment) }
    }

    /// Writes `article`'s units as `fragment` (made by `fragment(of:format:)`
    /// in this document's format) holds them.
    public func add(_ article: ExchangeArticle, fragment: Fragment) {
        guard fragment.unitCount > 0 else { return }
        switch format {
        case .xliff2:
            writer.startLine("file", XLIFF2.fileAttributes(of: article, number: articleCount + 1))
            writer.raw(fragment.bytes)
            writer.endLine()
        case .xliff12:
            writer.startLine("file", XLIFF12.fileAttributes(of: article))
            writer.raw(fragment.bytes)
            writer.endLine()
        case .tmx:
            writer.raw(fragment.bytes)
        }
        unitCount += fragment.unitCount
        articleCount += 1
    }

    /// The document's bytes.
    public func finish() throws(XMLWriter.Failure) -> [UInt8] {
        writer.endLine()
        if format == .tmx { writer.endLine() }
        writer.raw([0x0A])
        return try writer.finish()
    }
}

/// How the codes of a unit are numbered. A code stands alone, or is one end
/// of a pair (`InlineContent.CodeRole`); a pair has one id for both ends.
/// Source codes are numbered 1…n in order of their first end; a target code
/// takes the id of the first unused source code of the same shape (role and
/// markup; a pair by both ends), else a new number. Equal markup shares one
/// `originalData` entry.
struct CodeNumbering {
    struct Code {
        var id: String
        var dataID: String
        var original: String
        var role: InlineContent.CodeRole
        /// An opening's closing markup and its data id.
        var closing: (original: String, dataID: String)?
    }

    private(set) var source: [Code] = []
    private(set) var target: [Code] = []
    /// One entry per distinct original markup, in order of first use.
    private(set) var data: [(id: String, original: String)] = []

    /// What a target code must match to take a source code's id.
    private struct Shape: Equatable {
        var role: UInt8
        var original: String
        var closing: String?
    }

    init(source sourceContent: InlineContent, target targetContent: InlineContent) {
        // Most units hold no code at all.
        guard sourceContent.hasCodes || targetContent.hasCodes else { return }
        // Units hold a few codes: arrays searched in place beat hashing.
        var entries: [(id: String, original: String)] = []
        func dataID(_ original: String) -> String {
            if let known = entries.first(where: { $0.original == original }) { return known.id }
            let id = "d\(entries.count + 1)"
            entries.append((id, original))
            return id
        }
        /// The codes of `content` with their shape (nil for a closing), id left empty.
        func shaped(_ content: InlineContent) -> (codes: [Code], shapes: [Shape?]) {
            let originals = content.codes
            let roles = content.codeRoles
            var codes: [Code] = []
            var shapes: [Shape?] = []
            codes.reserveCapacity(originals.count)
            shapes.reserveCapacity(originals.count)
            for (index, original) in originals.enumerated() {
                var code = Code(id: "", dataID: dataID(original), original: original, role: roles[index])
                switch roles[index] {
                case .standalone: shapes.append(Shape(role: 0, original: original))
                case .isolatedOpening: shapes.append(Shape(role: 1, original: original))
                case .isolatedClosing: shapes.append(Shape(role: 2, original: original))
                case let .opening(closer):
                    code.closing = (originals[closer], dataID(originals[closer]))
                    shapes.append(Shape(role: 3, original: original, closing: originals[closer]))
                case .closing: shapes.append(nil)
                }
                codes.append(code)
            }
            return (codes, shapes)
        }
        let (sourceCodes, sourceShapes) = shaped(sourceContent)
        let (targetCodes, targetShapes) = shaped(targetContent)
        var unused: [(shape: Shape, id: String)] = []
        var next = 1
        source = sourceCodes
        for index in source.indices {
            guard let shape = sourceShapes[index] else { continue }
            source[index].id = String(next)
            unused.append((shape, String(next)))
            next += 1
        }
        target = targetCodes
        for index in target.indices {
            guard let shape = targetShapes[index] else { continue }
            if let match = unused.firstIndex(where: { $0.shape == shape }) {
                target[index].id = unused.remove(at: match).id
            } else {
                target[index].id = String(next)
                next += 1
            }
        }
        // A closing shares its opening's id.
        for index in source.indices { if case let .closing(opener) = source[index].role { source[index].id = source[opener].id } }
        for index in target.indices { if case let .closing(opener) = target[index].role { target[index].id = target[opener].id } }
        data = entries
    }
}

/// Writes `content` as mixed text and codes; `code` writes one code (a pair's
/// opening starts an element that its closing ends, where the format nests).
func writeInline(_ content: InlineContent, codes: [CodeNumbering.Code], to writer: XMLWriter,
                 code writeCode: (CodeNumbering.Code) -> Void) {
    var index = 0
    for piece in content.pieces {
        switch piece {
        case let .text(text): writer.text(text)
        case .code:
            writeCode(codes[index])
            index += 1
        }
    }
}
