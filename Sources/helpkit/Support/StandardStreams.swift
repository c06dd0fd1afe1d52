import HelpKitCatalog
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
    static func write(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { writeAll($0, to: STDOUT_FILENO) } }

    /// A report can be tens of megabytes: it is written from the string's own storage, not a copy.
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { writeAll($0, to: STDOUT_FILENO) }
    }

    /// What `produce` hands out in pieces (a report's findings one by one),
    /// passed on to `write` in chunks of about 64 KiB.
    static func buffering(_ produce: ((String) -> Void) -> Void, into write: @escaping (String) -> Void) {
        var pending = ""
        produce { piece in
            pending += piece
            if pending.utf8.count >= 1 << 16 {
                write(pending)
                pending.removeAll(keepingCapacity: true)
            }
        }
        if !pending.isEmpty { write(pending) }
    }

    /// Content (an article's text, a topic's markdown) to stdout: byte for
    /// byte into a file or a pipe; on a terminal, without the control
    /// sequences an article could hide in it to retitle or rewrite the screen.
    static func writeContent(_ bytes: [UInt8]) {
        guard FileStatus.standardOutputIsTerminal else { return write(bytes) }
        write(TerminalText.sanitize(String(decoding: bytes, as: UTF8.self), keepingTabs: true))
    }

    /// `writeContent` of text that is already a String (a topic's markdown).
    static func writeContent(_ text: String) {
        write(FileStatus.standardOutputIsTerminal ? TerminalText.sanitize(text, keepingTabs: true) : text)
    }

    /// A catalog that cannot be read or written, in the `path:line:col: severity: message [rule]`
    /// form every other problem takes; the path and SQLite's words escaped like any quoted text.
    static func report(_ error: CatalogError) {
        message("\(error.path):1:1: error: \(error.message) [catalog]")
    }

    /// A one-line message to stderr that quotes what a user or a file gave
    /// (a name, a locale file's string): its control characters shown as escapes.
    static func message(_ text: String) { error(TerminalText.escapingControls(text)) }

    /// One line to stderr, newline added unless `newline` is false (a progress bar redrawing its line).
    static func error(_ text: String, newline: Bool = true) {
        let line = Array(text.utf8) + (!newline || text.hasSuffix("\n") ? [] : [0x0A])
        line.withUnsafeBufferPointer { writeAll($0, to: STDERR_FILENO) }
    }

    /// A stream that cannot be written to (a closed pipe) ends the output, not the run.
    private static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
        _ = FileReader.writeAll(buffer, to: descriptor)
    }
}
