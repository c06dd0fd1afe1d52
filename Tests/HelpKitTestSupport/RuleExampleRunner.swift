import Foundation
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// Runs one rule's example the way a user would meet it: the example's files
/// written to a folder, its project file applied, and the checker run over
/// the folder with every other rule off.
package enum RuleExampleRunner {
    /// A place in an example file, relative to the example's folder.
    package struct Mark: Hashable, Comparable, CustomStringConvertible {
        package var path: String
        package var line: Int
        package var column: Int

        package static func < (lhs: Mark, rhs: Mark) -> Bool { (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column) }
        package var description: String { "\(path):\(line):\(column)" }
    }

    package struct Outcome {
        /// Where the `↓` markers stood.
        package var expected: [Mark]
        /// Where the rule's findings landed.
        package var found: [Mark]
        package var findings: [Finding]
        /// Each finding as a diagnostic line, for failure messages.
        package var descriptions: [String] { findings.map(\.description) }
    }

    package static func run(_ example: RuleExample, rule: RuleDescription) throws -> Outcome {
        let folder = try TemporaryFolder()
        var expected: [Mark] = []
        for (path, text) in example.files {
            let (bytes, marks) = prepare(text)
            try folder.write(path, Data(bytes))
            expected += marks.map { Mark(path: path, line: $0.line, column: $0.column) }
        }
        for (link, target) in example.links {
            var destination = target
            if destination.first == RuleExample.marker {
                destination.removeFirst()
                expected.append(Mark(path: link, line: 1, column: 1))
            }
            let url = folder.url.appendingPathComponent(link)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
        }
        var configuration = try example.configuration.map { try ProjectFile.parse($0, path: ProjectFile.defaultName) } ?? CheckConfiguration()
        configuration.disabledRules.formUnion(Set(RuleRegistry.all.map(\.identifier)).subtracting([rule.identifier]))
        if rule.isOptIn, configuration.severities[rule.identifier] == nil { configuration.severities[rule.identifier] = rule.defaultSeverity }
        let report = Checker(configuration: configuration).check(paths: [folder.url.path])
        let findings = report.findings.filter { $0.ruleID == rule.identifier }
        let prefix = folder.url.path + "/"
        let found = findings.map { finding in
            Mark(path: finding.path.hasPrefix(prefix) ? String(finding.path.dropFirst(prefix.count)) : finding.path,
                 line: finding.location.line, column: finding.location.column)
        }
        return Outcome(expected: expected.sorted(), found: found.sorted(), findings: findings)
    }

    /// The file's bytes with the markers taken out and `\xNN` escapes turned
    /// into bytes, and where each marker stood (columns count scalars, as the
    /// parser's locations do).
    package static func prepare(_ text: String) -> (bytes: [UInt8], marks: [(line: Int, column: Int)]) {
        var bytes: [UInt8] = []
        var marks: [(line: Int, column: Int)] = []
        var line = 1
        var column = 1
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if Character(scalar) == RuleExample.marker {
                marks.append((line, column))
            } else if scalar == "\\", index + 3 < scalars.count, scalars[index + 1] == "x",
                      let byte = UInt8(String(String.UnicodeScalarView(scalars[(index + 2)...(index + 3)])), radix: 16) {
                bytes.append(byte)
                column += 1
                index += 3
            } else {
                bytes += Array(String(scalar).utf8)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            index += 1
        }
        return (bytes, marks)
    }
}
