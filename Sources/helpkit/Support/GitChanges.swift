import Foundation
import HelpKitCore

/// The articles changed since a git revision, for `check --changed-since`:
/// what `git diff --name-only REF` lists (commits since REF, staged and
/// unstaged edits) and the untracked files git does not ignore. git runs as
/// a process with its arguments, never through a shell.
enum GitChanges {
    enum Failure: Error, CustomStringConvertible {
        case notARepository(path: String)
        case unknownRevision(String)
        case gitFailed(arguments: [String], message: String)

        var description: String {
            switch self {
            case let .notARepository(path): "--changed-since needs a git repository, and \(path) is not in one"
            case let .unknownRevision(revision): "--changed-since \(revision): no such revision in the git repository"
            case let .gitFailed(arguments, message): "git \(arguments.joined(separator: " ")) failed: \(message)"
            }
        }
    }

    /// The slugs of the article files (`*.md`) below `paths` that changed
    /// since `revision` in the repository holding the first path; a file
    /// deleted since counts, so its group's other locales are checked.
    static func changedSlugs(since revision: String, under paths: [String]) throws(Failure) -> Set<String> {
        let resolved = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath() }
        let folder = existingFolder(of: resolved.first ?? URL(fileURLWithPath: "."))
        let topLevel: String
        do {
            topLevel = try git(["rev-parse", "--show-toplevel"], in: folder).trimmingCharacters(in: .newlines)
        } catch let .gitFailed(_, message) where message.contains("not a git repository") {
            throw .notARepository(path: folder.path)
        }
        let root = URL(fileURLWithPath: topLevel)
        // A revision starting with "-" would be read as an option.
        guard !revision.hasPrefix("-"),
              (try? git(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: root)) != nil else {
            throw .unknownRevision(revision)
        }
        let pathspecs = ["--"] + resolved.map(\.path)
        let changed = try git(["diff", "--name-only", "--no-renames", "-z", revision] + pathspecs, in: root)
        let untracked = try git(["ls-files", "--others", "--exclude-standard", "-z"] + pathspecs, in: root)
        let names = (changed + untracked).split(separator: "\0").filter { $0.hasSuffix(".md") }
        return Set(names.map { Article.slug(ofPath: String($0)) })
    }

    /// `url` when it is a folder, else the nearest folder above it that exists.
    private static func existingFolder(of url: URL) -> URL {
        var folder = url
        var isFolder: ObjCBool = false
        while !(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) && isFolder.boolValue),
              folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder
    }

    /// git's standard output; a failure to start git or a non-zero exit status throws.
    private static func git(_ arguments: [String], in folder: URL) throws(Failure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .gitFailed(arguments: arguments, message: "\(error)")
        }
        // git's messages are short; its output is read to the end first so neither pipe fills.
        let text = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw .gitFailed(arguments: arguments, message: String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return String(decoding: text, as: UTF8.self)
    }
}
