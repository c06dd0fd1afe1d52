import HelpKitCore
import HelpKitCatalog


/// The ANSI back end of `StyledLine`: SGR codes for styles and OSC 8 for
/// hyperlinks. Every line closes what it opened, so lines can be printed,
/// paged or cut independently.
enum ANSIWriter {
    private static let escape = "\u{1B}"
    private static let reset = "\u{1B}[0m"

    static func write(_ lines: [StyledLine], hyperlinks: Bool) -> String {
        var output = ""
        output.reserveCapacity(lines.reduce(0) { $0 + $1.runs.reduce(16) { $0 + $1.text.utf8.count + 8 } })
        for line in lines {
            write(line, hyperlinks: hyperlinks, into: &output)
            output += "\n"
        }
        return output
    }

    private static func write(_ line: StyledLine, hyperlinks: Bool, into output: inout String) {
        var openParameters = ""
        var openLink: String?
        for run in line.runs {
            let link = hyperlinks ? run.style.hyperlink : nil
            if link != openLink {
                if openLink != nil { output += hyperlink(to: "") }
                if let link { output += hyperlink(to: link) }
                openLink = link
            }
            let parameters = sgrParameters(for: run.style)
            if parameters != openParameters {
                if !openParameters.isEmpty { output += reset }
                if !parameters.isEmpty { output += "\(escape)[\(parameters)m" }
                openParameters = parameters
            }
            output += run.text
        }
        if !openParameters.isEmpty { output += reset }
        if openLink != nil { output += hyperlink(to: "") }
    }

    /// `ESC ] 8 ; ; URI ESC \`; an empty URI ends the link.
    private static func hyperlink(to url: String) -> String {
        "\(escape)]8;;\(percentEncodedForOSC(url))\(escape)\\"
    }

    /// OSC 8 takes printable ASCII only; anything else is percent-encoded, so
    /// no byte of a URL can end or extend the sequence.
    static func percentEncodedForOSC(_ url: String) -> String {
        var encoded = ""
        for byte in url.utf8 {
            if byte > 0x20 && byte < 0x7F {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                encoded.unicodeScalars.append("%")
                encoded.unicodeScalars.append(digits[Int(byte >> 4)])
                encoded.unicodeScalars.append(digits[Int(byte & 0x0F)])
            }
        }
        return encoded
    }

    /// Bold 1, dim 2, italic 3, underline 4, strikethrough 9, and one
    /// foreground colour: the alert's, else blue for links, yellow for code,
    /// cyan and blue for the top two heading levels.
    static func sgrParameters(for style: Style) -> String {
        var codes: [String] = []
        if style.bold || style.heading > 0 { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.italic { codes.append("3") }
        if style.underline || style.link != nil { codes.append("4") }
        if style.strikethrough { codes.append("9") }
        if let colour = foregroundColour(for: style) { codes.append(colour) }
        return codes.joined(separator: ";")
    }

    private static func foregroundColour(for style: Style) -> String? {
        if let alert = style.alert {
            switch alert {
            case .note: return "34"
            case .tip: return "32"
            case .important: return "35"
            case .warning: return "33"
            case .caution: return "31"
            default: return "36"
            }
        }
        if style.link != nil { return "34" }
        if style.code { return "33" }
        switch style.heading {
        case 1: return "36"
        case 2: return "34"
        default: return nil
        }
    }
}
