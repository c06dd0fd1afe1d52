/// Slots that parallel workers fill at distinct indices, one per group of a
/// batch; the checker reads them in order once the batch is done.
///
/// One allocation made up front: workers write through a pointer, never
/// through an array property, so no two of them touch shared bookkeeping.
final class ParallelSlots<Value>: @unchecked Sendable {
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
