import Foundation

/// Where a session journal's bytes go: the file system, or a stand-in that fails on demand.
///
/// ``SessionJournal`` does every read, write, flush and cut through this protocol, so tests can make
/// the disk fill up after N bytes, refuse to open, or fail to flush (``FaultyJournalStorage``).
public protocol JournalStorage: Sendable {
    /// The file's bytes; nil when there is no such file; throws when it exists but cannot be read
    /// (a folder in its place, no permission).
    func contents(of path: String) throws(JournalIOError) -> [UInt8]?
    /// Creates a folder and its parents if missing.
    func createFolder(_ path: String) throws(JournalIOError)
    /// Opens (creating if needed) a file for appending.
    func openForAppending(_ path: String) throws(JournalIOError) -> any JournalAppender
    /// Writes a new file whole (a torn tail put aside), flushed.
    func writeNewFile(_ path: String, bytes: [UInt8]) throws(JournalIOError)
    /// Whether something exists at `path`.
    func exists(_ path: String) -> Bool
}

/// A file open for appending.
public protocol JournalAppender: AnyObject {
    /// Appends `bytes`; how many went in before an error stopped the write (the rest did not).
    func write(_ bytes: [UInt8]) -> (written: Int, error: JournalIOError?)
    /// Flushes what was written to the disk (fsync).
    func sync() throws(JournalIOError)
    /// The file's size now.
    func size() throws(JournalIOError) -> UInt64
    /// Cuts the file back to `size` bytes.
    func truncate(to size: UInt64) throws(JournalIOError)
}

/// Why a journal operation failed: the system's words (`No space left on device`, `Is a directory`).
public struct JournalIOError: Error, Sendable, Equatable {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    /// The current `errno`, as the system says it.
    static func fromErrno(_ code: Int32 = errno) -> JournalIOError {
        JournalIOError(String(cString: strerror(code)))
    }
}

/// The real file system, through POSIX calls.
public struct FileJournalStorage: JournalStorage {
    public init() {}

    public func contents(of path: String) throws(JournalIOError) -> [UInt8]? {
        var info = stat()
        if stat(path, &info) != 0 {
            if errno == ENOENT { return nil }
            throw .fromErrno()
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .fromErrno(EISDIR) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 { throw .fromErrno() }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .fromErrno()
            }
            if count == 0 { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }

    public func createFolder(_ path: String) throws(JournalIOError) {
        var info = stat()
        if stat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) != S_IFDIR { throw .fromErrno(ENOTDIR) }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            // Say why as the system does: the first missing or unwritable parent.
            let parent = (path as NSString).deletingLastPathComponent
            if access(parent, W_OK) != 0 { throw .fromErrno() }
            throw JournalIOError((error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }

    public func openForAppending(_ path: String) throws(JournalIOError) -> any JournalAppender {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        if descriptor < 0 { throw .fromErrno() }
        return FileAppender(descriptor: descriptor)
    }

    public func writeNewFile(_ path: String, bytes: [UInt8]) throws(JournalIOError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0 { throw .fromErrno() }
        let appender = FileAppender(descriptor: descriptor)
        let (written, error) = appender.write(bytes)
        if let error {
            unlink(path)
            throw error
        }
        if written != bytes.count { throw JournalIOError("short write") }
        try appender.sync()
    }

    public func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }
}

/// A file descriptor open for appending.
final class FileAppender: JournalAppender {
    private let descriptor: Int32

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    func write(_ bytes: [UInt8]) -> (written: Int, error: JournalIOError?) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    return (offset, .fromErrno())
                }
                offset += result
            }
            return (offset, nil)
        }
    }

    func sync() throws(JournalIOError) {
        if fsync(descriptor) != 0 { throw .fromErrno() }
    }

    func size() throws(JournalIOError) -> UInt64 {
        var info = stat()
        if fstat(descriptor, &info) != 0 { throw .fromErrno() }
        return UInt64(info.st_size)
    }

    func truncate(to size: UInt64) throws(JournalIOError) {
        if ftruncate(descriptor, off_t(size)) != 0 { throw .fromErrno() }
    }
}
