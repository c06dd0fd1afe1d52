import Foundation

/// The real corpus (`../shared/corpus/alchemy-sxs.tar.xz`), unpacked once per
/// test run into a temporary folder. Never committed; tests that need it are
/// skipped with a reason when the archive is not beside the checkout.
package enum Corpus {
    package static let archive: URL = Shared.root.appendingPathComponent("corpus/alchemy-sxs.tar.xz")

    package static var isAvailable: Bool { FileManager.default.fileExists(atPath: archive.path) }

    /// The `alchemy-sxs` folder with `ja-JP/`, `fr-FR/` and `sv-SE/` in it.
    package static let root: URL = {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("helpkit-corpus-\(ProcessInfo.processInfo.processIdentifier)")
        let unpacked = folder.appendingPathComponent("alchemy-sxs")
        if !FileManager.default.fileExists(atPath: unpacked.path) {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let tar = Process()
            tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            tar.arguments = ["tar", "-xJf", archive.path, "-C", folder.path]
            try? tar.run()
            tar.waitUntilExit()
        }
        return unpacked
    }()

    /// Every article file of the corpus, sorted.
    package static var files: [String] {
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        let relative = (enumerator?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".md") }
        return relative.sorted().map { root.appendingPathComponent($0).path }
    }
}

/// `../shared` beside the checkout (seeds, corpus), also found from a
/// worktree nested deeper. CI clones the project with it; a bare clone
/// elsewhere has none, and the tests that need it say so instead of failing.
package enum Shared {
    package static let root: URL = {
        var folder = repositoryRoot.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    package static var isAvailable: Bool { FileManager.default.fileExists(atPath: root.path) }
}

/// The checkout this test run belongs to.
package let repositoryRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
}()
