/// Case folding exactly as the catalog's trigram tokenizer does it, so that
/// a search without a catalog finds what the trigram index finds.
///
/// SQLite folds with a table of its own: simple case folding, from an older
/// Unicode than Swift's (`µ` becomes `μ`, while Cherokee and Georgian
/// Mtavruli stay as they are), nothing outside the Basic Multilingual Plane
/// but Deseret. Rather than copy that table, it is read from the linked
/// SQLite once: every scalar whose case Unicode changes is tokenized, and
/// each trigram's first character is that scalar folded. Case pairs are
/// stable across Unicode versions, so no scalar SQLite folds is left out.
struct TrigramFolding: Sendable {
    /// Read once per process, on first use.
    static let shared = Result { () throws(CatalogError) in try TrigramFolding() }

    /// The folded scalar of every scalar below U+10000.
    private var basic: [UInt32]
    private var supplementary: [UInt32: UInt32] = [:]

    private init() throws(CatalogError) {
        basic = Array(0..<0x10000)
        // Unicode has cased letters in its first two planes only.
        let candidates = (UInt32(0x80)...0x1FFFF).compactMap(Unicode.Scalar.init).filter {
            $0.properties.changesWhenCaseFolded || $0.properties.changesWhenLowercased
        }
        let connection = try SQLiteConnection(path: ":memory:", mode: .create)
        try connection.execute("""
            CREATE VIRTUAL TABLE folding USING fts5(text, tokenize='trigram');
            CREATE VIRTUAL TABLE tokens USING fts5vocab(folding, 'instance');
            """)
        // Two spaces after the last candidate, so that it too starts a trigram.
        let text = String(String.UnicodeScalarView(candidates)) + "  "
        try connection.prepare("INSERT INTO folding(text) VALUES(?)").binding(text).run()
        let tokens = try connection.prepare("SELECT term, offset FROM tokens")
        while try tokens.step() {
            let position = tokens.int(1)
            guard candidates.indices.contains(position), let folded = tokens.text(0).unicodeScalars.first else { continue }
            let scalar = candidates[position].value
            if scalar < 0x10000 { basic[Int(scalar)] = folded.value } else { supplementary[scalar] = folded.value }
        }
    }

    /// `text` folded, as UTF-8.
    func fold(_ text: String) -> [UInt8] {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                folded.append(Self.asciiLowercased(UInt8(value)))
                continue
            }
            let mapped = value < 0x10000 ? basic[Int(value)] : supplementary[value] ?? value
            Unicode.UTF8.encode(Unicode.Scalar(mapped) ?? scalar) { folded.append($0) }
        }
        return folded
    }

    /// SQLite's folding of ASCII, the tokenizer's and LIKE's alike: A–Z only.
    static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
