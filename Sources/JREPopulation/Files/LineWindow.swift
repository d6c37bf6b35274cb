#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JRECore
import JREText

/// Reads a file line by line through one reusable buffer, from any offset, in bounded memory.
final class LineWindow {
    let path: String
    let size: Int
    private let descriptor: Int32
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The file offset of `buffer[0]`, and how many bytes the buffer holds.
    private var bufferStart = 0
    private var bufferCount = 0

    init(path: String, capacity: Int = 4 << 20) throws(PopulationFileError) {
        self.path = path
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw PopulationFileError(file: path, LocalizedMessage(Strings.popFileMissing, path)) }
        let end = lseek(descriptor, 0, SEEK_END)
        size = end < 0 ? 0 : Int(end)
        self.capacity = max(4_096, capacity)
        buffer = .allocate(capacity: self.capacity)
    }

    deinit {
        close(descriptor)
        buffer.deallocate()
    }

    /// Where the data starts: after a UTF-8 byte-order mark, if any.
    var contentStart: Int {
        guard let (line, length) = line(at: 0), length >= 3 else { return 0 }
        return line[0] == 0xEF && line[1] == 0xBB && line[2] == 0xBF ? 3 : 0
    }

    /// The line starting at `offset` (without its `\n`), or nil at the end of the file.
    /// The bytes stay valid until the next call.
    func line(at offset: Int) -> (UnsafePointer<UInt8>, Int)? {
        guard offset < size, offset >= 0 else { return nil }
        if offset < bufferStart || offset >= bufferStart + bufferCount { fill(from: offset) }
        while true {
            let relative = offset - bufferStart
            if let found = memchr(buffer + relative, Int32(CSVSyntax.newline), bufferCount - relative) {
                let end = found.assumingMemoryBound(to: UInt8.self) - buffer
                return (UnsafePointer(buffer + relative), end - relative)
            }
            if bufferStart + bufferCount >= size { return (UnsafePointer(buffer + relative), bufferCount - relative) }
            if relative == 0 { grow() }
            fill(from: offset)
        }
    }

    /// Reads from `offset` as much as the buffer holds.
    private func fill(from offset: Int) {
        bufferStart = offset
        bufferCount = 0
        while bufferCount < capacity, bufferStart + bufferCount < size {
            let read = pread(descriptor, buffer + bufferCount, capacity - bufferCount, off_t(bufferStart + bufferCount))
            if read <= 0 { break }
            bufferCount += read
        }
    }

    private func grow() {
        buffer.deallocate()
        capacity *= 2
        buffer = .allocate(capacity: capacity)
        bufferCount = 0
    }
}
