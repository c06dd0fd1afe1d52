import Yams

extension Article {
    /// Keys the localization pipeline adds; the English original has none of them.
    static let localizationKeys: Set<String> = [
        "ms.openlocfilehash", "ms.sourcegitcommit", "ms.translationtype",
        "ms.contentlocale", "ms.lasthandoff", "ms.locfileid", FrontMatter.untranslatedUnitsKey,
    ]

    /// The article in English: every unit replaced by its source, the title
    /// taken from the level-1 heading's source, and the localization keys
    /// dropped from the front matter.
    public func englishMarkdown() -> [UInt8] {
        let title = units.first { $0.block == .heading(level: 1) }?.source
        return rewritten(unitText: \.rawSource) { yaml in Self.englishFrontMatter(yaml, title: title) }
    }

    /// The article in its own language: the spans removed, each unit replaced
    /// by its translation; the front matter as it is.
    public func localizedMarkdown() -> [UInt8] {
        rewritten(unitText: \.rawTarget) { $0 }
    }

    private func rewritten(unitText: KeyPath<TranslationUnit, ArraySlice<UInt8>>,
                           frontMatter rewrite: (String) -> String) -> [UInt8] {
        var output: [UInt8] = []
        for (index, unit) in units.enumerated() {
            output += trivia[index]
            output += unit[keyPath: unitText]
        }
        output += trivia[units.count]
        guard let frontMatter, frontMatter.parseError == nil, frontMatter.range.upperBound <= output.count,
              frontMatter.range.upperBound <= (units.first?.location.offset ?? .max) else { return output }
        output.replaceSubrange(frontMatter.range, with: Array(rewrite(frontMatter.yaml).utf8))
        return output
    }

    private static func englishFrontMatter(_ yaml: String, title: String?) -> String {
        var lines: [Substring] = []
        var dropping = false
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            let isContinuation = line.first == " " || line.first == "\t" || line.hasPrefix("- ")
            if dropping, isContinuation { continue }
            let key = line.split(separator: ":", maxSplits: 1).first.map { $0.trimmingSpaces() } ?? ""
            dropping = localizationKeys.contains(key) || (title != nil && key == "title")
            if key == "title", let title, let value = try? Yams.serialize(node: Node(title)) {
                lines.append("title: \(value.trimmingSpaces())")
            } else if !dropping {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension StringProtocol {
    /// The text without spaces, tabs and newlines at either end.
    package func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
