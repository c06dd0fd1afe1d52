import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("The project file, .helpkit.yml")
struct ProjectFileTests {
    static let rules = ReportFixtures.rules

    static func parse(_ yaml: String) throws(ProjectFile.Invalid) -> CheckConfiguration {
        try ProjectFile.parse(yaml, path: ".helpkit.yml", rules: rules)
    }

    static func problems(_ yaml: String) -> [String] {
        do {
            _ = try parse(yaml)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("every setting is read into the configuration")
    func complete() throws {
        let configuration = try Self.parse("""
        rules:
          untranslated: error
          machine-translation: off
          source-drift: Info
        do_not_translate:
          "*": [Intune, Microsoft 365]
          ja_JP: [PIN]
          fr-fr: Windows
        exclude:
          - "*/includes/*"
          - drafts/**
        reference: sv-se
        """)
        #expect(configuration.disabledRules == ["machine-translation"])
        #expect(configuration.severities == ["untranslated": .error, "source-drift": .info])
        #expect(configuration.doNotTranslate == ["*": ["Intune", "Microsoft 365"], "ja-JP": ["PIN"], "fr-FR": ["Windows"]])
        #expect(configuration.excludes == ["*/includes/*", "drafts/**"])
        #expect(configuration.reference == LocaleTag("sv-SE"))
        #expect(configuration.severity(of: Self.rules[2]) == nil)
        #expect(configuration.severity(of: Self.rules[1]) == .error)
        #expect(configuration.severity(of: Self.rules[3]) == .error)
    }

    @Test("an empty file or one with only comments is the default configuration")
    func empty() throws {
        #expect(try Self.parse("") == CheckConfiguration())
        #expect(try Self.parse("# nothing tuned yet\n") == CheckConfiguration())
        #expect(try Self.parse("rules:\n  # untranslated: off\nexclude:\ndo_not_translate:\nreference:\n") == CheckConfiguration())
    }

    @Test("an unknown rule is an error at its place, with the rule it most likely meant")
    func unknownRule() {
        #expect(Self.problems("rules:\n  untranslatd: off\n") == [
            ".helpkit.yml:2:3: error: unknown rule `untranslatd` (did you mean `untranslated`?); `helpkit rules` lists them [config]",
        ])
        #expect(Self.problems("rules:\n  spelling: off\n") == [
            ".helpkit.yml:2:3: error: unknown rule `spelling`; `helpkit rules` lists them [config]",
        ])
    }

    @Test("bad values are errors at the value, and every problem is reported at once")
    func badValues() {
        let problems = Self.problems("""
        rules:
          untranslated: loud
          source-drift:
        do_not_translate:
          Klingon Empire: [x]
          ja-JP: {a: b}
        exclude: {a: b}
        reference: 42x
        colour: on
        """)
        #expect(problems == [
            ".helpkit.yml:2:17: error: rules.untranslated: expected off, error, warning or info, not `loud` [config]",
            ".helpkit.yml:3:16: error: rules.source-drift: expected off, error, warning or info, not an empty value [config]",
            ".helpkit.yml:5:3: error: do_not_translate: `Klingon Empire` is not a locale such as ja-JP, nor \"*\" for every locale [config]",
            ".helpkit.yml:6:10: error: do_not_translate.ja-JP: expected a list of strings [config]",
            ".helpkit.yml:7:10: error: exclude: expected a list of strings [config]",
            ".helpkit.yml:8:12: error: reference: expected a locale such as sv-SE, not `42x` [config]",
            ".helpkit.yml:9:1: error: unknown key `colour`; the keys are rules, do_not_translate, exclude, reference [config]",
        ])
    }

    @Test("a typo in a section name suggests the right one")
    func sectionTypo() {
        #expect(Self.problems("rule:\n  untranslated: off\n") == [
            ".helpkit.yml:1:1: error: unknown key `rule` (did you mean `rules`?); the keys are rules, do_not_translate, exclude, reference [config]",
        ])
    }

    @Test("invalid YAML is reported with the parser's line and column")
    func invalidYAML() {
        let problems = Self.problems("rules:\n  untranslated: [off\nreference: sv-SE\n")
        #expect(problems.count == 1)
        #expect(problems[0].hasPrefix(".helpkit.yml:3:"))
        #expect(problems[0].contains("error: not valid YAML:"))
        #expect(problems[0].hasSuffix("[config]"))
        #expect(Self.problems("rules:\n  untranslated: off\n  untranslated: error\n").first?.contains("appears twice") == true)
        #expect(Self.problems("- a\n- b\n") == [
            ".helpkit.yml:1:1: error: expected a mapping of rules, do_not_translate, exclude, reference [config]",
        ])
    }

    @Test("an unreadable project file is an error, not the default configuration")
    func unreadable() throws {
        let folder = try TemporaryFolder()
        #expect(throws: ProjectFile.Invalid.self) { try ProjectFile.load(folder.path("missing.yml"), rules: Self.rules) }
        let path = try folder.write(".helpkit.yml", "rules:\n  untranslated: warning\n")
        #expect(try ProjectFile.load(path, rules: Self.rules).severities == ["untranslated": .warning])
    }

    @Test("an opt-in rule is off until the project file gives it a severity")
    func optInRule() throws {
        let rule = try #require(RuleRegistry.all.first { $0.identifier == "segmentation-difference" })
        #expect(rule.isOptIn)
        #expect(CheckConfiguration().severity(of: rule) == nil)
        let configuration = try ProjectFile.parse("rules:\n  segmentation-difference: info\n", path: ".helpkit.yml")
        #expect(configuration.severity(of: rule) == .info)
    }
}
