#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a catalog could not be opened, built or read.
///
/// A host app switches on the case: help that is not installed
/// (`noSuchFile`, `noSuchFolder`) is not help that must be rebuilt
/// (`notACatalog`, `schemaVersion`, `damaged`), nor a failing disk
/// (`sqlite`, `io`). `description` says it for people, as `path: message`.
///
/// ```swift
/// do {
///     library = try HelpLibrary(.catalog(path))
/// } catch .schemaVersion {
///     library = try HelpLibrary(.content("help"))
/// }
/// ```
public enum CatalogError: Error, CustomStringConvertible, Sendable, Hashable {
    /// There is no catalog file at `path`.
    case noSuchFile(path: String)
    /// There is no content folder at `path`.
    case noSuchFolder(path: String)
    /// The file is not a helpkit catalog: not an SQLite database, or one
    /// without a catalog's tables. `reason` is SQLite's word for it.
    case notACatalog(path: String, reason: String)
    /// The catalog was written by a helpkit whose tables differ (`found` is
    /// nil when the catalog names no version); it must be rebuilt.
    case schemaVersion(path: String, found: String?, expected: String)
    /// The catalog refers to a row it does not have: it was changed after it was built.
    case damaged(path: String, reason: String)
    /// SQLite failed; `code` is its extended result code (`SQLITE_CANTOPEN`,
    /// `SQLITE_IOERR_READ`, …) and `message` what it said, with what was being done.
    case sqlite(path: String, code: Int32, message: String)
    /// A file-system call failed while `operation` (such as "write the
    /// catalog") was done; `errno` says why.
    case io(path: String, operation: String, errno: Int32)
    /// Something failed that the catalog code does not expect to fail; a bug to report.
    case unexpected(path: String, reason: String)

    /// The file or folder the error is about.
    public var path: String {
        switch self {
        case let .noSuchFile(path), let .noSuchFolder(path), let .notACatalog(path, _), let .schemaVersion(path, _, _),
             let .damaged(path, _), let .sqlite(path, _, _), let .io(path, _, _), let .unexpected(path, _):
            path
        }
    }

    /// What went wrong and what to do about it, without the path.
    public var message: String {
        switch self {
        case let .noSuchFile(path):
            "no such catalog file; build one with helpkit build -o \(path)"
        case .noSuchFolder:
            "no such content folder"
        case let .notACatalog(_, reason):
            "not a helpkit catalog (\(reason)); build one with helpkit build"
        case let .schemaVersion(_, found, expected):
            "the catalog was built by another version of helpkit (schema \(found ?? "unknown"), this one reads \(expected)); "
                + "rebuild it with helpkit build"
        case let .damaged(_, reason):
            "the catalog is damaged: \(reason); rebuild it with helpkit build"
        case let .sqlite(_, _, message):
            message
        case let .io(_, operation, errno):
            "cannot \(operation): \(String(cString: strerror(errno)))"
        case let .unexpected(_, reason):
            reason
        }
    }

    public var description: String { "\(path): \(message)" }
}
