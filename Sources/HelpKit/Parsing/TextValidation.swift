/// Checks that a file is text: UTF-8 without NUL bytes.
enum TextValidation {
    /// How much of a file's start decides whether it is binary.
    static let sampleSize = 8192

    /// True when more than 1 in 20 bytes of the file's start is NUL or not UTF-8.
    static func looksBinary(_ bytes: Bytes) -> Bool {
        let sample = Bytes(base: UnsafeBufferPointer(rebasing: bytes.base.prefix(sampleSize)))
        let suspicious = nulBytes(in: sample, limit: Int.max).count + invalidUTF8(in: sample, limit: Int.max).count
        return suspicious * 20 > sample.count
    }

    static func nulBytes(in bytes: Bytes, limit: Int = ArticleParser.diagnosticsPerCode + 1) -> [Int] {
        var found: [Int] = []
        var from = 0
        while found.count < limit, let offset = bytes.firstIndex(of: 0, in: from..<bytes.count) {
            found.append(offset)
            from = offset + 1
        }
        return found
    }

    /// Offsets where a byte sequence is not UTF-8 (at most `limit` of them).
    static func invalidUTF8(in bytes: Bytes, limit: Int = ArticleParser.diagnosticsPerCode + 1) -> [Int] {
        if String(validating: bytes.base, as: UTF8.self) != nil { return [] }
        var found: [Int] = []
        var offset = 0
        while offset < bytes.count, found.count < limit {
            let length = sequenceLength(in: bytes, at: offset)
            if length == 0 {
                found.append(offset)
                offset += 1
            } else {
                offset += length
            }
        }
        return found
    }

    /// The length of the valid UTF-8 sequence at `offset`, or 0 when it is not one.
    private static func sequenceLength(in bytes: Bytes, at offset: Int) -> Int {
        let lead = bytes[offset]
        let length: Int
        let secondRange: ClosedRange<UInt8>
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
        case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, secondRange) = (3, 0x80...0xBF)
        case 0xED: (length, secondRange) = (3, 0x80...0x9F)
        case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
        case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
        default: return 0
        }
        guard offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else { return 0 }
        for next in (offset + 2)..<(offset + length) where !bytes[next].isUTF8Continuation { return 0 }
        return length
    }
}
