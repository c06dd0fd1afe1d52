import Foundation
import HelpKitTestSupport
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// Small help sets for the command tests, made from the Japanese seed so
/// that everything but the one defect under test is as clean as the seeds.
enum CheckFixtures {
    static let seed: String = {
        let url = repositoryRoot.appendingPathComponent("content/ja-JP/device-pin-password-reset-from-intune.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// The seed with a stray `</span>` after the translation of each of `units`.
    static func strayClosingSpan(units: [Int]) -> String {
        units.reduce(seed) { text, unit in
            let separator = #"</span><span class="sxs-lookup"><span data-stu-id="d55fa-\#(unit)">"#
            return text.replacingOccurrences(of: separator, with: "</span>" + separator)
        }
    }

    /// The seed with unit 105 renumbered to 104: a duplicate id.
    static let duplicateID = seed.replacingOccurrences(of: "d55fa-105", with: "d55fa-104")

    /// A folder with `ja-JP/<slug>.md` holding `text`.
    static func folder(_ text: String, slug: String = "device-pin-password-reset-from-intune") throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("help/ja-JP/\(slug).md", text)
        return folder
    }

    /// The findings `helpkit check --format json` reports for `arguments`.
    static func findings(_ arguments: [String], in folder: TemporaryFolder) throws -> [[String: Any]] {
        let run = try HelpKitBinary.run(["check", "--format", "json", "--fail-on", "never"] + arguments, currentDirectory: folder.url)
        let document = try JSONSerialization.jsonObject(with: run.output) as? [String: Any]
        return document?["findings"] as? [[String: Any]] ?? []
    }
}

/// Runs the built `helpkit` under a pseudo-terminal, as a person at a terminal
/// would, through util-linux `script`.
enum Terminal {
    static func run(_ arguments: [String], environment: [String: String] = [:], in folder: URL) throws -> (status: Int32, output: String) {
        let command = ([try HelpKitBinary.url().path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = folder
        var merged = ProcessInfo.processInfo.environment
        merged["TERM"] = "xterm-256color"
        merged["NO_COLOR"] = nil
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
