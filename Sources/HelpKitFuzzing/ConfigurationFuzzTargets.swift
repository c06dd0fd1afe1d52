import Foundation
import HelpKitCatalog
import HelpKitChecking
import HelpKitCore

/// `.helpkit.yml`: a configuration, or diagnostics that point inside the file.
package enum ProjectFileFuzzTarget: FuzzTarget {
    package static let name = "project-file"

    package static func check(_ input: [UInt8]) -> String? {
        do {
            _ = try ProjectFile.load(Scratch.write(input, as: ".helpkit.yml"))
            return nil
        } catch {
            return error.diagnostics.isEmpty ? "an invalid project file with no diagnostic" : misplaced(error.diagnostics, in: input)
        }
    }
}

/// `contexts.yml`: bindings and diagnostics that point inside the file.
package enum ContextMapFuzzTarget: FuzzTarget {
    package static let name = "contexts"

    package static func check(_ input: [UInt8]) -> String? {
        misplaced(ContextMap.load(Scratch.write(input, as: "contexts.yml")).diagnostics, in: input)
    }
}

/// `locales/*.yml`: a locale, or diagnostics that point inside the file.
package enum LocaleFileFuzzTarget: FuzzTarget {
    package static let name = "locale-file"

    package static func check(_ input: [UInt8]) -> String? {
        let folder = "\(Scratch.folder)/locales"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = Scratch.write(input, as: "locales/xx-XX.yml")
        let loaded = LocaleDescription.loadFolder(folder)
        if loaded.locales.isEmpty, loaded.diagnostics.isEmpty { return "no locale and no diagnostic" }
        return misplaced(loaded.diagnostics, in: input)
    }
}

/// Baseline files: a baseline or one of `Baseline.Invalid`, whatever the bytes.
package enum BaselineFuzzTarget: FuzzTarget {
    package static let name = "baseline"

    package static func check(_ input: [UInt8]) -> String? {
        _ = try? Baseline.load(Scratch.write(input, as: "baseline.json"))
        return nil
    }
}
