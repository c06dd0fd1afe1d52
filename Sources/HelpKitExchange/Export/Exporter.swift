import HelpKitCore
import HelpKitChecking

/// Reads a help set and gives its articles as they go to translators.
///
/// Which units need work comes from the checker, run on the same paths as the
/// articles are read (each is parsed once):
/// each finding lies on the unit it is about (the unit whose bytes hold its
/// location), so drift (`source-drift`, with the old and the new English),
/// `missing-unit`, `untranslated`, `empty-target` and the parity rules are
/// the checker's verdicts, never a second comparison here.
public struct Exporter: Sendable {
    /// What `--only needs-work` keeps, besides drifted and untranslated units.
    public static let needsWorkRules: Set<String> = ["source-drift", "missing-unit", "untranslated", "empty-target"]

    public var paths: [String]
    public var configuration: CheckConfiguration
    /// The target locales to export; empty for every one.
    public var locales: Set<LocaleTag>
    /// Keep only the units that need a translator.
    public var onlyNeedsWork: Bool

    public init(paths: [String], configuration: CheckConfiguration = CheckConfiguration(),
                locales: Set<LocaleTag> = [], onlyNeedsWork: Bool = false) {
        self.paths = paths
        self.configuration = configuration
        self.locales = locales
        self.onlyNeedsWork = onlyNeedsWork
    }

    /// Checks every article below `paths` and hands each translation (not
    /// the English) to `consume`, in group order (articles by name, locales
    /// together). Returns the diagnostics of paths and files that could not
    /// be read or parsed cleanly.
    public func forEachArticle(_ consume: (ExchangeArticle) throws -> Void) rethrows -> [Diagnostic] {
        try forEachArticle(preparing: { _ in () }, { article, _ in try consume(article) })
    }

