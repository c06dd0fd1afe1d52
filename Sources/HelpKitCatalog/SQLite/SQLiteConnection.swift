#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSQLite
import HelpKitCore

/// One SQLite database connection, used from one thread at a time.
///
/// Statements are prepared once and kept (`cached(_:)`): parsing SQL costs far
/// more than running an indexed lookup.
final class SQLiteConnection {
    enum Mode {
        /// A file nobody changes while it is open: no locks, no change checks,
        /// pages read through memory mapping. Catalogs qualify: a rebuild
        /// renames a new file into place and never writes to the old one.
        case immutable
        /// Creates the file, or opens it for writing.
        case create
    }

    let path: String
    private let handle: OpaquePointer
    private var statements: [String: SQLiteStatement] = [:]

    init(path: String, mode: Mode) throws(CatalogError) {
        self.path = path
        var opened: OpaquePointer?
        let status = switch mode {
        case .immutable:
            sqlite3_open_v2(Self.immutableURI(path), &opened, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nil)
        case .create:
            sqlite3_open_v2(path, &opened, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        }
        guard status == SQLITE_OK, let opened else {
            let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            let code = opened.map(sqlite3_extended_errcode) ?? status
            sqlite3_close_v2(opened)
            throw .sqlite(path: path, code: code, message: "cannot \(mode == .create ? "create" : "open") the catalog: \(message)")
        }
        handle = opened
        if mode == .immutable { try execute("PRAGMA mmap_size = 1073741824") }
    }

    /// `file:` URI of `path` with `immutable=1`; `%`, `?` and `#` escaped.
    private static func immutableURI(_ path: String) -> String {
        var uri = Array("file:".utf8)
        for byte in path.utf8 {
            if byte == UInt8(ascii: "%") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") {
                uri += "%\(String(byte, radix: 16, uppercase: true))".utf8
            } else {
                uri.append(byte)
            }
        }
        return String(decoding: uri, as: UTF8.self) + "?immutable=1"
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs SQL that returns no rows (several statements may be separated by `;`).
    func execute(_ sql: String) throws(CatalogError) {
        var message: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &message)
        defer { sqlite3_free(message) }
        guard status == SQLITE_OK else {
            throw .sqlite(path: path, code: sqlite3_extended_errcode(handle),
                          message: message.map { withSystemReason(String(cString: $0)) } ?? lastError)
        }
    }

    func prepare(_ sql: String) throws(CatalogError) -> SQLiteStatement {
        var prepared: OpaquePointer?
        guard sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil) == SQLITE_OK,
              let prepared else { throw failure() }
        return SQLiteStatement(handle: prepared, connection: self)
    }

    /// The statement for `sql`, prepared on first use and reset for reuse.
    func cached(_ sql: String) throws(CatalogError) -> SQLiteStatement {
        if let statement = statements[sql] {
            statement.reset()
            return statement
        }
        let statement = try prepare(sql)
        statements[sql] = statement
        return statement
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<Result>(_ body: () throws -> Result) throws -> Result {
        try execute("BEGIN")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// What SQLite said of the call that just failed, with the system's reason
    /// when a system call failed under it ("disk I/O error: File too large").
    private var lastError: String { withSystemReason(String(cString: sqlite3_errmsg(handle))) }

    private func withSystemReason(_ message: String) -> String {
        let code = sqlite3_system_errno(handle)
        return code == 0 ? message : "\(message): \(String(cString: strerror(code)))"
    }

    /// The error of the call that just failed, as SQLite reports it.
    func failure() -> CatalogError {
        .sqlite(path: path, code: sqlite3_extended_errcode(handle), message: lastError)
    }
}
