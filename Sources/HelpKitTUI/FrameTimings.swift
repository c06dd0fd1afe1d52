#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking

/// How long frames take, written to the file `HELPKIT_TUI_TIMINGS` names,
/// one event per line, for `bench/50-tui.sh`:
///
/// ```
/// first-frame 23.41 1717171717.123456
/// key down 0.61
/// resize 1.92
/// ```
/// `first-frame` is milliseconds from the start of the command to the first
/// frame on the terminal, then the wall-clock time it was shown (seconds
/// since the epoch, so a driver can add the process start-up it measured);
/// `key` is from a key's arrival to its frame on the terminal.
struct FrameTimings {
    private let descriptor: Int32?

    init(path: String?) {
        descriptor = path.map { open($0, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644) }.flatMap { $0 >= 0 ? $0 : nil }
    }

    func recordFirstFrame(since start: ContinuousClock.Instant) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let wallClock = "\(now.tv_sec).\(String(now.tv_nsec / 1000).leftPadded(to: 6))"
        write("first-frame \(Self.milliseconds(since: start)) \(wallClock)")
    }

    func record(_ event: String, since start: ContinuousClock.Instant) {
        write("\(event) \(Self.milliseconds(since: start))")
    }

    func close() {
        if let descriptor { Glibc.close(descriptor) }
    }

    private func write(_ line: String) {
        guard let descriptor else { return }
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBufferPointer { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    }

    private static func milliseconds(since start: ContinuousClock.Instant) -> String {
        let elapsed = ContinuousClock.now - start
        let microseconds = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
        return "\(microseconds / 1000).\(String(microseconds % 1000).leftPadded(to: 3))"
    }
}

private extension String {
    func leftPadded(to count: Int) -> String {
        String(repeating: "0", count: max(0, count - self.count)) + self
    }
}
