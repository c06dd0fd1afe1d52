import Foundation

/// A shell in a detached tmux window, for driving the TUI the way a person
/// does: keys in, the screen's text out. Each session has its own tmux
/// server (its own socket), so sessions never race to start one and no
/// user session is touched.
package final class TmuxSession {
    package struct Timeout: Error, CustomStringConvertible {
        package var waitingFor: String
        package var screen: String
        package var description: String { "timed out waiting for \(waitingFor); the screen:\n\(screen)" }
    }

    package static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }
    /// The shell's prompt as capture-pane shows it (trailing space trimmed).
    package static let prompt = "READY$"

    package let name = "tui-\(UUID().uuidString.prefix(8))"
    /// The shell's working folder: the bundled help, never the checkout.
    private let workspace: Workspace
    private var socket: String { "helpkit-tests-\(getpid())-\(name)" }

    /// Starts bash (without rc files) in a `width`×`height` window in a `Workspace`, with a
    /// recognisable prompt, a UTF-8 locale and `environment`.
    package init(width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        workspace = try Workspace()
        var variables = ["PS1": Self.prompt + " ", "LANG": "C.UTF-8", "LC_ALL": "", "LANGUAGE": "", "NO_COLOR": ""]
        for (key, value) in environment { variables[key] = value }
        let settings = variables.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "-c", workspace.url.path]
                 + settings + ["/bin/bash", "--norc", "--noprofile"])
        try waitFor(Self.prompt)
    }

    deinit { try? tmux(["kill-server"]) }

    /// Types a command line and presses Enter.
    package func run(_ arguments: [String]) throws {
        let line = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        try type(line)
        try press("Enter")
    }

    /// Sends text literally, character by character.
    package func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    /// Sends keys by tmux name: `Enter`, `Escape`, `PageDown`, `C-c`, `q`.
    package func press(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    /// The visible screen, one line per row.
    package func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    /// The screen with its colours and attributes as escape sequences.
    package func screenWithAttributes() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", name]) }

    package func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Whether the program in the window has switched to the alternate screen.
    package func isOnAlternateScreen() throws -> Bool {
        try tmux(["display-message", "-p", "-t", name, "#{alternate_on}"]).hasPrefix("1")
    }

    /// The process the shell is running in the foreground, if any.
    package func foregroundProcess() throws -> Int32? {
        let shell = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return children?.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// Polls the screen until `condition` holds on a settled screen (the
    /// same in two captures in a row, so a frame half sent to the terminal
    /// is never judged); fails after `timeout` seconds, which only a failure
    /// or a machine busy with the rest of the suite comes near.
    @discardableResult
    package func waitFor(_ description: String, timeout: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        var previous: String?
        while Date() < deadline {
            screen = try self.screen()
            if screen == previous, condition(screen) { return screen }
            previous = screen
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw Timeout(waitingFor: description, screen: screen)
    }

    /// Polls until `text` is on the screen.
    @discardableResult
    package func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Runs tmux and returns what it printed. posix_spawn and waitpid, not
    /// Foundation's Process: the tmux client forks the server, and Process
    /// can miss the client's exit and wait forever.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let argv = ["tmux", "-u", "-L", socket, "-f", "/dev/null"] + arguments
        var output: [Int32] = [0, 0]
        guard pipe(&output) == 0 else { throw POSIXError(.EMFILE) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, output[0])
        posix_spawn_file_actions_addclose(&actions, output[1])
        var environment = ProcessInfo.processInfo.environment.filter { $0.key != "TMUX" }
        environment["LANG"] = "C.UTF-8"
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        // The test runs on a worker thread that blocks some signals; tmux,
        // and the shell and TUI under it, must start with none blocked and
        // default handlers, as from a login, or Ctrl-C and resizes never arrive.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        var allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var child: pid_t = 0
        let spawned = posix_spawn(&child, "/usr/bin/tmux", &actions, &attributes, cArguments, cEnvironment)
        close(output[1])
        defer { close(output[0]) }
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(output[0], &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            data += buffer[..<count]
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0, errno == EINTR {}
        return String(decoding: data, as: UTF8.self)
    }
}
