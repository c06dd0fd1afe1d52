import Foundation
import HelpKitTestSupport
import Testing

/// A host app that only shows help links the catalog and the renderer, never
/// the checker's rules or ncurses (Package.swift's HelpKit product).
@Suite("What a host app links")
struct ExampleHostLinkTests {
    @Test("helpkit-example-host loads no ncurses library")
    func noNcurses() throws {
        let host = try HelpKitBinary.url("helpkit-example-host")
        let ldd = Process()
        ldd.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        ldd.arguments = [host.path]
        let output = Pipe()
        ldd.standardOutput = output
        try ldd.run()
        let libraries = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        ldd.waitUntilExit()
        #expect(ldd.terminationStatus == 0)
        #expect(libraries.contains("libsqlite3"), "the catalog is linked: \(libraries)")
        #expect(!libraries.contains("ncurses") && !libraries.contains("libtinfo"), "\(libraries)")
    }
}
