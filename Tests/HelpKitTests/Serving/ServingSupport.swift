import Foundation
import HelpKitTestSupport

/// Runs `helpkit` for help-serving tests: the locale variables cleared but
/// for those a test sets, lines wide enough that no sentence is wrapped, and
/// by default in a `Workspace`, so no default catalog can answer.
enum Serving {
    static let clearedLocale = ["LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "", "COLUMNS": "500"]

    static func run(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil) throws -> HelpKitRun {
        try HelpKitBinary.run(arguments, environment: clearedLocale.merging(environment) { $1 }, currentDirectory: folder)
    }
}

/// A content folder made for one test: articles by locale, a contexts.yml,
/// and a link to the bundled locales beside it.
struct FixtureContent {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent("locales"),
                                                   withDestinationURL: repositoryRoot.appendingPathComponent("locales"))
    }

    var content: String { folder.path("content") }

    func article(_ locale: String, _ slug: String, handoff: String = "09/14/2020", commit: String = "c6692ce0",
                 contexts: [String] = [], units: [(target: String, source: String)]) throws {
        let custom = contexts.isEmpty ? "" : "ms.custom:\n" + contexts.map { "- \"\($0)\"\n" }.joined()
        let prefix = String(slug.utf8.reduce(0) { $0 &+ Int($1) } % 0xfffff + 0x10000, radix: 16).suffix(5)
        var body = ""
        for (index, unit) in units.enumerated() {
            let unitID = "\(prefix)-\(102 + index)"
            body += (index == 0 ? "# " : "") + sxsUnit(unitID, target: unit.target, source: unit.source) + "\n\n"
        }
        try folder.write("content/\(locale)/\(slug).md", """
            ---
            title: \(units.first?.target ?? slug)
            \(custom)ms.sourcegitcommit: \(commit)
            ms.translationtype: HT
            ms.contentlocale: \(locale)
            ms.lasthandoff: \(handoff)
            ---
            \(body)
            """)
    }

    func contexts(_ yaml: String) throws {
        try folder.write("content/contexts.yml", yaml)
    }
}
