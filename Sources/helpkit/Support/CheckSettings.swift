import ArgumentParser
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// The options that tune what the checker reports: the project file and the
/// reference locale. `check` and `stats` share them, so both count alike.
struct CheckSettings: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The project file (default: .helpkit.yml in the current folder, when there is one).",
        valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp(
        "The locale every other is compared with when there is no en-US folder (overrides `reference:` in the project file).",
        valueName: "locale"))
    var reference: String?

    func validate() throws {
        if let reference, LocaleTag(reference) == nil {
            throw ValidationError("--reference \(reference) is not a locale tag such as sv-SE")
        }
    }

    /// The configuration from the project file, with the command line on top.
    /// Problems in the file are printed as `path:line:col: error: … [config]`
    /// and end the run with status 2.
    func configuration() throws -> CheckConfiguration {
        var configuration = CheckConfiguration()
        let path = config ?? (FileStatus.exists(ProjectFile.defaultName) ? ProjectFile.defaultName : nil)
        if let path {
            do {
                configuration = try ProjectFile.load(path)
            } catch {
                for diagnostic in error.diagnostics { StandardStreams.error(diagnostic.description) }
                throw ExitStatus.unusable
            }
        }
        if let reference { configuration.reference = LocaleTag(reference) }
        return configuration
    }
}
