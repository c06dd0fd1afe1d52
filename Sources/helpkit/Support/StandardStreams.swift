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
