import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI


/// Renders `markdown` the way the CLI would for the given terminal.
func rendered(_ markdown: String, width: Int = 80, color: Bool = false, hyperlinks: Bool = false,
              labels: [AlertKind: String] = [:]) -> String {
    TerminalRenderer.render(markdown: markdown,
                            options: RenderOptions(width: width, color: color, hyperlinks: hyperlinks, alertLabels: labels))
}

/// Output lines without the final newline's empty line.
func outputLines(_ output: String) -> [String] {
    var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
}

/// A columns count that does not share code with `DisplayWidth`: one column
/// for printable ASCII and box drawing, two for the CJK blocks the test texts
/// are written in.
/// Any other character makes it return nil, so a test cannot silently rely on it.
func independentColumns(_ text: String) -> Int? {
    var columns = 0
    for scalar in text.unicodeScalars {
        switch scalar.value {
        case 0x20...0x7E, 0x2500...0x257F: columns += 1
        case 0x3000...0x30FF, 0x4E00...0x9FFF, 0xFF01...0xFF60: columns += 2
        default: return nil
        }
    }
    return columns
}

/// What a terminal would be told by some output: the escape sequences found
/// in it, or the first one that is neither SGR (`ESC [ digits;… m`) nor
/// OSC 8 (`ESC ] 8 ; ; printable-ASCII ESC \`), and the text outside them.
struct EscapeSequenceScan {
    /// The parameters of each SGR sequence, in order (`1;36`, `0`).
    var sgrParameters: [String] = []
    var hyperlinks: [String] = []
    var unexpected: String?
    var visibleText: [UInt8] = []

    init(_ output: String) {
        let bytes = Array(output.utf8)
        var index = 0
        while index < bytes.count, unexpected == nil {
            guard bytes[index] == 0x1B else {
                visibleText.append(bytes[index])
                index += 1
                continue
            }
            if let end = Self.sgrEnd(bytes, from: index) {
                sgrParameters.append(String(decoding: bytes[(index + 2)..<(end - 1)], as: UTF8.self))
                index = end
            } else if let (url, end) = Self.hyperlink(bytes, from: index) {
                hyperlinks.append(url)
                index = end
            } else {
                unexpected = String(decoding: bytes[index..<min(index + 12, bytes.count)], as: UTF8.self)
            }
        }
    }

    private static func sgrEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start + 2 < bytes.count, bytes[start + 1] == UInt8(ascii: "[") else { return nil }
        var index = start + 2
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) || bytes[index] == UInt8(ascii: ";") {
            index += 1
        }
        return index < bytes.count && bytes[index] == UInt8(ascii: "m") ? index + 1 : nil
    }

    private static func hyperlink(_ bytes: [UInt8], from start: Int) -> (String, Int)? {
        let prefix = Array("\u{1B}]8;;".utf8)
        guard bytes.count >= start + prefix.count, Array(bytes[start..<start + prefix.count]) == prefix else { return nil }
        var index = start + prefix.count
        while index < bytes.count, (0x21...0x7E).contains(bytes[index]) { index += 1 }
        guard index + 1 < bytes.count, bytes[index] == 0x1B, bytes[index + 1] == UInt8(ascii: "\\") else { return nil }
        return (String(decoding: bytes[(start + prefix.count)..<index], as: UTF8.self), index + 2)
    }
}
