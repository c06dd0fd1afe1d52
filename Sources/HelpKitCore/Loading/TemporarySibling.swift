#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

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
    /// Each folder is listed once per process: a run that writes thousands of
    /// files into one folder must not list it once per file.
    package static func removeAbandoned(besides path: String) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let prefix = (slash.map { String(path[path.index(after: $0)...]) } ?? path) + marker
        let abandoned = abandonedNames.withLock { cache in
            if cache[folder] == nil { cache[folder] = listAbandoned(in: folder) }
            return cache[folder, default: []].filter { $0.hasPrefix(prefix) }
        }
        for name in abandoned { unlink("\(folder)/\(name)") }
    }

    /// For each folder listed so far, the temporary files in it whose process is gone.
    private static let abandonedNames = Mutex<[String: [String]]>([:])

    private static func listAbandoned(in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let range = name.ranges(of: marker).last, let pid = pid_t(name[range.upperBound...]), pid > 0 else {
                continue
            }
            if kill(pid, 0) != 0, errno == ESRCH { names.append(name) }
        }
        return names
    }
}
