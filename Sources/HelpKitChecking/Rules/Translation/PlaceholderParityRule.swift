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
            .japaneseUnit("<グループ名> を入力します。", "Type <Group Name>.", marked: true).expecting("unit 1a2b3-102: placeholder <Group Name> missing: \"Type <Group Name>.\" → \"<グループ名> を入力します。\""),
            .japaneseUnit("ファイル を開けません。", "Cannot open {0}.", marked: true).expecting("placeholder {0} missing"),
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
        let english = unit.source.placeholders.sorted()
        let translated = unit.target.placeholders.sorted()
        guard english.map(comparable) != translated.map(comparable) else { return }
        // Compared without case where case means nothing, quoted as written.
        let missing = english.difference(subtracting: translated, by: comparable)
        let extra = translated.difference(subtracting: english, by: comparable)
        let parts = (missing.isEmpty ? [] : ["placeholder\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")) missing"])
            + (extra.isEmpty ? [] : ["\(extra.joined(separator: ", ")) added"])
        findings.report(parts.joined(separator: ", "), on: unit, english: missing.first ?? extra.first, translation: extra.first)
    }

    /// `%VAR%` in upper case: Windows reads environment variables without case.
    private static func comparable(_ placeholder: String) -> String {
        placeholder.count > 2 && placeholder.hasPrefix("%") && placeholder.hasSuffix("%") ? placeholder.uppercased() : placeholder
    }
}

extension Array where Element: Hashable {
    /// The elements of this multiset that `other` does not account for.
    func difference(subtracting other: [Element]) -> [Element] {
        difference(subtracting: other) { $0 }
    }

    /// The elements of this multiset that `other` does not account for,
    /// two elements being the same when their `key`s are.
    func difference<Key: Hashable>(subtracting other: [Element], by key: (Element) -> Key) -> [Element] {
        var counts: [Key: Int] = [:]
        for element in other { counts[key(element), default: 0] += 1 }
        return filter { element in
            guard let count = counts[key(element)], count > 0 else { return true }
            counts[key(element)] = count - 1
            return false
        }
    }
}
