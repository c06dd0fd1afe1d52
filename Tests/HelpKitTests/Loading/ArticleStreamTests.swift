import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

@Suite("ArticleStream")
struct ArticleStreamTests {
    /// Files of very different sizes, so workers finish them out of order.
    static func articles(in folder: TemporaryFolder, count: Int) throws -> [String] {
        try (0..<count).map { index in
            let units = (0..<(index % 7 == 0 ? 400 : index % 3)).map { number in
                sxsUnit("abcde-\(100 + number)", target: "t\(index)", source: "s\(number)")
            }
            return try folder.write(String(format: "a%04d.md", index), sxsArticle(body: units.joined(separator: "\n") + "\n"))
        }
    }

    @Test("results reach the consumer in file order, whatever the window", arguments: [1, 3, 64])
    func fileOrder(batchSize: Int) throws {
        let folder = try TemporaryFolder()
        let files = try Self.articles(in: folder, count: 200)
        var seen: [(String, Int)] = []
        ArticleStream(files: files, batchSize: batchSize).forEach({ ($0.path, $0.units.count) }, consume: { seen.append($0) })
        #expect(seen.map(\.0) == files)
        #expect(seen.map(\.1) == files.indices.map { $0 % 7 == 0 ? 400 : $0 % 3 })
    }

    struct Stop: Error {}

    @Test("a consumer that throws stops the stream, and the error comes out", .timeLimit(.minutes(1)))
    func throwingConsumer() throws {
        let folder = try TemporaryFolder()
        let files = try Self.articles(in: folder, count: 200)
        var consumed = 0
        #expect(throws: Stop.self) {
            try ArticleStream(files: files, batchSize: 4).forEach({ $0.path }, consume: { _ in
                consumed += 1
                if consumed == 10 { throw Stop() }
            })
        }
        #expect(consumed == 10)
    }
}
