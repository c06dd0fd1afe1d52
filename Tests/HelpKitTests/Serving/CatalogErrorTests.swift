import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitCatalog

@Suite("Catalog errors a host app can switch on")
struct CatalogErrorTests {
    /// The error opening `source` throws, if any.
    static func failure(opening source: HelpLibrary.Source) -> CatalogError? {
        do {
            _ = try HelpLibrary(source)
            return nil
        } catch {
            return error
        }
    }

    /// An SQLite database at `path` made by `sql`, through Python's sqlite3.
    static func database(at path: String, _ sql: String) throws {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import sqlite3, sys; sqlite3.connect(sys.argv[1]).executescript(sys.argv[2])", path, sql]
        try python.run()
        python.waitUntilExit()
        try #require(python.terminationStatus == 0)
    }

    @Test("a missing catalog file or content folder is said apart from a broken catalog")
    func missing() throws {
        let folder = try TemporaryFolder()
        let file = folder.path("none.sqlite")
        #expect(Self.failure(opening: .catalog(file)) == .noSuchFile(path: file))
        #expect(Self.failure(opening: .content(folder.path("none"))) == .noSuchFolder(path: folder.path("none")))
        #expect(Self.failure(opening: .catalog(file))?.description
            == "\(file): no such catalog file; build one with helpkit build -o \(file)")
    }

    @Test("a text file, and an SQLite database without a catalog's tables, are not catalogs")
    func notACatalog() throws {
        let folder = try TemporaryFolder()
        let text = try folder.write("notes.sqlite", "just some notes\n")
        guard case let .notACatalog(path, reason)? = Self.failure(opening: .catalog(text)) else {
            Issue.record("a text file should not open as a catalog")
            return
        }
        #expect(path == text)
        #expect(reason == "file is not a database")
        let other = folder.path("other.sqlite")
        try Self.database(at: other, "CREATE TABLE notes(text TEXT);")
        guard case let .notACatalog(_, otherReason)? = Self.failure(opening: .catalog(other)) else {
            Issue.record("a database without a meta table should not open as a catalog")
            return
        }
        #expect(otherReason.contains("no such table: meta"))
    }

    @Test("a catalog of another schema version says which it found")
    func schemaVersion() throws {
        let folder = try TemporaryFolder()
        let old = folder.path("old.sqlite")
        try Self.database(at: old, "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES('schema', '0');")
        guard case let .schemaVersion(path, found, expected)? = Self.failure(opening: .catalog(old)) else {
            Issue.record("an old catalog should be told by its schema version")
            return
        }
        #expect(path == old)
        #expect(found == "0")
        #expect(expected != "0")
        let unnamed = folder.path("unnamed.sqlite")
        try Self.database(at: unnamed, "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);")
        guard case .schemaVersion(_, nil, _)? = Self.failure(opening: .catalog(unnamed)) else {
            Issue.record("a catalog that names no version should say so")
            return
        }
    }

    @Test("a build that cannot create or place its file reports the errno, against the file asked for")
    func buildFailures() throws {
        let folder = try TemporaryFolder()
        let builder = CatalogBuilder(contentPaths: [repositoryRoot.appendingPathComponent("content").path],
                                     localesFolder: nil, contextMapPath: nil)
        let nowhere = folder.path("missing/catalog.sqlite")
        do {
            _ = try builder.build(to: nowhere)
            Issue.record("a build into a missing folder should fail")
        } catch let .io(path, operation, code) {
            #expect(path == nowhere)
            #expect(operation == "write the catalog")
            #expect(code == ENOENT)
        } catch {
            Issue.record("expected an I/O failure, got \(error)")
        }
        let taken = folder.path("taken")
        try FileManager.default.createDirectory(atPath: taken, withIntermediateDirectories: true)
        do {
            _ = try builder.build(to: taken)
            Issue.record("a build over a folder should fail")
        } catch let .io(path, operation, code) {
            #expect(path == taken)
            #expect(operation == "write the catalog")
            #expect(code == EISDIR)
        } catch {
            Issue.record("expected an I/O failure, got \(error)")
        }
    }
}
