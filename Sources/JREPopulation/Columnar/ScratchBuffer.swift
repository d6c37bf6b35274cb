import JRECore

/// A growable array of plain values in manually managed memory, reused from claimant to claimant.
///
/// The population's hot loops append millions of values; a buffer that keeps its capacity and
/// keeps its state behind a pointer costs no reference counting, uniqueness or exclusivity checks.
final class ScratchBuffer<Element: BitwiseCopyable> {
    private struct Header {
        var base: UnsafeMutablePointer<Element>
        var count: Int
        var capacity: Int
    }

    private let header: UnsafeMutablePointer<Header>

    init(capacity: Int = 32) {
        let capacity = max(1, capacity)
        header = .allocate(capacity: 1)
        header.initialize(to: Header(base: .allocate(capacity: capacity), count: 0, capacity: capacity))
    }

    deinit {
        header.pointee.base.deallocate()
        header.deallocate()
    }

    /// The elements' storage (valid until the next append).
    @inline(__always) var base: UnsafeMutablePointer<Element> { header.pointee.base }
    @inline(__always) var count: Int { header.pointee.count }

    @inline(__always)
    func append(_ element: Element) {
        if header.pointee.count == header.pointee.capacity { grow() }
        header.pointee.base[header.pointee.count] = element
        header.pointee.count += 1
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        get { header.pointee.base[index] }
        set { header.pointee.base[index] = newValue }
    }

    /// Empties the buffer, keeping its memory.
    @inline(__always)
    func removeAll() { header.pointee.count = 0 }

    private func grow() {
        let capacity = header.pointee.capacity * 2
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
        bigger.update(from: header.pointee.base, count: header.pointee.count)
        header.pointee.base.deallocate()
        header.pointee.base = bigger
        header.pointee.capacity = capacity
    }

    var elements: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
