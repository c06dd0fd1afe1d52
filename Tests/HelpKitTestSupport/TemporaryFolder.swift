import Foundation

/// A folder of small files made for one test, removed when the test ends.
package final class TemporaryFolder {
    package let url: URL

    package init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("helpkit-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `contents` at `relativePath`, creating folders on the way.
    @discardableResult
    package func write(_ relativePath: String, _ contents: String) throws -> String {
        try write(relativePath, Data(contents.utf8))
    }

    @discardableResult
    package func write(_ relativePath: String, _ contents: Data) throws -> String {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: file)
        return file.path
    }

    package func path(_ relativePath: String) -> String { url.appendingPathComponent(relativePath).path }
}

/// An article with front matter and the given body, in the sxs shape.
package func sxsArticle(locale: String = "ja-JP", extraFrontMatter: String = "", body: String) -> String {
    """
    ---
    title: テスト
    ms.translationtype: HT
    ms.contentlocale: \(locale)
    ms.lasthandoff: 09/14/2020
    \(extraFrontMatter)---
    \(body)
    """
}

/// One unit in sxs markup.
package func sxsUnit(_ id: String, target: String, source: String) -> String {
    #"<span data-ttu-id="\#(id)">\#(target)</span><span class="sxs-lookup"><span data-stu-id="\#(id)">\#(source)</span></span>"#
}
