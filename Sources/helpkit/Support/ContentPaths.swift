import ArgumentParser
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// The files and folders a command reads: `content/` unless told otherwise.
struct ContentPaths: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Article files or folders; folders are searched recursively for *.md.",
        valueName: "path"))
    var paths: [String] = ["content"]

    /// The article files below `paths`; unreadable paths are reported on stderr.
    func walk() -> (files: [String], unreadable: Bool) {
        let walker = ContentWalker(paths: paths)
        for diagnostic in walker.diagnostics { StandardStreams.error(diagnostic.description) }
        return (walker.files, walker.diagnostics.containsError)
    }
}

/// The exit statuses every command shares.
enum ExitStatus {
    /// Some file had an error-level diagnostic or finding.
    static let findings = ExitCode(1)
    /// A usage error or a path that could not be read.
    static let unusable = ExitCode(2)
}
