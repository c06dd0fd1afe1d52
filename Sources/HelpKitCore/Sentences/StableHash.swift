/// FNV-1a, 64 bits: the same input gives the same hash on every run and
/// machine, unlike Swift's seeded `Hasher`. Sentence keys and finding
/// fingerprints are both made with it.
public enum StableHash {
    /// The hash of `bytes`.
    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The hash of `text`'s UTF-8 as 16 hex digits.
    public static func hex(of text: String) -> String { hex(text.utf8) }

    /// The hash of `bytes` as 16 hex digits.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = String(hash(bytes), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
