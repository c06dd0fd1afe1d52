import HelpKitCatalog

/// The catalog reader on damaged catalog files: an error or an answer,
/// never a crash or a hang.
package enum CatalogFuzzTarget: FuzzTarget {
    package static let name = "catalog"

    package static func check(_ input: [UInt8]) -> String? {
        let path = Scratch.write(input, as: "catalog.sqlite")
        guard let library = try? HelpLibrary(.catalog(path)) else { return nil }
        let preferences = LocalePreferences(["ja-JP", "en-US"])
        _ = try? library.lookup("reset-passcode", preferences: preferences)
        _ = try? library.lookup("device-pin-password-reset-from-intune", preferences: preferences)
        _ = try? library.topics(preferences: preferences)
        return nil
    }
}
