import Foundation

/// What a run of the built `helpkit` executable (or another program) gave:
/// its exact output bytes, its stderr and its exit status.
package struct HelpKitRun {
    package var status: Int32
    package var output: Data
    package var errors: String

    package var text: String { String(decoding: output, as: UTF8.self) }
    package var lines: [String] { text.split(separator: "\n").map(String.init) }
}

/// Where a binary under test runs unless a test names a folder: a new one
/// holding links to the bundled content/ and locales/ and nothing else, so
/// that what a command reads by default is the bundled help. Never the
/// checkout, where a developer's `.helpkit.yml` or a default catalog built
/// into `.build/` would change what the command does. Removed when released.
package final class Workspace {
    private let folder: TemporaryFolder
    package var url: URL { folder.url }

    package init() throws {
        folder = try TemporaryFolder()
        for name in ["content", "locales"] {
            try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent(name),
                                                       withDestinationURL: repositoryRoot.appendingPathComponent(name))
        }
    }
}

package enum HelpKitBinary {
    package struct Missing: Error, CustomStringConvertible {
        package var name: String
        package var searched: [String]
        package var description: String {
            "no \(name) executable at \(searched.joined(separator: " or ")): build it with the tests, "
                + "`swift build --build-tests` (add `-c release` for a release test run; `make test` does)"
        }
    }

    /// `name` from the build the tests belong to, beside the test bundle.
    /// Another configuration's binary may be older than the code under test,
    /// so a missing one fails the test instead of being replaced.
    package static func url(_ name: String = "helpkit") throws -> URL {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent(name) }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw Missing(name: name, searched: candidates.map(\.path))
        }
        return found
    }

    /// Runs `executable` in `currentDirectory`, or in a `Workspace` of its own;
    /// through `launcher` when one is given (`["/usr/bin/setpriv", "--reuid=65534"]`:
    /// the launcher's arguments, then the executable's path and `arguments`).
    package static func run(_ arguments: [String], environment: [String: String] = [:],
                            currentDirectory: URL? = nil, executable: String = "helpkit",
                            launcher: [String] = []) throws -> HelpKitRun {
        let binary = try url(executable)
        let workspace = currentDirectory == nil ? try Workspace() : nil
        return try withExtendedLifetime(workspace) {
            try CapturedProcess.run(launcher.first.map(URL.init(fileURLWithPath:)) ?? binary,
                                    launcher.isEmpty ? arguments : Array(launcher.dropFirst()) + [binary.path] + arguments,
                                    environment: environment, currentDirectory: currentDirectory ?? workspace?.url)
        }
    }

    /// Starts `helpkit` in `currentDirectory` without waiting, its output discarded:
    /// for a test that kills it part way.
    package static func start(_ arguments: [String], currentDirectory: URL) throws -> Process {
        let process = Process()
        process.executableURL = try url()
        process.arguments = arguments
        process.currentDirectoryURL = currentDirectory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// A program run to its end with its exact output bytes, what it wrote to
/// stderr and its exit status.
package enum CapturedProcess {
    package static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:],
                            currentDirectory: URL? = nil) throws -> HelpKitRun {
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
