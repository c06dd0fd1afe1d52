import HelpKitCore

/// JUnit XML, the format CI test dashboards (Jenkins, GitLab, Azure DevOps,
/// GitHub test-report actions) read: a `testsuite` per locale, a `testcase`
/// per article file, a `failure` per finding that fails the run.
///
/// Findings below the failure threshold do not fail their test case; they are
/// listed in its `system-out`, so the dashboard still shows them.
public struct JUnitReporter: CheckReporter {
    /// The least severity that fails a test case; nil fails none (`--fail-on never`).
    public var failureThreshold: Severity?

    public init(failureThreshold: Severity? = .error) {
        self.failureThreshold = failureThreshold
    }

    /// Every checked file is a test case, so clean files count as passed.
    public func render(_ report: CheckReport) -> String {
        var cases: [String: TestCase] = [:]
        for path in report.files {
            // Until a finding says otherwise (from ms.contentlocale), the folder names the locale.
            let folderLocale = LocaleTag(folderOf: path)
            cases[path] = TestCase(path: path, locale: folderLocale)
        }
        for finding in report.findings {
            cases[finding.path, default: TestCase(path: finding.path, locale: finding.locale)].findings.append(finding)
            if let locale = finding.locale { cases[finding.path]?.locale = locale }
        }
        let suites = Dictionary(grouping: cases.values) { $0.locale?.identifier ?? "(no locale)" }
            .sorted { $0.key < $1.key }
            .map { TestSuite(name: $0.key, cases: $0.value.sorted { ($0.slug, $0.path) < ($1.slug, $1.path) }) }

        let failed = suites.reduce(0) { $0 + $1.failedCount(threshold: failureThreshold) }
        let total = suites.reduce(0) { $0 + $1.cases.count }
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml += #"<testsuites name="helpkit check" tests="\#(total)" failures="\#(failed)" errors="0">"# + "\n"
        for suite in suites { xml += suite.xml(threshold: failureThreshold) }
        xml += "</testsuites>\n"
        return xml
    }

    private struct TestSuite {
        var name: String
        var cases: [TestCase]

        func failedCount(threshold: Severity?) -> Int {
            cases.filter { !$0.failures(threshold: threshold).isEmpty }.count
        }

        func xml(threshold: Severity?) -> String {
            var xml = #"  <testsuite name="\#(XMLText.escape(name))" tests="\#(cases.count)" "#
            xml += #"failures="\#(failedCount(threshold: threshold))" errors="0" skipped="0">"# + "\n"
            for testCase in cases { xml += testCase.xml(threshold: threshold) }
            return xml + "  </testsuite>\n"
        }
    }

    private struct TestCase {
        var path: String
        var locale: LocaleTag?
        var findings: [Finding] = []

        var slug: String { Article.slug(ofPath: path) }

        func failures(threshold: Severity?) -> [Finding] {
            guard let threshold else { return [] }
            return findings.filter { $0.severity >= threshold }
        }

        func xml(threshold: Severity?) -> String {
            let failing = failures(threshold: threshold)
            let others = findings.filter { finding in threshold.map { finding.severity < $0 } ?? true }
            var xml = #"    <testcase classname="\#(XMLText.escape(locale?.identifier ?? "(no locale)"))" "#
            xml += #"name="\#(XMLText.escape(slug))" file="\#(XMLText.escape(path))""#
            guard !findings.isEmpty else { return xml + "/>\n" }
            xml += ">\n"
            for finding in failing.sorted(by: Finding.reportOrder) {
                xml += #"      <failure message="\#(XMLText.escape(finding.message))" type="\#(XMLText.escape(finding.ruleID))">"#
                xml += XMLText.escape(Self.detail(finding)) + "</failure>\n"
            }
            if !others.isEmpty {
                let lines = others.sorted(by: Finding.reportOrder).map(Self.detail).joined(separator: "\n")
                xml += "      <system-out>" + XMLText.escape(lines) + "</system-out>\n"
            }
            return xml + "    </testcase>\n"
        }

        static func detail(_ finding: Finding) -> String {
            guard let change = finding.change else { return finding.description }
            return "\(finding.description)\n  \(change.old)\n  → \(change.new)"
        }
    }
}

/// Text as XML 1.0 character data or attribute value.
enum XMLText {
    /// Escapes markup characters, keeps line breaks in attributes as
    /// references (a parser would fold them into spaces), and replaces the
    /// characters XML 1.0 cannot hold at all (most controls) with U+FFFD.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case "\n": escaped += "&#10;"
            case "\r": escaped += "&#13;"
            case "\t": escaped += "&#9;"
            default:
                switch scalar.value {
                case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: escaped.unicodeScalars.append(scalar)
                default: escaped += "\u{FFFD}"
                }
            }
        }
        return escaped
    }
}
