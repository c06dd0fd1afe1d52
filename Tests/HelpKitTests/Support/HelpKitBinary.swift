import Foundation

/// Runs the built `helpkit` executable the way a user would, capturing its
/// exact output bytes and exit status.
struct HelpKitRun {
    var status: Int32
    var output: Data
    var errors: String

    var text: String { String(decoding: output, as: UTF8.self) }
    var lines: [String] { text.split(separator: "\n").map(String.init) }
}

enum HelpKitBinary {
    /// `.build/<configuration>/helpkit`, beside the test bundle.
    static let url: URL = {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("helpkit") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? repositoryRoot.appendingPathComponent(".build/debug/helpkit")
    }()

    static func run(_ arguments: [String], environment: [String: String] = [:],
                    currentDirectory: URL = repositoryRoot, executable: URL = url) throws -> HelpKitRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = currentDirectory
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        // stderr goes to a file and stdout to a pipe read to its end, so that
        // neither can fill up and stall the process.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("helpkit-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errors = try FileHandle(forWritingTo: errorFile)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errors.close()
        return HelpKitRun(status: process.terminationStatus, output: outputData,
                          errors: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")
    }
}
