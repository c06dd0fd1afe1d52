import HelpKitCore

/// One finding per defect that the locales copied from the English.
///
/// The localization pipeline copies the English front matter and the
/// English of every unit into each locale, so a typo key, a bad context id
/// or a stray `</span>` in the English comes back once per locale: N
/// findings for one fix. Findings of a rule that `isCopiedFromEnglish`,
/// alike in two or more locales of one article, become one: on the English
/// file when it has the defect too, else on the first locale's, with the
/// locales listed.
enum CopiedDefects {
    static func merged(_ findings: [Finding], in group: GroupContext, rules: Set<String>) -> [Finding] {
        guard group.articles.count > 1, findings.contains(where: { rules.contains($0.ruleID) }) else { return findings }
        var byDefect: [String: [Int]] = [:]
        for (index, finding) in findings.enumerated() where rules.contains(finding.ruleID) {
            byDefect[defectKey(of: finding), default: []].append(index)
        }
        var replaced: [Int: Finding] = [:]
        var dropped: Set<Int> = []
        for indices in byDefect.values {
            let copies = indices.map { findings[$0] }
            let locales = Set(copies.compactMap(\.locale)).sorted()
            guard locales.count > 1 else { continue }
            let kept = copies.firstIndex { $0.locale?.language == "en" } ?? 0
            var finding = copies[kept]
            let translations = locales.filter { $0.language != "en" }.map(\.identifier)
            finding.message += " (in \(translations.joined(separator: ", ")): copied from the English; fix it there)"
            finding.fingerprintBasis = "\(finding.slug)||\(localeFreeBasis(of: finding))"
            if finding.locale?.language != "en" { finding.locale = nil }
            replaced[indices[kept]] = finding
            dropped.formUnion(indices.filter { $0 != indices[kept] })
        }
        return findings.indices.compactMap { dropped.contains($0) ? nil : replaced[$0] ?? findings[$0] }
    }

    private static func defectKey(of finding: Finding) -> String {
        "\(finding.ruleID)\u{1F}\(localeFreeBasis(of: finding))"
    }

    /// The fingerprint basis (`slug|locale|basis`) without the locale.
    private static func localeFreeBasis(of finding: Finding) -> String {
        let prefix = "\(finding.slug)|\(finding.locale?.identifier ?? "")|"
        return finding.fingerprintBasis.hasPrefix(prefix) ? String(finding.fingerprintBasis.dropFirst(prefix.count)) : finding.fingerprintBasis
    }
}
