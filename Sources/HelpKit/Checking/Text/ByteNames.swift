/// The bytes the checking code looks for, by name (the parser names its own
/// in `Parsing/Bytes.swift`).
extension UInt8 {
    static let apostrophe = UInt8(ascii: "'")
    static let asterisk = UInt8(ascii: "*")
    static let backtick = UInt8(ascii: "`")
    static let carriageReturn = UInt8(ascii: "\r")
    static let closeBrace = UInt8(ascii: "}")
    static let closeBracket = UInt8(ascii: "]")
    static let closeParen = UInt8(ascii: ")")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
    static let dollar = UInt8(ascii: "$")
    static let exclamation = UInt8(ascii: "!")
    static let openBrace = UInt8(ascii: "{")
    static let openBracket = UInt8(ascii: "[")
    static let openParen = UInt8(ascii: "(")
    static let percent = UInt8(ascii: "%")
    static let period = UInt8(ascii: ".")
    static let plus = UInt8(ascii: "+")
    static let questionMark = UInt8(ascii: "?")
    static let slash = UInt8(ascii: "/")
    static let underscore = UInt8(ascii: "_")

    var isASCIILowercaseLetter: Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) }
    var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
    var isASCIILetterOrDigit: Bool { isASCIIDigit || (self | 0x20).isASCIILowercaseLetter }
}
