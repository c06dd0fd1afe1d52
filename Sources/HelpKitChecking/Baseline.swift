#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

import HelpKitCore

/// The findings a project has accepted for now, by fingerprint, so that a
/// check reports only what is new.
///
/// Fingerprints leave out unit ids and line numbers, so renumbering or moving
/// a sentence keeps its finding known, while changing the sentence makes it
/// new. A fingerprint is counted: if the baseline knows a problem twice in a
/// file and a third copy appears, the third is new.
///
/// The file is JSON, one line per finding sorted by fingerprint, with the
/// rule, path and message beside each so that a reviewer can read the diff.
public struct Baseline: Sendable, Equatable {
    public struct Entry: Codable, Sendable, Hashable {
        public var fingerprint: String
        public var ruleID: String
        public var path: String
        public var message: String
    }

    public private(set) var entries: [Entry]

    public init(_ findings: [Finding]) {
        entries = findings
            .map { Entry(fingerprint: $0.fingerprint, ruleID: $0.ruleID, path: $0.path, message: $0.message) }
            .sorted { ($0.fingerprint, $0.path, $0.ruleID, $0.message) < ($1.fingerprint, $1.path, $1.ruleID, $1.message) }
    }

    /// Why a baseline file could not be used.
    public enum Invalid: Error, CustomStringConvertible, Sendable, Hashable {
        /// The file could not be read; `reason` says why (`FileReader.Failure`).
        case unreadable(path: String, reason: String)
        /// The file is not JSON written by `write(to:)`.
        case notABaseline(path: String)
        /// The file was written in a format this helpkit does not read.
        case unsupportedVersion(path: String, found: Int, supported: Int)

        /// The error as a finding about the file, for reports.
        public var diagnostic: Diagnostic {
            let (path, message) = switch self {
            case let .unreadable(path, reason):
                (path, "cannot read: \(reason)")
            case let .notABaseline(path):
                (path, "not a helpkit baseline (expected JSON written by `helpkit check --write-baseline`)")
            case let .unsupportedVersion(path, found, _):
                (path, "baseline format \(found) is not supported; write it again with --write-baseline")
            }
            return Diagnostic(path: path, location: .start, severity: .error, message: message, code: Baseline.diagnosticCode)
        }

        public var description: String { diagnostic.description }
    }

    public static let diagnosticCode = DiagnosticCode.baseline
    static let formatVersion = 1

    /// Reads a file written by `write(to:)`.
    public static func load(_ path: String) throws(Invalid) -> Baseline {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path)
        } catch {
            throw .unreadable(path: path, reason: error.reason)
        }
        guard let file = try? JSONDecoder().decode(File.self, from: Data(bytes)) else { throw .notABaseline(path: path) }
        guard file.version == formatVersion else {
            throw .unsupportedVersion(path: path, found: file.version, supported: formatVersion)
        }
        var baseline = Baseline([])
        baseline.entries = file.findings
        return baseline
    }

    /// Writes the baseline atomically: the old file stays whole until the new one is complete.
    public func write(to path: String) throws(FileReader.Failure) {
        let json = JSONDocument.object([("findings", JSONDocument.lines(entries)), ("version", String(Self.formatVersion))])
        try FileReader.writeAtomically(Array((json + "\n").utf8), to: path)
    }

    /// The findings the baseline does not account for, in their order, and
    /// how many it did.
    public func newFindings(in findings: [Finding]) -> (new: [Finding], known: Int) {
        var filter = Filter(self)
        return (filter.newFindings(in: findings), filter.known)
    }

    /// `newFindings` over findings that come in batches (article group by
    /// article group): each entry accounts for one finding, whichever batch it is in.
    public struct Filter {
        private var remaining: [String: Int] = [:]
        /// How many findings the baseline accounted for so far.
        public private(set) var known = 0

        public init(_ baseline: Baseline) {
            for entry in baseline.entries { remaining[entry.fingerprint, default: 0] += 1 }
        }

        public mutating func newFindings(in findings: [Finding]) -> [Finding] {
            findings.filter { finding in
                let fingerprint = finding.fingerprint
                guard let count = remaining[fingerprint], count > 0 else { return true }
                remaining[fingerprint] = count - 1
                known += 1
                return false
            }
        }
    }

    private struct File: Decodable {
        var version: Int
        var findings: [Entry]
    }
}
