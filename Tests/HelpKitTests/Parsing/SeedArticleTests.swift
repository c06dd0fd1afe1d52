import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("The five seed articles")
struct SeedArticleTests {
    static let locales = ["ja-JP", "zh-TW", "sv-SE", "it-IT", "fr-FR"]

    static func seed(_ locale: String) throws -> Article {
        let path = repositoryRoot.appendingPathComponent("content/\(locale)/device-pin-password-reset-from-intune.md").path
        return ArticleParser.parse(try FileReader.read(path), path: path)
    }

    @Test("each seed gives its seven units with ids 102 to 108", arguments: locales)
    func sevenUnits(locale: String) throws {
        let article = try Self.seed(locale)
        #expect(article.diagnostics.isEmpty)
        #expect(article.locale?.identifier == locale)
        #expect(article.units.map(\.id.number) == Array(102...108))
        #expect(article.units.allSatisfy { $0.sourceID == $0.id && !$0.id.isMerged })
        #expect(article.units.first?.block == .heading(level: 1))
        #expect(article.units.dropFirst().allSatisfy { $0.block == .paragraph })
        #expect(article.units[0].source == "Device pin/password reset from Intune")
        #expect(article.units[6].source == "For more info, see [Reset the passcode on Windows devices using Intune](https://docs.microsoft.com/intune/device-windows-pin-reset).")
        #expect(article.frontMatter?.contextIDs == ["1278", "6700008"])
    }

    @Test("every seed has the same English sources")
    func sameSources() throws {
        let sources = try Self.locales.map { try Self.seed($0).units.map(\.source) }
        #expect(Set(sources).count == 1)
    }

    @Test("the Japanese seed's targets and ids")
    func japaneseTargets() throws {
        let article = try Self.seed("ja-JP")
        #expect(article.units[0].id == UnitID(prefix: "d55fa", number: 102, isMerged: false))
        #expect(article.units[0].target == "Intune からデバイスの PIN /パスワードをリセットする")
        #expect(article.units[2].target == "このアクションをサポートするのは、特定のオペレーティング システムの種類と仕事用プロファイルの種類のみです。")
        #expect(article.units[0].location.line == 23)
        #expect(article.units[4].location.line == 31 && article.units[5].location.line == 31)
        #expect(article.units[5].location.column > article.units[4].location.column)
    }

    @Test("the Swedish seed is machine-translated from an older source revision")
    func swedishIsOlderMachineTranslation() throws {
        let swedish = try #require(try Self.seed("sv-SE").frontMatter)
        let japanese = try #require(try Self.seed("ja-JP").frontMatter)
        #expect(swedish.translationType == .machine)
        #expect(japanese.translationType == .human)
        #expect(swedish.sourceFileHash == "fd3bb957b0da22dfab5a9988a82e398757e12ee5")
        #expect(swedish.sourceFileHash != japanese.sourceFileHash)
        #expect(swedish.sourceCommit != japanese.sourceCommit)
        let swedishHandoff = try #require(swedish.lastHandoff)
        let japaneseHandoff = try #require(japanese.lastHandoff)
        #expect(swedishHandoff < japaneseHandoff)
        #expect(swedish["ms.service"] == nil && japanese["ms.service"] != nil)
    }

    @Test("printing a seed gives back its bytes", arguments: locales)
    func roundTrip(locale: String) throws {
        let path = repositoryRoot.appendingPathComponent("content/\(locale)/device-pin-password-reset-from-intune.md").path
        let bytes = try FileReader.read(path)
        #expect(ArticleParser.parse(bytes, path: path).printed() == bytes)
    }

    @Test("content/ holds the seeds byte for byte", .enabled(if: Shared.isAvailable, "needs ../shared"), arguments: locales)
    func contentIsSeed(locale: String) throws {
        let seedFolder = Shared.root.appendingPathComponent("seeds")
        let seeds = try FileManager.default.contentsOfDirectory(atPath: seedFolder.path)
        let contents = try seeds.map { try FileReader.read(seedFolder.appendingPathComponent($0).path) }
        let bundled = try FileReader.read(repositoryRoot.appendingPathComponent("content/\(locale)/device-pin-password-reset-from-intune.md").path)
        #expect(contents.contains(bundled))
    }
}
