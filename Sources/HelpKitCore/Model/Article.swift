/// One localized help article, parsed losslessly.
///
/// Like a syntax tree that keeps its trivia, an article is its units with the
/// text between them: `trivia[0]`, `units[0]`, `trivia[1]`, …, `trivia[n]`.
/// `printed()` concatenates them and gives back the bytes that were read.
public struct Article: Sendable {
    public var path: String
    /// From `ms.contentlocale`, else from a path component that is a locale tag.
    public var locale: LocaleTag?
    public var frontMatter: FrontMatter?
    public var units: [TranslationUnit]
    /// The text before, between and after the units; one more than `units`.
    public var trivia: [ArraySlice<UInt8>]
    /// What the parser could not pair or read, in file order.
    public var diagnostics: [Diagnostic]

    /// The file name without `.md`: the key that joins one article across locales.
    public var slug: String { Self.slug(ofPath: path) }

    public var isMachineTranslated: Bool { frontMatter?.translationType == .machine }

    /// The article's bytes, rebuilt from its parts.
    public func printed() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(trivia.reduce(0) { $0 + $1.count } + units.count * 256)
        for (index, unit) in units.enumerated() {
            output += trivia[index]
            unit.printed(into: &output)
        }
        output += trivia[units.count]
        return output
    }

    public static func slug(ofPath path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}
