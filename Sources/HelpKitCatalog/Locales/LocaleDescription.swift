import Yams
import HelpKitCore

/// One `locales/<tag>.yml`: the locale's names, direction, fallbacks, and the
/// CLI's and TUI's own strings in its language.
public struct LocaleDescription: Hashable, Sendable {
    public enum Direction: String, Hashable, Sendable {
        case leftToRight = "ltr"
        case rightToLeft = "rtl"
    }

    public var tag: LocaleTag
    /// In English: `Swedish`.
    public var name: String
    /// In the locale's own language: `svenska`.
    public var nativeName: String
    public var direction: Direction
    /// Where to look next when this locale lacks a topic, in order.
    public var fallbacks: [LocaleTag]
    /// Interface strings by key (`notice.fallback`), with `{placeholders}`.
    public var strings: [String: String]
    /// Names of languages in this locale's language, by code (`de`, `zh-Hant`).
    public var languageNames: [String: String]

    public init(tag: LocaleTag, name: String, nativeName: String, direction: Direction = .leftToRight,
                fallbacks: [LocaleTag] = [], strings: [String: String] = [:], languageNames: [String: String] = [:]) {
        self.tag = tag
        self.name = name
        self.nativeName = nativeName
        self.direction = direction
        self.fallbacks = fallbacks
        self.strings = strings
        self.languageNames = languageNames
    }

    /// Every `*.yml` in `folder`, sorted by tag, with what was wrong in any of them.
    public static func loadFolder(_ folder: String) -> (locales: [LocaleDescription], diagnostics: [Diagnostic]) {
        let walker = ContentWalker(paths: [folder], fileExtension: ".yml")
        var locales: [LocaleDescription] = []
        var diagnostics = walker.diagnostics
        for path in walker.files {
            var document = YAMLDocument(path: path, code: .locales)
            if let locale = read(&document) { locales.append(locale) }
            diagnostics += document.diagnostics
        }
        return (locales.sorted { $0.tag < $1.tag }, diagnostics)
    }

    /// English as `locales/en-US.yml` has it, built into the binary: the
    /// tools still speak when a help set comes without its locales folder.
    public static let builtInEnglish: LocaleDescription = {
        var document = YAMLDocument(text: builtInEnglishFile, path: "en-US.yml (built in)", code: .locales)
        return read(&document) ?? LocaleDescription(tag: LocaleNegotiator.source, name: "English", nativeName: "English")
    }()

    private static func read(_ document: inout YAMLDocument) -> LocaleDescription? {
        guard let root = document.root else {
            // Not YAML is reported already; an empty file is not.
            if document.diagnostics.isEmpty { document.report(.start, "an empty locale file; it needs at least tag and name") }
            return nil
        }
        guard let entries = YAMLDocument.entries(of: root) else {
            document.report(root, "a locale file is a mapping with tag, name, native_name, direction, fallback and strings")
            return nil
        }
        var fields: [String: Node] = [:]
        for entry in entries { fields[entry.key] = entry.value }
        guard let tagText = fields["tag"]?.scalar?.string, let tag = LocaleTag(tagText) else {
            document.report(fields["tag"] ?? root, "tag must be a locale tag such as sv-SE")
            return nil
        }
        var locale = LocaleDescription(tag: tag.canonical, name: fields["name"]?.scalar?.string ?? tag.identifier,
                                       nativeName: fields["native_name"]?.scalar?.string ?? tag.identifier)
        if let direction = fields["direction"] {
            guard let value = direction.scalar.flatMap({ Direction(rawValue: $0.string) }) else {
                document.report(direction, "direction must be ltr or rtl")
                return nil
            }
            locale.direction = value
        }
        for node in fields["fallback"]?.sequence.map(Array.init) ?? [] {
            guard let fallback = node.scalar.flatMap({ LocaleTag($0.string) }) else {
                document.report(node, "a fallback must be a locale tag such as en-US")
                continue
            }
            locale.fallbacks.append(fallback.canonical)
        }
        locale.strings = scalarMap(fields["strings"], named: "strings", in: &document)
        locale.languageNames = scalarMap(fields["language_names"], named: "language_names", in: &document)
        return locale
    }

    /// A mapping of text to text; entries of any other shape are reported and skipped.
    private static func scalarMap(_ node: Node?, named name: String, in document: inout YAMLDocument) -> [String: String] {
        guard let node else { return [:] }
        guard let entries = YAMLDocument.entries(of: node) else {
            document.report(node, "\(name) must map keys to text")
            return [:]
        }
        var map: [String: String] = [:]
        for entry in entries {
            guard let value = entry.value.scalar?.string else {
                document.report(entry.value, "\(name).\(entry.key) must be text")
                continue
            }
            map[entry.key] = value
        }
        return map
    }
}
