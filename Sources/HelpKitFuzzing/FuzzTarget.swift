import Foundation

/// One input helpkit reads, and what must hold for any bytes in it.
///
/// `check` returns nil when the invariant holds and says what broke
/// otherwise. `helpkit-fuzz` turns a broken invariant into a crash that
/// libFuzzer saves; the tests replay every saved input through `check`.
package protocol FuzzTarget: SendableMetatype {
    /// The name `make fuzz` and `FUZZ_TARGET` use, and the folder of its saved inputs.
    static var name: String { get }
    static func check(_ input: [UInt8]) -> String?
}

package enum FuzzTargets {
    package static let all: [any FuzzTarget.Type] = [
        ArticleFuzzTarget.self, FrontMatterFuzzTarget.self, ProjectFileFuzzTarget.self, ContextMapFuzzTarget.self,
        LocaleFileFuzzTarget.self, BaselineFuzzTarget.self, RendererFuzzTarget.self, CatalogFuzzTarget.self,
        XLIFFImportFuzzTarget.self,
    ]

    package static var names: [String] { all.map { $0.name } }

    package static func named(_ name: String) -> (any FuzzTarget.Type)? {
        all.first { $0.name == name }
    }
}

/// A folder of this process's own for targets that read files, made once.
enum Scratch {
    static let folder: String = {
        let path = NSTemporaryDirectory() + "helpkit-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// `input` written to `name` in the scratch folder; its path.
    static func write(_ input: [UInt8], as name: String) -> String {
        let path = "\(folder)/\(name)"
        _ = FileManager.default.createFile(atPath: path, contents: Data(input))
        return path
    }
}
