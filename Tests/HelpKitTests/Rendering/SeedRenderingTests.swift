import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("Rendering the seed article")
struct SeedRenderingTests {
    static func markdown(_ locale: String) throws -> String {
        let path = repositoryRoot.appendingPathComponent("content/\(locale)/device-pin-password-reset-from-intune.md").path
        return String(decoding: ArticleParser.parse(try FileReader.read(path), path: path).localizedMarkdown(), as: UTF8.self)
    }

    @Test("the Japanese seed at 40 columns: title, paragraphs and links, no line wider than 40")
    func japaneseAtForty() throws {
        let lines = outputLines(rendered(try Self.markdown("ja-JP"), width: 40))
        for line in lines {
            #expect(DisplayWidth.columns(of: line) <= 40, "\(line)")
            let independent = try #require(independentColumns(line), "unexpected character in \(line)")
            #expect(independent <= 40, "\(line)")
        }
        let ruleIndex = try #require(lines.firstIndex { $0.hasPrefix("═") })
        #expect(lines[..<ruleIndex].joined().filter { $0 != " " } == "IntuneからデバイスのPIN/パスワードをリセットする")
        let text = lines.joined().filter { $0 != " " }
        #expect(text.contains("このアクションをサポートするのは、特定のオペレーティングシステムの種類と仕事用プロファイルの種類のみです。"))
        #expect(text.contains("「Intuneでデバイスのパスコードをリセットまたは削除する(https://docs.microsoft.com/intune/device-passcode-reset)」を参照してください。"))
        #expect(text.contains("(https://docs.microsoft.com/intune/device-windows-pin-reset)"))
        #expect(!text.contains("<a") && !text.contains("span") && !text.contains("ms.custom"))
        #expect(lines.filter(\.isEmpty).count == 4, "title and four paragraphs, a blank line between each")
    }

    @Test("the English seed at 80 columns")
    func englishAtEighty() throws {
        let path = repositoryRoot.appendingPathComponent("content/en-US/device-pin-password-reset-from-intune.md").path
        let lines = outputLines(rendered(String(decoding: try FileReader.read(path), as: UTF8.self)))
        #expect(Array(lines.prefix(4)) == [
            "Device pin/password reset from Intune",
            String(repeating: "═", count: 37),
            "",
            "You can remove a passcode or force a user to create a new passcode in Intune for",
        ])
        #expect(lines.allSatisfy { $0.count <= 80 })
        let text = lines.joined(separator: " ")
        #expect(text.contains("see Reset or remove a device passcode in Intune (https://docs.microsoft.com/intune/device-passcode-reset)."))
    }

    @Test("with colour and hyperlinks the links become OSC 8 and the URLs leave the text")
    func japaneseWithHyperlinks() throws {
        let output = rendered(try Self.markdown("ja-JP"), width: 60, color: true, hyperlinks: true)
        let scan = EscapeSequenceScan(output)
        #expect(scan.unexpected == nil)
        #expect(!scan.sgrParameters.isEmpty)
        #expect(Set(scan.hyperlinks) == ["https://docs.microsoft.com/intune/device-passcode-reset",
                                         "https://docs.microsoft.com/intune/device-windows-pin-reset", ""])
        let visible = String(decoding: scan.visibleText, as: UTF8.self)
        #expect(!visible.contains("https://"))
        #expect(outputLines(visible).allSatisfy { DisplayWidth.columns(of: $0) <= 60 })
    }
}
