import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Content statistics")
struct ContentStatisticsTests {
    static let seedLocales = ["en-US", "fr-FR", "it-IT", "ja-JP", "sv-SE", "zh-TW"]

    static func seedStatistics() throws -> ContentStatistics {
        var statistics = ContentStatistics()
        for locale in seedLocales {
            let path = repositoryRoot.appendingPathComponent("content/\(locale)/device-pin-password-reset-from-intune.md").path
            statistics.add(ArticleParser.parse(try FileReader.read(path), path: path))
        }
        return statistics
    }

    @Test("the seeds: seven units per translated locale, the same English words, sv-SE machine-translated")
    func seeds() throws {
        let rows = try Self.seedStatistics().rows
        #expect(rows.map(\.locale) == Self.seedLocales)
        let translated = rows.filter { $0.locale != "en-US" }
        #expect(translated.allSatisfy { $0.articles == 1 && $0.units == 7 && $0.translatedUnits == 7 })
        #expect(Set(translated.map(\.sourceWords)).count == 1)
        #expect(translated[0].sourceWords > 50)
        #expect(rows.first { $0.locale == "sv-SE" }.map { ($0.machineTranslated, $0.humanTranslated) } ?? (0, 0) == (1, 0))
        #expect(rows.first { $0.locale == "ja-JP" }.map { ($0.machineTranslated, $0.humanTranslated) } ?? (0, 0) == (0, 1))
        #expect(rows[0].units == 0)
    }

    @Test("untranslated and drifted units come from the findings, each unit once")
    func fromFindings() throws {
        var statistics = try Self.seedStatistics()
        func finding(_ rule: String, _ locale: String, line: Int) -> Finding {
            Finding(ruleID: rule, severity: .warning, message: "m", path: "content/\(locale)/device-pin-password-reset-from-intune.md",
                    location: SourceLocation(line: line, column: 1, offset: 0), locale: LocaleTag(locale),
                    slug: "device-pin-password-reset-from-intune", fingerprintBasis: "\(line)")
        }
        statistics.count([
            finding("untranslated", "ja-JP", line: 25), finding("untranslated", "ja-JP", line: 25),
            finding("untranslated", "ja-JP", line: 27), finding("source-drift", "sv-SE", line: 25),
            finding("machine-translation", "sv-SE", line: 1),
        ])
        let rows = Dictionary(uniqueKeysWithValues: statistics.rows.map { ($0.locale, $0) })
        #expect(rows["ja-JP"]?.untranslatedUnits == 2)
        #expect(rows["ja-JP"]?.translatedUnits == 5)
        #expect(rows["sv-SE"]?.driftedUnits == 1)
        #expect(rows["sv-SE"]?.untranslatedUnits == 0)
        #expect(statistics.total.untranslatedUnits == 2 && statistics.total.units == 35 && statistics.total.articles == 6)
    }

    @Test("text, CSV and JSON carry the same figures")
    func formats() throws {
        let statistics = try Self.seedStatistics()
        let csv = statistics.render(.csv).split(separator: "\n").map(String.init)
        #expect(csv[0] == "locale,articles,units,source_words,translated,untranslated,drifted,human_translated,machine_translated")
        let words = statistics.rows[1].sourceWords
        #expect(csv[5] == "sv-SE,1,7,\(words),7,0,0,0,1")
        #expect(csv.count == 7)
        let text = statistics.render(.text).split(separator: "\n").map(String.init)
        #expect(text[0].hasPrefix("locale  articles  units  source words  translated  untranslated  drifted  HT  MT"))
        #expect(text.last?.hasPrefix("total ") == true)
        #expect(text.last?.split(separator: " ").map(String.init) == ["total", "6", "35", "\(words * 5)", "35", "0", "0", "4", "1"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(statistics.render(.json).utf8)) as? [String: Any])
        #expect((json["total"] as? [String: Any])?["units"] as? Int == 35)
        #expect((json["locales"] as? [[String: Any]])?.count == 6)
    }
}
