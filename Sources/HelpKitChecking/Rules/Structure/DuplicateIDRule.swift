import HelpKitCore

/// Two units in one file with the same id.
struct DuplicateIDRule: DiagnosticRule {
    static let description = RuleDescription(
        identifier: DiagnosticCode.duplicateID.rawValue,
        name: "Duplicate ID",
        description: "Two units in one file share an id, so tools that key units by id within a revision mix them up.",
        category: .structure,
        defaultSeverity: .error,
        triggeringExamples: [
            .japanese(Sxs.unit(102, "開きます。", "Open it.") + " " + Sxs.unit(102, "閉じます。", "Close it.", marked: true)),
        ],
        nonTriggeringExamples: [
            .japanese(Sxs.unit(102, "開きます。", "Open it.") + " " + Sxs.unit(103, "閉じます。", "Close it.")),
        ]
    )
}
