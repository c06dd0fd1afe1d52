import HelpKitCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to the standard streams in bytes, so that a file that is not UTF-8
/// still comes out as it went in. Callers write whole records; each is one
/// `write(2)` (or a few, when the pipe is full).
enum StandardStreams {
    static func write(_ bytes: [UInt8]) { writeAll(bytes, to: STDOUT_FILENO) }

    static func write(_ text: String) { write(Array(text.utf8)) }

    /// Content (an article's text, a topic's markdown) to stdout: byte for
    /// byte into a file or a pipe; on a terminal, without the control
    /// sequences an article could hide in it to retitle or rewrite the screen.
    static func writeContent(_ bytes: [UInt8]) {
        guard isatty(STDOUT_FILENO) == 1 else { return write(bytes) }
        write(TerminalText.sanitize(String(decoding: bytes, as: UTF8.self), keepingTabs: true))
    }

    /// A one-line message to stderr that quotes what a user or a file gave
    /// (a name, a locale file's string): its control characters shown as escapes.
    static func message(_ text: String) { error(TerminalText.escapingControls(text)) }

    /// One line to stderr, newline added unless `newline` is false (a progress bar redrawing its line).
    static func error(_ text: String, newline: Bool = true) {
        writeAll(Array(text.utf8) + (!newline || text.hasSuffix("\n") ? [] : [0x0A]), to: STDERR_FILENO)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBufferPointer { buffer in
            var written = 0
            while written < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return }
                written += count
            }
        }
    }
}
