import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses many files on every core while handing results over in file order.
///
/// Worker threads read, parse and transform files ahead of the consumer, at
/// most `batchSize` of them, so memory holds that many articles, never the
/// whole corpus, and a consumer busy writing output never stops the workers.
/// The calling thread consumes in file order and parses too whenever the next
/// result is not ready, so the stream finishes even when no worker starts.
public struct ArticleStream {
    public var files: [String]
    /// How many parsed files may wait for the consumer at once.
    public var batchSize: Int

    public init(files: [String], batchSize: Int = 64) {
        self.files = files
        self.batchSize = max(1, batchSize)
    }

    /// Reads and parses each file, applies `transform` in parallel, and hands
    /// the results to `consume` in file order. An unreadable file gives an
    /// article with no units and one diagnostic, so every file is accounted for.
    public func forEach<Result>(
        _ transform: @escaping @Sendable (Article) -> Result,
        consume: (Result) throws -> Void
    ) rethrows {
        try OrderedParallel.forEach(files, window: batchSize, { transform(Self.load($0)) }, consume: consume)
    }

    /// The article at `path`, or an empty one carrying why it could not be read.
    public static func load(_ path: String) -> Article {
        do {
            return ArticleParser.parse(try FileReader.readArticle(path), path: path)
        } catch {
            return Article(path: path, locale: nil, frontMatter: nil, units: [], trivia: [[]], diagnostics: [error.diagnostic()])
        }
    }

}

/// Runs work items on every core while handing results over in item order.
///
/// Worker threads run `transform` ahead of the consumer, at most `window`
/// results waiting, so memory holds that many, never all of them. The calling
/// thread consumes in order and runs items too whenever the next result is
/// not ready, so it finishes even when no worker starts.
package enum OrderedParallel {
    package static func forEach<Item: Sendable, Result>(
        _ items: [Item],
        window capacity: Int,
        _ transform: @escaping @Sendable (Item) -> Result,
        consume: (Result) throws -> Void
    ) rethrows {
        guard !items.isEmpty else { return }
        let helpers = min(items.count, processorCount) - 1
        let window = OrderedWindow<Result>(count: items.count, capacity: max(1, capacity))
        let produce: @Sendable (Int) -> Void = { index in window.put(transform(items[index]), at: index) }
        let workers = DispatchGroup()
        for _ in 0..<helpers {
            DispatchQueue.global().async(group: workers) {
                while let index = window.claim(waitingForRoom: true) { produce(index) }
            }
        }
        // Stopped and joined on every exit, a throwing `consume` included, so no
        // helper outlives the call.
        defer {
            window.stop()
            workers.wait()
        }
        for index in items.indices {
            try consume(window.take(index, producingMeanwhile: produce))
        }
    }

    private static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

/// The results between the workers and the consumer: a ring of `capacity`
/// slots, where file `index` lands in slot `index % capacity`.
///
/// Files are claimed in order and at most `capacity` claimed results wait
/// unconsumed, so a claimed file's slot is always free. One lock guards the
/// counters and slots; a thread sleeps on a semaphore only when it has nothing
/// else to do, so the common path makes no system call.
private final class OrderedWindow<Value>: @unchecked Sendable {
    private let count: Int
    private let slots: UnsafeMutableBufferPointer<Value?>
    private let lock = DispatchSemaphore(value: 1)
    private let consumerWake = DispatchSemaphore(value: 0)
    private let roomWake = DispatchSemaphore(value: 0)
    // Guarded by `lock`:
    private var claimed = 0
    private var consumed = 0
    private var stopped = false
    private var consumerIsWaiting = false
    private var producersWaitingForRoom = 0

    init(count: Int, capacity: Int) {
        self.count = count
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// The next file to parse; nil when every file is claimed or the stream stopped,
    /// or, unless `waitingForRoom`, when the window is full.
    func claim(waitingForRoom: Bool) -> Int? {
        lock.wait()
        while true {
            if stopped || claimed == count {
                lock.signal()
                return nil
            }
            if claimed - consumed < slots.count {
                let index = claimed
                claimed += 1
                lock.signal()
                return index
            }
            guard waitingForRoom else {
                lock.signal()
                return nil
            }
            producersWaitingForRoom += 1
            lock.signal()
            roomWake.wait()
            lock.wait()
        }
    }

    func put(_ value: Value, at index: Int) {
        lock.wait()
        slots[index % slots.count] = value
        let wakeConsumer = consumerIsWaiting && index == consumed
        if wakeConsumer { consumerIsWaiting = false }
        lock.signal()
        if wakeConsumer { consumerWake.signal() }
    }

    /// The result of file `index`, the next in order. Until it is ready, the
    /// caller parses files of its own through `produce`, or sleeps when none is left.
    func take(_ index: Int, producingMeanwhile produce: (Int) -> Void) -> Value {
        while true {
            lock.wait()
            if let value = slots[index % slots.count] {
                slots[index % slots.count] = nil
                consumed += 1
                let wakeProducer = producersWaitingForRoom > 0
                if wakeProducer { producersWaitingForRoom -= 1 }
                lock.signal()
                if wakeProducer { roomWake.signal() }
                return value
            }
            lock.signal()
            if let claimed = claim(waitingForRoom: false) {
                produce(claimed)
                continue
            }
            lock.wait()
            // Checked again under the lock: the result may have landed meanwhile.
            consumerIsWaiting = slots[index % slots.count] == nil
            let mustWait = consumerIsWaiting
            lock.signal()
            if mustWait { consumerWake.wait() }
        }
    }

    /// Lets no more files be claimed and wakes the producers waiting for room.
    func stop() {
        lock.wait()
        stopped = true
        let waiting = producersWaitingForRoom
        producersWaitingForRoom = 0
        lock.signal()
        for _ in 0..<waiting { roomWake.signal() }
    }
}
