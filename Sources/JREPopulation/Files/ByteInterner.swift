#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JRECore

/// Names short byte strings (ids, attribute values, type names) by dense integers, without making
/// a `String` for each: an open-addressing hash table over an arena of the bytes seen.
final class ByteInterner {
    private let arena = ScratchBuffer<UInt8>(capacity: 4_096)
    private let starts = ScratchBuffer<Int>(capacity: 256)
    private let lengths = ScratchBuffer<Int32>(capacity: 256)
    /// The hash table (ids, -1 for empty) and its size minus one, behind one pointer.
    private struct Table {
        var slots: UnsafeMutablePointer<Int32>
        var mask: Int
    }

    private let table: UnsafeMutablePointer<Table>

    init(expected: Int = 64) {
        var size = 16
        while size < expected * 2 { size *= 2 }
        let slots = UnsafeMutablePointer<Int32>.allocate(capacity: size)
        slots.initialize(repeating: -1, count: size)
        table = .allocate(capacity: 1)
        table.initialize(to: Table(slots: slots, mask: size - 1))
    }

    deinit {
        table.pointee.slots.deallocate()
        table.deallocate()
    }

    var count: Int { starts.count }

    /// A hash of `length` bytes that reads them eight at a time (ids and values are short).
    @inline(__always)
    static func hash(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> Int {
        let raw = UnsafeRawPointer(bytes)
        var hash = UInt64(truncatingIfNeeded: length) &* 0x9E3779B97F4A7C15
        var offset = 0
        while offset + 8 <= length {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58476D1CE4E5B9
            hash ^= hash >> 31
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < length {
            tail = tail << 8 | UInt64(bytes[offset])
            offset += 1
        }
        hash = (hash ^ tail) &* 0x94D049BB133111EB
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    @inline(__always)
    private func equals(_ id: Int32, _ bytes: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        let index = Int(id)
        guard Int(lengths[index]) == length else { return false }
        let stored = UnsafeRawPointer(arena.base + starts[index]), other = UnsafeRawPointer(bytes)
        var offset = 0
        while offset + 8 <= length {
            if stored.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != other.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
            offset += 8
        }
        while offset < length {
            if stored.load(fromByteOffset: offset, as: UInt8.self) != other.load(fromByteOffset: offset, as: UInt8.self) { return false }
            offset += 1
        }
        return true
    }

    /// The id of `bytes`, or -1 when never interned.
    @inline(__always)
    func find(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> Int32 {
        let slots = table.pointee.slots, mask = table.pointee.mask
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
        let slots = table.pointee.slots, mask = table.pointee.mask
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
        let size = (table.pointee.mask + 1) * 2
        table.pointee.slots.deallocate()
        let slots = UnsafeMutablePointer<Int32>.allocate(capacity: size)
        slots.initialize(repeating: -1, count: size)
        let mask = size - 1
        table.pointee = Table(slots: slots, mask: mask)
        for id in 0..<starts.count {
            var slot = Self.hash(arena.base + starts[id], Int(lengths[id])) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}
