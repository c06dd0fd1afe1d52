import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI
import HelpKitTestSupport
import Testing

@Suite("helpkit --version")
struct VersionTests {
    @Test("prints the version the reports carry, and nothing else")
    func version() throws {
        let run = try HelpKitBinary.run(["--version"])
        #expect(run.status == 0)
        #expect(run.text == "\(ToolInfo.version)\n")
        #expect(run.errors.isEmpty)
    }
}
