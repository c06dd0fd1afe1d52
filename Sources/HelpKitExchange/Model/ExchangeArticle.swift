import HelpKitCore

/// One article as it goes to translators: where it came from, the front
/// matter that says which English it was made from, and its units.
public struct ExchangeArticle: Sendable {
    /// The path relative to the folder it was exported from (`original`).
    public var original: String
    /// The path it was read from.
    public var path: String
    /// The locale it is a translation into.
    public var locale: LocaleTag
    /// `ms.openlocfilehash`, `ms.sourcegitcommit`, `ms.lasthandoff`,
    /// `ms.translationtype` and `ms.contentlocale`, those present, in that order.
    public var revision: [(key: String, value: String)]
    /// `ms.translationtype`: `HT` or `MT`.
    public var translationType: String?
    /// `ms.lasthandoff` as written (`MM/DD/YYYY`).
    public var lastHandoff: String?
    /// `ArticleDigest` of the article's bytes as exported: import applies
    /// targets only to an article that still has these bytes.
    public var digest: String
    public var units: [ExchangeUnit]

    /// The front-matter keys carried as file metadata.
    public static let revisionKeys = ["ms.openlocfilehash", "ms.sourcegitcommit", "ms.lasthandoff", "ms.translationtype", "ms.contentlocale"]
}

/// One translation unit as it goes to translators.
public struct ExchangeUnit: Sendable {
    public enum State: Hashable, Sendable {
        /// A translation of the current English.
        case translated
        /// The target is the English unchanged, or empty.
        case untranslated
        /// The English changed since it was translated; `oldEnglish` is the
        /// sentence the translation was made from.
        case drifted(oldEnglish: String)
    }

    /// A checker finding on the unit, which travels as a note.
    public struct Note: Hashable, Sendable {
        /// The rule, such as `placeholder-parity`.
        public var ruleID: String
        public var text: String
    }

    /// The sxs id, such as `d55fa-103` or `d55fa-p104`.
    public var id: String
    /// The current English: the reference's sentence for a drifted unit.
    public var source: InlineContent
    public var target: InlineContent
    public var state: State
    public var notes: [Note]
    /// Whether the unit is kept by `--only needs-work`.
    public var needsWork: Bool
}

/// The digest of an article's bytes: FNV-1a 64 (`StableHash`), as
/// `fnv1a64:` and 16 hex digits. It tells whether a file changed between
/// export and import; it is not a defence against a forger.
public enum ArticleDigest {
    public static func of(_ bytes: [UInt8]) -> String { "fnv1a64:" + StableHash.hex(bytes) }
}
