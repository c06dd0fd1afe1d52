/// Checks that a file is text: UTF-8 without NUL bytes.
enum TextValidation {
    /// How much of a file's start decides whether it is binary.
    static let sampleSize = 8192

    /// The whole file as a String when it is UTF-8: the one validating pass the parser makes.
    package static func text(of bytes: Bytes) -> String? {
        String(validating: bytes.base, as: UTF8.self)
    }

    static func isUTF8(_ bytes: Bytes) -> Bool { text(of: bytes) != nil }

    /// True when more than 1 in 20 bytes of the file's start is NUL or not UTF-8.
    ///
    /// `isUTF8` tells whether the whole file is: when the whole file is UTF-8, the only bytes
    /// of the sample that are not are a character its end cuts in two, so the
    /// sample needs no second validating pass.
    static func looksBinary(_ bytes: Bytes, isUTF8: Bool) -> Bool {
        let sample = Bytes(base: UnsafeBufferPointer(rebasing: bytes.base.prefix(sampleSize)))
        let invalid = isUTF8 ? cutCharacterLength(atEndOf: sample, fileSize: bytes.count)
                             : invalidUTF8(in: sample, limit: Int.max).count
        return (nulBytes(in: sample, limit: Int.max).count + invalid) * 20 > sample.count
    }

    /// How many bytes of a character `sample` (a prefix of valid UTF-8) cuts off at its end.
    private static func cutCharacterLength(atEndOf sample: Bytes, fileSize: Int) -> Int {
        guard sample.count < fileSize else { return 0 }
        var lead = sample.count - 1
        while lead > 0, sample.count - lead < 4, sample[lead].isUTF8Continuation { lead -= 1 }
        let length = switch sample[lead] {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
        return lead + length > sample.count ? sample.count - lead : 0
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
        if isUTF8(bytes) { return [] }
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
