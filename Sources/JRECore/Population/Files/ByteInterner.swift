/// Names short byte strings (ids, attribute values, type names) by dense integers, without making
/// a `String` for each: an open-addressing hash table over an arena of the bytes seen.
final class ByteInterner {
    private let arena = ScratchBuffer<UInt8>(capacity: 4_096)
    private let starts = ScratchBuffer<Int>(capacity: 256)
    private let lengths = ScratchBuffer<Int32>(capacity: 256)
    private var slots: UnsafeMutablePointer<Int32>
    private var mask: Int

    init(expected: Int = 64) {
        var size = 16
        while size < expected * 2 { size *= 2 }
        mask = size - 1
        slots = .allocate(capacity: size)
        slots.initialize(repeating: -1, count: size)
    }

    deinit { slots.deallocate() }

    var count: Int { starts.count }

    @inline(__always)
    static func hash(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> Int {
        var hash: UInt64 = 0xcbf29ce484222325
        for index in 0..<length {
            hash = (hash ^ UInt64(bytes[index])) &* 0x100000001b3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    @inline(__always)
    private func equals(_ id: Int32, _ bytes: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        let index = Int(id)
        guard Int(lengths[index]) == length else { return false }
        let stored = arena.base + starts[index]
        for offset in 0..<length where stored[offset] != bytes[offset] { return false }
        return true
    }

    /// The id of `bytes`, or -1 when never interned.
    @inline(__always)
    func find(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> Int32 {
        var slot = Self.hash(bytes, length) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return -1 }
            if equals(id, bytes, length) { return id }
            slot = (slot + 1) & mask
        }
    }

    /// The id of `bytes`, interning them if new; `inserted` tells which.
    @inline(__always)
    func intern(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> (id: Int32, inserted: Bool) {
        var slot = Self.hash(bytes, length) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if equals(id, bytes, length) { return (id, false) }
            slot = (slot + 1) & mask
        }
        let id = Int32(starts.count)
        starts.append(arena.count)
        lengths.append(Int32(length))
        for offset in 0..<length { arena.append(bytes[offset]) }
        slots[slot] = id
        if starts.count * 2 > mask + 1 { rehash() }
        return (id, true)
    }

    func intern(_ text: String) -> Int32 {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { intern($0.baseAddress ?? UnsafeMutablePointer(bitPattern: 1)!, $0.count).id }
    }

    /// The text of `id`.
    func string(_ id: Int32) -> String {
        let buffer = UnsafeBufferPointer(start: arena.base + starts[Int(id)], count: Int(lengths[Int(id)]))
        return String(decoding: buffer, as: UTF8.self)
    }

    private func rehash() {
        let size = (mask + 1) * 2
        slots.deallocate()
        slots = .allocate(capacity: size)
        slots.initialize(repeating: -1, count: size)
        mask = size - 1
        for id in 0..<starts.count {
            var slot = Self.hash(arena.base + starts[id], Int(lengths[id])) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}
