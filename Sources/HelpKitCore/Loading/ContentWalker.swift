#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands the paths a user names into the article files below them.
///
/// Folders are walked recursively for `*.md`, in a stable sorted order.
/// Symbolic links are followed, but a folder already on the current path
/// (a link loop) is reported and not entered again.
public struct ContentWalker {
    public private(set) var files: [String] = []
    /// Paths that could not be read or walked, for the caller to report.
    public private(set) var diagnostics: [Diagnostic] = []

    public init(paths: [String], fileExtension: String = ".md") {
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                fail(path, "cannot read: \(FileReader.systemError())", code: .unreadableFile)
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                walk(path, identity: FolderIdentity(info), ancestors: [], fileExtension: fileExtension)
            } else {
                files.append(path)
            }
        }
    }

    private mutating func walk(_ folder: String, identity: FolderIdentity, ancestors: Set<FolderIdentity>, fileExtension: String) {
        guard let directory = opendir(folder) else {
            fail(folder, "cannot open the folder: \(FileReader.systemError())", code: .unreadableFile)
            return
        }
        var entries: [(name: String, isRegularFile: Bool)] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                // A lossy name would open a different file, or none: say so instead.
                let shown = TerminalText.escapingControls(bytes)
                if shown.hasSuffix(fileExtension) || Int(entry.pointee.d_type) == Int(DT_DIR) {
                    fail(folder.hasSuffix("/") ? folder + shown : "\(folder)/\(shown)",
                         "cannot read: the name is not valid UTF-8 (shown with \\x escapes); rename it", code: .unreadableFile)
                }
                continue
            }
            if name != ".", name != ".." { entries.append((name, Int(entry.pointee.d_type) == Int(DT_REG))) }
        }
        closedir(directory)
        let inside = ancestors.union([identity])
        for (name, isRegularFile) in entries.sorted(by: { $0.name < $1.name }) {
            let path = folder.hasSuffix("/") ? folder + name : "\(folder)/\(name)"
            // The folder listing already tells a regular file apart, which saves
            // one stat(2) per article; links and unknown types are still asked.
            if isRegularFile {
                if name.hasSuffix(fileExtension) { files.append(path) }
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                if name.hasSuffix(fileExtension) { fail(path, "cannot read: \(FileReader.systemError())", code: .unreadableFile) }
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                let child = FolderIdentity(info)
                if inside.contains(child) {
                    fail(path, "symbolic link loop: this folder contains itself; it is walked once", code: .symlinkLoop)
                } else if !name.hasPrefix(".") {
                    walk(path, identity: child, ancestors: inside, fileExtension: fileExtension)
                }
            } else if name.hasSuffix(fileExtension) {
                files.append(path)
            }
        }
    }

    private mutating func fail(_ path: String, _ message: String, code: DiagnosticCode) {
        diagnostics.append(Diagnostic(path: path, location: .start, severity: .error, message: message, code: code))
    }
}

/// A folder's device and inode: the same folder reached through a link has the same identity.
private struct FolderIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
