#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary file a writer fills beside its destination before renaming
/// it into place: `<path>.tmp-<pid>`. The process id in the name lets a later
/// run tell a temporary file whose writer was killed from one being written
/// now, and remove the first kind.
package enum TemporarySibling {
    private static let marker = ".tmp-"

    /// The temporary file this process writes for `path`.
    package static func path(for path: String) -> String {
        "\(path)\(marker)\(getpid())"
    }

    /// Removes the temporary files for `path` that a process now gone left behind
    /// (killed mid-write); those of live processes, this one included, stay.
    package static func removeAbandoned(besides path: String) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let prefix = (slash.map { String(path[path.index(after: $0)...]) } ?? path) + marker
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasPrefix(prefix), let pid = pid_t(name.dropFirst(prefix.count)), pid > 0 else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { unlink("\(folder)/\(name)") }
        }
    }
}
