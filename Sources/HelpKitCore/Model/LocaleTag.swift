/// A BCP 47 language tag in canonical case: `ja-JP`, `zh-Hant-TW`, `sv-SE`.
///
/// It also reads the POSIX forms that `LANG` and friends carry
/// (`ja_JP.UTF-8`, `it_IT@euro`, `sr_RS@latin`). `C` and `POSIX` name no
/// language, so they give nil.
public struct LocaleTag: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Lower case, two or three letters (`ja`).
    public var language: String
    /// Title case, four letters (`Hant`).
    public var script: String?
    /// Upper case letters or three digits (`TW`, `419`).
    public var region: String?
    /// Lower case variant subtags (`1996`).
    public var variants: [String]

    public init(language: String, script: String? = nil, region: String? = nil, variants: [String] = []) {
        self.language = language.lowercased()
        self.script = script.map(Self.titlecased)
        self.region = region?.uppercased()
        self.variants = variants.map { $0.lowercased() }
    }

    public init?(_ text: some StringProtocol) {
        var body = Substring(text)
        var scriptFromModifier: String?
        if let at = body.firstIndex(of: "@") {
            scriptFromModifier = Self.posixModifierScripts[body[body.index(after: at)...].lowercased()]
            body = body[..<at]
        }
        if let dot = body.firstIndex(of: ".") { body = body[..<dot] }
        let subtags = body.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "_" }
        // Only two- and three-letter languages: the longer forms BCP 47 allows are
        // unused, and accepting them would read `POSIX` or `content` as a language.
        guard let first = subtags.first, (2...3).contains(first.count), first.allSatisfy(\.isASCIILetter) else { return nil }
        var script: String?
        var region: String?
        var variants: [String] = []
        for subtag in subtags.dropFirst() {
            if script == nil, region == nil, variants.isEmpty, subtag.count == 4, subtag.allSatisfy(\.isASCIILetter) {
                script = String(subtag)
            } else if region == nil, variants.isEmpty, Self.isRegion(subtag) {
                region = String(subtag)
            } else if Self.isVariant(subtag) {
                variants.append(String(subtag))
            } else {
                return nil
            }
        }
        self.init(language: String(first), script: script ?? scriptFromModifier, region: region, variants: variants)
    }

    /// The canonical tag, `zh-Hant-TW`.
    public var identifier: String {
        ([language] + [script, region].compactMap { $0 } + variants).joined(separator: "-")
    }

    public var description: String { identifier }

    /// The same tag without its region: `ja-JP` → `ja`.
    public var languageOnly: LocaleTag { LocaleTag(language: language) }

    public static func < (lhs: LocaleTag, rhs: LocaleTag) -> Bool { lhs.identifier < rhs.identifier }

    private static let posixModifierScripts = ["latin": "Latn", "cyrillic": "Cyrl", "devanagari": "Deva"]

    private static func isRegion(_ subtag: Substring) -> Bool {
        (subtag.count == 2 && subtag.allSatisfy(\.isASCIILetter)) || (subtag.count == 3 && subtag.allSatisfy(\.isASCIIDigit))
    }

    private static func isVariant(_ subtag: Substring) -> Bool {
        let alphanumeric = subtag.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit }
        return alphanumeric && ((5...8).contains(subtag.count) || (subtag.count == 4 && subtag.first?.isASCIIDigit == true))
    }

    private static func titlecased(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst().lowercased()
    }
}

extension LocaleTag {
    /// A folder name that is plainly a locale (`ja-JP`, `fr`, `zh-Hant`), not a
    /// word that happens to be a valid language subtag (`tmp`, `doc`).
    public init?(folderName: some StringProtocol) {
        guard let tag = LocaleTag(folderName), tag.region != nil || tag.script != nil || tag.language.count == 2 else { return nil }
        self = tag
    }

    /// The nearest folder on `path` named like a locale: `content/ja-JP/a.md` → ja-JP.
    public init?(folderOf path: String) {
        // Folder by folder from the file up, over the UTF-8 without splitting
        // the whole path: every article parsed without its front matter asks this.
        let utf8 = path.utf8
        let slash = UInt8(ascii: "/")
        guard var end = utf8.lastIndex(of: slash) else { return nil }
        while true {
            let start = utf8[..<end].lastIndex(of: slash).map(utf8.index(after:)) ?? utf8.startIndex
            if let tag = LocaleTag(folderName: path[start..<end]) {
                self = tag
                return
            }
            guard start > utf8.startIndex else { return nil }
            end = utf8.index(before: start)
        }
    }
}

extension Character {
    package var isASCIILetter: Bool { isASCII && isLetter }
    package var isASCIIDigit: Bool { isASCII && isNumber }
}
