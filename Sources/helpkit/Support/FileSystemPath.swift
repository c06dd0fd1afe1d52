#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Path questions the commands ask before writing a file.
enum FileSystemPath {
    /// The folder that holds `path` (`.` for a bare name).
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Creates `folder` if it is missing (one level: the default catalog's `.build`).
    static func createFolder(_ folder: String) {
        mkdir(folder, 0o755)
    }
}
