/// A growable array of plain values in manually managed memory, reused from claimant to claimant.
///
/// The population's hot loops append millions of values; a buffer that keeps its capacity and
/// is read through a raw pointer costs no reference counting or uniqueness checks.
final class ScratchBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 32) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    func append(_ element: Element) {
        if count == capacity { grow() }
        base[count] = element
        count += 1
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        get { base[index] }
        set { base[index] = newValue }
    }

    /// Empties the buffer, keeping its memory.
    @inline(__always)
    func removeAll() { count = 0 }

    /// Drops the last `n` elements.
    @inline(__always)
    func removeLast(_ n: Int) { count -= n }

    private func grow() {
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    var elements: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
