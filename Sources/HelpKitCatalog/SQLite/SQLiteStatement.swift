import CSQLite
import HelpKitCore

/// A prepared statement: bind parameters by position (from 1), step through
/// rows, read columns by position (from 0).
final class SQLiteStatement {
    private let handle: OpaquePointer
    private unowned let connection: SQLiteConnection

    /// Tells SQLite to copy bound text before the call returns.
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(handle: OpaquePointer, connection: SQLiteConnection) {
        self.handle = handle
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Binds each value in order, from parameter 1.
    @discardableResult
    func binding(_ values: (any SQLiteBindable)?...) -> SQLiteStatement {
        binding(contentsOf: values)
    }

    @discardableResult
    func binding(contentsOf values: [(any SQLiteBindable)?]) -> SQLiteStatement {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            if let value { value.bind(to: handle, at: index) } else { sqlite3_bind_null(handle, index) }
        }
        return self
    }

    /// Moves to the next row; false when there is none.
    func step() throws(CatalogError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.failure()
        }
    }

    /// Runs a statement that returns no rows.
    func run() throws(CatalogError) {
        while try step() {}
        sqlite3_reset(handle)
    }

    package func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    func optionalText(_ column: Int32) -> String? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : text(column)
    }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

    /// Every row, each read by `read`.
    func rows<Row>(_ read: (SQLiteStatement) -> Row) throws(CatalogError) -> [Row] {
        var rows: [Row] = []
        while try step() { rows.append(read(self)) }
        sqlite3_reset(handle)
        return rows
    }
}

/// A Swift value that can fill a statement parameter.
protocol SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32)
}

extension String: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) {
        var text = self
        text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { characters in
                if let start = characters.baseAddress {
                    _ = sqlite3_bind_text(statement, index, start, Int32(characters.count), SQLiteStatement.transient)
                } else {
                    // An empty buffer may have no address; '' must still not read as NULL.
                    _ = sqlite3_bind_text(statement, index, "", 0, SQLiteStatement.transient)
                }
            }
        }
    }
}

extension Int: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) {
        sqlite3_bind_int64(statement, index, Int64(self))
    }
}
