import Foundation
import HelpKitCore
import HelpKitExchange

/// XLIFF import: any document is refused or merged, and the article it
/// names is then either as it was or whole, with every unit in place.
package enum XLIFFImportFuzzTarget: FuzzTarget {
    package static let name = "xliff-import"

    /// The article a document may name: `sv-SE/a.md` below the scratch folder.
    static let article = Array("""
        ---
        ms.contentlocale: sv-SE
        ---
        # <span data-ttu-id="1a2b3-101">Rubrik</span><span class="sxs-lookup"><span data-stu-id="1a2b3-101">Title</span></span>

        <span data-ttu-id="1a2b3-102">Välj **Spara** &amp; stäng.</span><span class="sxs-lookup"><span data-stu-id="1a2b3-102">Select **Save** &amp; close.</span></span>

        """.utf8)

    package static func check(_ input: [UInt8]) -> String? {
        let folder = "\(Scratch.folder)/import"
        try? FileManager.default.createDirectory(atPath: "\(folder)/sv-SE", withIntermediateDirectories: true)
        let path = "\(folder)/sv-SE/a.md"
        _ = FileManager.default.createFile(atPath: path, contents: Data(article))
        var outcome = Importer.Outcome()
        try? Importer(folder: folder).importDocument(at: Scratch.write(input, as: "import.xlf"), into: &outcome)
        guard let after = FileManager.default.contents(atPath: path).map(Array.init) else { return "the article is gone" }
        if after == article { return nil }
        let merged = ArticleParser.parse(after, path: path)
        let before = ArticleParser.parse(article, path: path)
        if merged.units.map(\.id) != before.units.map(\.id) { return "the merge moved or lost units" }
        if merged.diagnostics.containsError { return "the merge wrote an article with errors" }
        return nil
    }
}
