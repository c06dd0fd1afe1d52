import Foundation
import HelpKitTestSupport
import Testing

/// Every file helpkit writes, written while things go wrong: the process
/// killed part way, the disk full, the folder read-only, a reader at work.
/// The file is always the old one or the new one, never part of either, and
/// no temporary file outlives the next run.
@Suite("Writers under faults", .serialized)
struct WriteFaultTests {
    /// One kind of file helpkit writes: the inputs and old file it starts
    /// from, and the command that writes the new one.
    struct Writer: CustomStringConvertible, Sendable {
        var description: String
        var arguments: [String]
        /// The written file, relative to the folder.
        var output: String
        var prepare: @Sendable (TemporaryFolder) throws -> Void
    }

    static let slug = "device-pin-password-reset-from-intune"

    /// The bundled content, with 20 copies of a French article no English
    /// has: enough findings that a report or baseline is several kilobytes.
    static func content(in folder: TemporaryFolder) throws {
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("content"), to: folder.url.appendingPathComponent("content"))
        let french = try Data(contentsOf: repositoryRoot.appendingPathComponent("content/fr-FR/\(slug).md"))
        for copy in 1...20 { _ = try folder.write("content/fr-FR/orphan-\(copy).md", french) }
    }

    static let writers: [Writer] = [
        Writer(description: "catalog", arguments: ["build", "content", "-o", "help.sqlite"], output: "help.sqlite") { folder in
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("content"), to: folder.url.appendingPathComponent("content"))
            #expect(try HelpKitBinary.run(["build", "content/en-US", "-o", "help.sqlite"], currentDirectory: folder.url).status == 0)
        },
        Writer(description: "baseline", arguments: ["check", "content", "--write-baseline", "baseline.json", "--fail-on", "never", "--no-progress"],
               output: "baseline.json") { folder in
            try content(in: folder)
            _ = try folder.write("baseline.json", "{\"old\": true}\n")
        },
        Writer(description: "report", arguments: ["check", "content", "--format", "sarif", "--output", "report.sarif", "--fail-on", "never"],
               output: "report.sarif") { folder in
            try content(in: folder)
            _ = try folder.write("report.sarif", "{\"old\": true}\n")
        },
        Writer(description: "updated article", arguments: ["update", "sv-SE", "--english", "en-US"], output: "sv-SE/\(slug).md") { folder in
            let english = try String(contentsOf: repositoryRoot.appendingPathComponent("content/en-US/\(slug).md"), encoding: .utf8)
            _ = try folder.write("en-US/\(slug).md", english + "\nA sentence the English gained.\n")
            _ = try folder.write("sv-SE/\(slug).md", try Data(contentsOf: repositoryRoot.appendingPathComponent("content/sv-SE/\(slug).md")))
        },
        Writer(description: "imported article", arguments: ["import", "exchange/sv-SE.xlf"], output: "content/sv-SE/\(slug).md") { folder in
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("content"), to: folder.url.appendingPathComponent("content"))
            #expect(try HelpKitBinary.run(["export", "content", "--locale", "sv-SE", "-o", "exchange"], currentDirectory: folder.url).status == 0)
            let exported = try String(contentsOfFile: folder.path("exchange/sv-SE.xlf"), encoding: .utf8)
            _ = try folder.write("exchange/sv-SE.xlf", exported.replacingOccurrences(of: "<target>Endast", with: "<target>Numera endast"))
        },
    ]

    /// The old file and the one an undisturbed run writes.
    static func oldAndNew(_ writer: Writer, in folder: TemporaryFolder) throws -> (old: Data?, new: Data) {
        let old = FileManager.default.contents(atPath: folder.path(writer.output))
        let run = try HelpKitBinary.run(writer.arguments, currentDirectory: folder.url)
        #expect(run.status == 0, "\(writer): \(run.errors)")
        let new = try #require(FileManager.default.contents(atPath: folder.path(writer.output)))
        #expect(new != old, "\(writer) wrote nothing new")
        return (old, new)
    }

    /// The name the error message must give: the written file's.
    static func fileName(_ writer: Writer) -> String { String(writer.output.split(separator: "/").last ?? "") }

    static func restore(_ old: Data?, of writer: Writer, in folder: TemporaryFolder) throws {
        if let old { _ = try folder.write(writer.output, old) } else { try? FileManager.default.removeItem(atPath: folder.path(writer.output)) }
    }

    /// Every file below `folder` that a writer made and meant to rename.
    static func temporaries(in folder: TemporaryFolder) -> [String] {
        let files = FileManager.default.enumerator(atPath: folder.url.path)?.allObjects as? [String] ?? []
        return files.filter { $0.contains(".tmp-") }
    }

    @Test("killed at 200 random points, the file is the old or the new one, and the next run leaves no temporary file",
          arguments: writers.filter { $0.description != "report" })
    func killed(writer: Writer) throws {
        let folder = try TemporaryFolder()
        try writer.prepare(folder)
        let (old, new) = try Self.oldAndNew(writer, in: folder)
        try Self.restore(old, of: writer, in: folder)
        let started = Date()
        _ = try HelpKitBinary.run(writer.arguments, currentDirectory: folder.url)
        let duration = Date().timeIntervalSince(started)
        var outcomes = (old: 0, new: 0, abandoned: 0)
        for _ in 0..<200 {
            try Self.restore(old, of: writer, in: folder)
            let process = try HelpKitBinary.start(writer.arguments, currentDirectory: folder.url)
            usleep(UInt32(Double.random(in: 0...duration * 1.2) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let bytes = FileManager.default.contents(atPath: folder.path(writer.output))
            if bytes == old { outcomes.old += 1 } else if bytes == new { outcomes.new += 1 } else {
                Issue.record("\(writer): a partial file of \(bytes?.count ?? 0) bytes")
            }
            if !Self.temporaries(in: folder).isEmpty { outcomes.abandoned += 1 }
        }
        #expect(outcomes.old > 0 && outcomes.new > 0, "\(writer): \(outcomes)")
        try Self.restore(old, of: writer, in: folder)
        #expect(try HelpKitBinary.run(writer.arguments, currentDirectory: folder.url).status == 0)
        #expect(FileManager.default.contents(atPath: folder.path(writer.output)) == new)
        #expect(Self.temporaries(in: folder).isEmpty, "\(writer): \(Self.temporaries(in: folder)) after \(outcomes)")
    }

    @Test("past a file size limit (a full disk), a clear error and exit 2, the old file intact, no temporary file", arguments: writers)
    func fullDisk(writer: Writer) throws {
        let folder = try TemporaryFolder()
        try writer.prepare(folder)
        let old = FileManager.default.contents(atPath: folder.path(writer.output))
        // 2 KiB: room for the error message on stderr, none for the file.
        let run = try HelpKitBinary.run(writer.arguments, currentDirectory: folder.url,
                                        launcher: ["/bin/bash", "-c", "ulimit -f 2 && exec \"$0\" \"$@\""])
        #expect(run.status == 2, "\(writer): \(run.status) \(run.errors)")
        // SQLite says only "disk I/O error" of a failed write.
        #expect(run.errors.contains(Self.fileName(writer)), "\(writer): \(run.errors)")
        #expect(run.errors.contains("File too large") || run.errors.contains("disk I/O error"), "\(writer): \(run.errors)")
        #expect(FileManager.default.contents(atPath: folder.path(writer.output)) == old)
        #expect(Self.temporaries(in: folder).isEmpty, "\(writer): \(Self.temporaries(in: folder))")
    }

    @Test("into a read-only folder, a clear error and exit 2, the old file intact", arguments: writers)
    func readOnly(writer: Writer) throws {
        let folder = try TemporaryFolder()
        try writer.prepare(folder)
        let old = FileManager.default.contents(atPath: folder.path(writer.output))
        let outputFolder = folder.url.appendingPathComponent(writer.output).deletingLastPathComponent().path
        // Root writes anywhere: the run drops to nobody, who may read the inputs and nothing more.
        let launcher = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        try Self.chmod(folder.url.path, recursively: 0o755)
        #expect(Glibc.chmod(outputFolder, 0o555) == 0)
        defer { Glibc.chmod(outputFolder, 0o755) }
        let run = try HelpKitBinary.run(writer.arguments, currentDirectory: folder.url, launcher: launcher)
        #expect(run.status == 2, "\(writer): \(run.status) \(run.errors)")
        #expect(run.errors.contains(Self.fileName(writer)) && run.errors.contains("Permission denied"), "\(writer): \(run.errors)")
        #expect(FileManager.default.contents(atPath: folder.path(writer.output)) == old)
    }

    static func chmod(_ path: String, recursively mode: mode_t) throws {
        Glibc.chmod(path, mode)
        for name in FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [] {
            Glibc.chmod("\(path)/\(name)", mode)
        }
    }

    @Test("1,000 help calls while the catalog is rebuilt 20 times or more: every one reads a whole catalog")
    func concurrentReader() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("content"), to: folder.url.appendingPathComponent("content"))
        #expect(try HelpKitBinary.run(["build", "content", "-o", "help.sqlite"], currentDirectory: folder.url).status == 0)
        let done = ManagedFlag()
        let rebuilds = ManagedCounter()
        let url = folder.url
        let rebuilder = Thread {
            while !done.isSet || rebuilds.value < 20 {
                let run = try? HelpKitBinary.run(["build", "content", "-o", "help.sqlite"], currentDirectory: url)
                #expect(run?.status == 0, "\(run?.errors ?? "")")
                rebuilds.increment()
            }
        }
        rebuilder.start()
        var failures: [String] = []
        for _ in 0..<1000 {
            let run = try HelpKitBinary.run(["help", Self.slug, "--catalog", "help.sqlite", "--locale", "sv-SE"], currentDirectory: folder.url)
            if run.status != 0 || !run.text.contains("lösenkod") { failures.append("\(run.status) \(run.errors)") }
        }
        let rebuildsDuringReads = rebuilds.value
        done.set()
        while rebuilds.value < 20 || !rebuilder.isFinished { usleep(10_000) }
        #expect(failures.isEmpty, "\(failures.count) failed: \(failures.prefix(3))")
        #expect(rebuildsDuringReads >= 20, "only \(rebuildsDuringReads) rebuilds while reading")
    }
}

/// A flag and a counter two threads share.
final class ManagedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    var isSet: Bool { lock.withLock { flag } }
    func set() { lock.withLock { flag = true } }
}

final class ManagedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
