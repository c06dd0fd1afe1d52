import Dispatch

/// Parses many files on every core while handing results over in file order.
///
/// Files go in batches: a batch is read, parsed and transformed in parallel,
/// then consumed in order and dropped, so memory holds one batch of articles,
/// never the whole corpus.
public struct ArticleStream {
    public var files: [String]
    public var batchSize: Int

    public init(files: [String], batchSize: Int = 64) {
        self.files = files
        self.batchSize = max(1, batchSize)
    }

    /// Reads and parses each file, applies `transform` in parallel, and hands
    /// the results to `consume` in file order. An unreadable file gives an
    /// article with no units and one diagnostic, so every file is accounted for.
    public func forEach<Result>(
        _ transform: @Sendable (Article) -> Result,
        consume: (Result) throws -> Void
    ) rethrows {
        for batchStart in stride(from: 0, to: files.count, by: batchSize) {
            let batch = Array(files[batchStart..<min(files.count, batchStart + batchSize)])
            let results = ParallelResults<Result>(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                results.set(index, transform(Self.load(batch[index])))
            }
            for result in results.values() { try consume(result) }
        }
    }

    /// The article at `path`, or an empty one carrying why it could not be read.
    public static func load(_ path: String) -> Article {
        do {
            return ArticleParser.parse(try FileReader.read(path), path: path)
        } catch {
            let diagnostic = Diagnostic(path: path, location: .start, severity: .error,
                                        message: "cannot read: \(error.reason)", code: "unreadable-file")
            return Article(path: path, locale: nil, frontMatter: nil, units: [], trivia: [[]], diagnostics: [diagnostic])
        }
    }
}

/// Slots that parallel workers fill at distinct indices.
///
/// One allocation made up front: workers write through a pointer, never
/// through an array property, so no two of them touch shared bookkeeping.
private final class ParallelResults<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ value: Value) { slots[index] = value }

    func values() -> [Value] { slots.compactMap { $0 } }
}
