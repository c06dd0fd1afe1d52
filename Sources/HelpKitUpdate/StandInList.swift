import HelpKitCore

/// The `helpkit.untranslated` entry of an updated article's front matter:
/// the units whose English stands in for a translation.
///
/// The sxs format has no state per unit, and a unit whose translation equals
/// its English may be a command or a name a translator kept on purpose. Only
/// the update that wrote the English knows it is a stand-in, so it says so
/// here, in the one place of the file that is not content.
enum StandInList {
    /// `header`, the bytes before the article's body, with the entry listing
    /// `ids`, or with no entry when `ids` is empty. An article without front
    /// matter, or with front matter that does not parse, keeps its header.
    static func header(_ header: [UInt8], of article: Article, listing ids: [String]) -> [UInt8] {
        guard let frontMatter = article.frontMatter, frontMatter.parseError == nil,
              frontMatter.range.upperBound <= header.count else { return header }
        var yaml = withoutEntry(header[frontMatter.range])
        if !ids.isEmpty {
            // The line ends as the file's lines do.
            let lineEnd: [UInt8] = yaml.count >= 2 && yaml[yaml.count - 2] == .carriageReturn ? [.carriageReturn, .newline] : [.newline]
            if let last = yaml.last, last != .newline { yaml += lineEnd }
            yaml += Array("\(FrontMatter.untranslatedUnitsKey): [\(ids.joined(separator: ", "))]".utf8) + lineEnd
        }
        var updated = header
        updated.replaceSubrange(frontMatter.range, with: yaml)
        return updated
    }

    /// The YAML without the entry's line and the lines that continue it.
    private static func withoutEntry(_ yaml: ArraySlice<UInt8>) -> [UInt8] {
        let key = Array("\(FrontMatter.untranslatedUnitsKey):".utf8)
        var kept: [UInt8] = []
        var dropping = false
        var start = yaml.startIndex
        while start < yaml.endIndex {
            let end = yaml[start...].firstIndex(of: .newline).map { $0 + 1 } ?? yaml.endIndex
            let line = yaml[start..<end]
            let continues = line.first == .space || line.first == .tab || line.starts(with: [.hyphen, .space])
            if !(dropping && continues) {
                dropping = line.starts(with: key)
                if !dropping { kept += line }
            }
            start = end
        }
        return kept
    }
}
