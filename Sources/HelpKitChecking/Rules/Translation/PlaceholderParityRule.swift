import HelpKitCore

/// A translation that drops, adds or translates a placeholder.
struct PlaceholderParityRule: UnitRule {
    static let description = RuleDescription(
        identifier: "placeholder-parity",
        name: "Placeholder Parity",
        description: "A unit's translation lacks or adds a placeholder of its English: `<Group Name>`, `{0}`, `%s`, `%APPDATA%`.",
        category: .translation,
        defaultSeverity: .warning,
        triggeringExamples: [
            .japaneseUnit("<グループ名> を入力します。", "Type <Group Name>.", marked: true).expecting("the translation lacks <Group Name>"),
            .japaneseUnit("ファイル を開けません。", "Cannot open {0}.", marked: true).expecting("the translation lacks {0}"),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("<Group Name> を入力します。", "Type <Group Name>."),
            .japaneseUnit("{0} を開けません (%s)。", "Cannot open {0} (%s)."),
            .japaneseUnit("<br>次へ。", "Next.<br>"),
            // Environment variables ignore case.
            .japaneseUnit("%userprofile% フォルダーを開きます。", "Open the %USERPROFILE% folder."),
        ]
    )

    static func check(_ unit: UnitContext, _ findings: inout FindingSink) {
        let english = unit.source.placeholders.map(comparable).sorted()
        let translated = unit.target.placeholders.map(comparable).sorted()
        guard english != translated else { return }
        let missing = english.difference(subtracting: translated)
        let extra = translated.difference(subtracting: english)
        let parts = (missing.isEmpty ? [] : ["lacks \(missing.joined(separator: ", "))"])
            + (extra.isEmpty ? [] : ["has \(extra.joined(separator: ", ")), which the English does not"])
        findings.report("the translation \(parts.joined(separator: " and ")); placeholders must stay as written",
                        in: unit.article, at: unit.unit.location, basis: unit.basis)
    }

    /// `%VAR%` in upper case: Windows reads environment variables without case.
    private static func comparable(_ placeholder: String) -> String {
        placeholder.count > 2 && placeholder.hasPrefix("%") && placeholder.hasSuffix("%") ? placeholder.uppercased() : placeholder
    }
}

extension Array where Element: Hashable {
    /// The elements of this multiset that `other` does not account for.
    func difference(subtracting other: [Element]) -> [Element] {
        var counts: [Element: Int] = [:]
        for element in other { counts[element, default: 0] += 1 }
        return filter { element in
            guard let count = counts[element], count > 0 else { return true }
            counts[element] = count - 1
            return false
        }
    }
}
