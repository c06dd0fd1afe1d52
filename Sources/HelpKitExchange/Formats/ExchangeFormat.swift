import HelpKitCore

/// The interchange formats helpkit writes for translators' tools.
public enum ExchangeFormat: String, CaseIterable, Sendable {
    /// XLIFF 2.0 core with the metadata module: codes as `<ph>` with `<originalData>`.
    case xliff2
    /// XLIFF 1.2 (valid against the strict schema): codes as `<ph>`.
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

    /// Writes `article`'s units; an article with none is left out (XLIFF 2.0
    /// needs a unit in every file).
    public func add(_ article: ExchangeArticle) {
        let written: Int
        switch format {
        case .xliff2: written = XLIFF2.write(article, number: articleCount + 1, to: writer)
        case .xliff12: written = XLIFF12.write(article, to: writer)
        case .tmx: written = TMX.write(article, to: writer)
        }
        unitCount += written
        if written > 0 { articleCount += 1 }
    }

    /// The document's bytes.
    public func finish() throws(XMLWriter.Failure) -> [UInt8] {
        writer.endLine()
        if format == .tmx { writer.endLine() }
        return try writer.finish() + [0x0A]
    }
}

/// How codes of a unit are numbered: source codes 1…n in order; a target
/// code takes the id of the first unused source code with the same original
/// markup, else a new number. Equal markup shares one `originalData` entry.
struct CodeNumbering {
    struct Code {
        var id: String
        var dataID: String
        var original: String
    }

    private(set) var source: [Code] = []
    private(set) var target: [Code] = []
    /// One entry per distinct original markup, in order of first use.
    private(set) var data: [(id: String, original: String)] = []

    init(source sourceContent: InlineContent, target targetContent: InlineContent) {
        var dataIDs: [String: String] = [:]
        func dataID(_ original: String) -> String {
            if let known = dataIDs[original] { return known }
            let id = "d\(data.count + 1)"
            dataIDs[original] = id
            data.append((id, original))
            return id
        }
        var unused: [String: [String]] = [:]
        for (index, original) in sourceContent.codes.enumerated() {
            let id = String(index + 1)
            source.append(Code(id: id, dataID: dataID(original), original: original))
            unused[original, default: []].append(id)
        }
        var next = source.count + 1
        for original in targetContent.codes {
            let id: String
            if var ids = unused[original], !ids.isEmpty {
                id = ids.removeFirst()
                unused[original] = ids
            } else {
                id = String(next)
                next += 1
            }
            target.append(Code(id: id, dataID: dataID(original), original: original))
        }
    }
}

/// Writes `content` as mixed text and codes; `code` writes one code.
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
