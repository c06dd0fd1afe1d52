import Foundation
import HelpKitTestSupport
import Testing

@Suite("helpkit tui without a usable terminal")
struct TUICommandTests {
    @Test("standard input that is not a terminal is a clear error with status 2, not a garbled screen")
    func notATerminal() throws {
        let run = try HelpKitBinary.run(["tui"])
        #expect(run.status == 2)
        #expect(run.errors.contains("helpkit tui: error: the terminal UI needs a terminal on standard input and output"))
        #expect(run.output.isEmpty)
    }

    @Test("a path that cannot be read is reported like every command reports it")
    func unreadablePath() throws {
        let run = try HelpKitBinary.run(["tui", "no-such-folder"])
        #expect(run.status == 2)
        #expect(run.errors.contains("no-such-folder:1:1: error: cannot read: No such file or directory [unreadable-file]"))
    }

    @Test("a locale that is not a tag is a usage error")
    func badLocale() throws {
        let run = try HelpKitBinary.run(["tui", "--locale", "!!"])
        #expect(run.status == 2)
        #expect(run.errors.contains("'!!' is not a locale tag; try ja, fr-FR or it_IT.UTF-8"))
    }
}