    /// As `forEachArticle(_:)`, with `prepare` run on each article where it
    /// was made, on every core (writing its part of a document, say), and its
    /// result handed to `consume` with the article.
    ///
    /// Each group of articles (one article in all its locales) is read and
    /// parsed once, checked, and turned into exchange articles on the worker
    /// that checked it; the checker's findings on a unit (the unit whose
    /// bytes hold the finding's location) become its notes and its state.
    public func forEachArticle<Prepared>(preparing prepare: @escaping @Sendable (ExchangeArticle) -> Prepared,
                                         _ consume: (ExchangeArticle, Prepared) throws -> Void) rethrows -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let exporter = self
        let pathDiagnostics = try checker.forEachGroup(paths: paths, { group in
            var findings: [String: [Finding]] = [:]
            for finding in group.findings { findings[finding.path, default: []].append(finding) }
            return group.articles.map { article, folderLocale in
                let exchanged = exporter.exchangeArticle(article, folderLocale: folderLocale, findings: findings[article.path] ?? [])
                return (exchanged.map { ($0, prepare($0)) }, article.diagnostics)
            }
        }, consume: { articles in
            for (exchanged, problems) in articles {
                diagnostics += problems
                if let (article, prepared) = exchanged { try consume(article, prepared) }
            }
        })
        return pathDiagnostics + diagnostics
    }

    /// What `documents(format:toolVersion:)` gathered.
    public struct Documents {
        /// One document per target locale.
        public var byLocale: [LocaleTag: ExchangeDocument] = [:]
        /// Problems with the paths and the files, as `forEachArticle` gives them.
        public var diagnostics: [Diagnostic] = []
        /// Whether libxml2 could not start a document or write an article's part.
        public var writerFailed = false
    }

    /// Every translation in one document of `format` per target locale: each
    /// article's part is written on the core that read and checked it.
    public func documents(format: ExchangeFormat, toolVersion: String) -> Documents {
        var gathered = Documents()
        gathered.diagnostics = forEachArticle(preparing: { ExchangeDocument.fragment(of: $0, format: format) }) { article, fragment in
            if gathered.byLocale[article.locale] == nil {
                guard let document = try? ExchangeDocument(format: format, locale: article.locale, toolVersion: toolVersion) else {
                    gathered.writerFailed = true
                    return
                }
                gathered.byLocale[article.locale] = document
            }
            guard let fragment else {
                gathered.writerFailed = true
                return
            }
            gathered.byLocale[article.locale]?.add(article, fragment: fragment)
        }
        return gathered
    }

    /// The checker whose findings become the units' notes and states.
    package var checker: Checker {
        // Front-matter rules report on the front matter, never on a unit: their
        // findings could not travel as notes, so they do not run.
        var checker = Checker(configuration: configuration,
                              rules: RuleRegistry.rules.filter { $0.description.category != .frontMatter })
        checker.quotesUnits = false
        return checker
    }

    /// The article as it goes to translators; nil for English, an excluded
    /// locale, or a file with no locale.
    func exchangeArticle(_ article: Article, folderLocale: LocaleTag?, findings: [Finding]) -> ExchangeArticle? {
        guard let locale = article.locale ?? folderLocale, !ReferencePolicy.isEnglishReference(locale),
              locales.isEmpty || locales.contains(locale), article.isReadableText else { return nil }
        let front = article.frontMatter
        let revision = ExchangeArticle.revisionKeys.compactMap { key in front?.string(key).map { (key: key, value: $0) } }
        var seen: Set<String> = []
        var units: [ExchangeUnit] = []
        for unit in article.units where seen.insert(unit.id.description).inserted {
            let start = unit.location.offset
            let end = start + unit.markup.opening.count + unit.rawTarget.count + unit.markup.separator.count
                + unit.rawSource.count + unit.markup.closing.count
            let onUnit = findings.isEmpty ? [] : findings.filter { (start..<end).contains($0.location.offset) }
            let exchanged = exchangeUnit(unit, findings: onUnit)
            if !onlyNeedsWork || exchanged.needsWork { units.append(exchanged) }
        }
        return ExchangeArticle(original: ContentSet.relativePath(of: article.path, under: paths), path: article.path, locale: locale, revision: revision,
                               translationType: front?.string("ms.translationtype"),
                               lastHandoff: front?.string("ms.lasthandoff"),
                               digest: ArticleDigest.of(article.printed()), units: units)
    }

    private func exchangeUnit(_ unit: TranslationUnit, findings: [Finding]) -> ExchangeUnit {
        var source = InlineContent(raw: unit.rawSource)
        var state = ExchangeUnit.State.translated
        let changes = findings.compactMap { $0.ruleID == "source-drift" ? $0.change : nil }
        if !changes.isEmpty {
            state = .drifted(oldEnglish: EnglishSentences.oneLine(unit.source))
            source = Self.currentEnglish(of: unit, changes: changes) ?? source
        } else if unit.target.isEmpty || unit.target == unit.source {
            state = .untranslated
        }
        let needsWork = state != .translated || findings.contains {
            Self.needsWorkRules.contains($0.ruleID) || $0.ruleID.hasSuffix("-parity")
        }
        return ExchangeUnit(id: unit.id.description, source: source, target: InlineContent(raw: unit.rawTarget), state: state,
                            notes: findings.map { ExchangeUnit.Note(ruleID: $0.ruleID, text: $0.message) },
                            needsWork: needsWork)
    }

    /// The unit's English with each changed sentence replaced by the
    /// reference's; nil when the unit holds none of the old sentences as the
    /// findings quote them (their notes still say what changed).
    static func currentEnglish(of unit: TranslationUnit, changes: [TextChange]) -> InlineContent? {
        var english = EnglishSentences.oneLine(unit.source)
        var replaced = false
        for change in changes where !change.old.isEmpty && english.contains(change.old) {
            english = english == change.old ? change.new : english.replacing(change.old, with: change.new)
            replaced = true
        }
        return replaced ? InlineContent(raw: Array(english.utf8)) : nil
    }

}
