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

    /// Whether `path` names a folder (following symbolic links).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Creates `folder` and the folders above it that are missing.
    static func createFolder(_ folder: String) {
        guard !folder.isEmpty, folder != ".", folder != "/", mkdir(folder, 0o755) != 0, errno == ENOENT else { return }
        createFolder(parent(of: folder))
        mkdir(folder, 0o755)
    }
}
