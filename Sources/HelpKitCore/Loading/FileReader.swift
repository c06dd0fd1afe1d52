#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files, refusing what is not a regular file so that a FIFO or
/// a device can never hang a run.
public enum FileReader {
    /// Why a file could not be read or written, for a caller to switch on.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// A system call failed with `errno` (`open`, `read`, `write`, `fsync`, `rename` …).
        case system(path: String, call: String, errno: Int32)
        /// The path names a directory, a FIFO or a device: only regular files are read.
        case notARegularFile(path: String, isDirectory: Bool)
        /// `write` accepted no byte and reported no error.
        case noProgress(path: String)
        /// The file holds more bytes than the reader accepts.
        case tooLarge(path: String, limit: Int)

        public var path: String {
            switch self {
            case let .system(path, _, _), let .notARegularFile(path, _), let .noProgress(path), let .tooLarge(path, _): path
            }
        }

        /// What went wrong, for people: the system's own words where there are some.
        public var reason: String {
            switch self {
            case let .system(_, _, code): String(cString: strerror(code))
            case let .notARegularFile(_, isDirectory): "\(isDirectory ? "a directory" : "not a regular file"); only files are read"
            case .noProgress: "the write made no progress"
            case let .tooLarge(_, limit): "larger than \(limit >> 20) MiB, the most one file may hold; split it"
            }
        }

        public var description: String { "\(path): \(reason)" }

        /// What a run reports for the file: `path:1:1: error: cannot read: … [code]`.
        public func diagnostic(_ code: DiagnosticCode = .unreadableFile) -> Diagnostic {
            Diagnostic(path: path, location: .start, severity: .error, message: "cannot read: \(reason)", code: code)
        }
    }

    /// The most bytes an article may hold. The largest real help article is a
    /// few hundred kilobytes; a parsed article takes about seven times its
    /// size, and the parallel stream holds dozens in flight, so the cap keeps
    /// memory bounded whatever a folder holds.
    public static let articleLimit = 16 << 20

    /// The bytes of the article at `path`, refused above `articleLimit`.
    public static func readArticle(_ path: String) throws(Failure) -> [UInt8] {
        try read(path, limit: articleLimit)
    }

    public static func read(_ path: String, limit: Int = .max) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system(path: path, call: "open", errno: errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .system(path: path, call: "fstat", errno: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .notARegularFile(path: path, isDirectory: info.st_mode & S_IFMT == S_IFDIR)
        }
        // One byte more than the size, so the read that meets the end of the
        // file needs no second buffer; a file that grows meanwhile still grows it.
        guard info.st_size <= limit else { throw .tooLarge(path: path, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            guard filled <= limit else { throw .tooLarge(path: path, limit: limit) }
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let count = bytes.withUnsafeMutableBufferPointer { buffer in
                readSome(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw .system(path: path, call: "read", errno: errno) }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Writes `bytes` to a temporary file beside `path` and renames it into
    /// place, so a reader never sees half a file and a failure loses nothing.
    /// A temporary file that a killed run left for `path` goes first.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
        try writeAtomically(to: path) { write in bytes.withUnsafeBufferPointer(write) }
    }

    /// `writeAtomically`, with the contents handed to `write` in pieces by
    /// `produce`: a report of any size is never held whole. After a failed
    /// write the rest of the pieces are dropped, and the failure is thrown.
    /// `write` may be kept by what `produce` calls, but only until it returns.
    public static func writeAtomically(to path: String,
                                       _ produce: (_ write: @escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Void) throws(Failure) {
        TemporarySibling.removeAbandoned(besides: path)
        let temporary = TemporarySibling.path(for: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .system(path: path, call: "open", errno: errno) }
        var failure: Failure?
        produce { piece in
            guard failure == nil, let error = writeAll(piece, to: descriptor) else { return }
            failure = error == 0 ? .noProgress(path: path) : .system(path: path, call: "write", errno: error)
        }
        if failure == nil, fsync(descriptor) != 0 { failure = .system(path: path, call: "fsync", errno: errno) }
        // Closed whatever happened before; its own failure can be a write the
        // kernel deferred, so it counts only when nothing failed earlier.
        if close(descriptor) != 0, failure == nil { failure = .system(path: path, call: "close", errno: errno) }
        if failure == nil, rename(temporary, path) != 0 { failure = .system(path: path, call: "rename", errno: errno) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    /// Writes all of `bytes` to `descriptor`, again after a signal cut a
    /// write short. Nil once every byte is written; else the `errno` that
    /// stopped it, or 0 when the descriptor took nothing.
    package static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
        var written = 0
        while written < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return count < 0 ? errno : 0 }
            written += count
        }
        return nil
    }

    static func systemError() -> String { String(cString: strerror(errno)) }
}

/// `read(2)`, named apart from `FileReader.read`.
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
