import Foundation

/// The real file system with faults on demand, for tests and benchmarks: a disk that fills up after
/// N bytes, a journal that cannot be opened, a flush that fails.
///
/// The bytes that do go in are real files, so what a test reloads is what a user would find.
/// The faults can be changed at any time (space freed, the stick made writable again).
public final class FaultyJournalStorage: JournalStorage, @unchecked Sendable {
    private let base = FileJournalStorage()
    private let lock = NSLock()
    private var _spaceLeft: Int?
    private var _openFailure: String?
    private var _syncFailure: String?
    private var _syncCount = 0

    public init(spaceLeft: Int? = nil, openFailure: String? = nil, syncFailure: String? = nil) {
        _spaceLeft = spaceLeft
        _openFailure = openFailure
        _syncFailure = syncFailure
    }

    /// Bytes the disk still takes (nil: no limit); a write past it stops there with « No space left on device ».
    public var spaceLeft: Int? {
        get { lock.withLock { _spaceLeft } }
        set { lock.withLock { _spaceLeft = newValue } }
    }

    /// Opening for appending fails with this reason (nil: it works).
    public var openFailure: String? {
        get { lock.withLock { _openFailure } }
        set { lock.withLock { _openFailure = newValue } }
    }

    /// Every fsync fails with this reason (nil: it works).
    public var syncFailure: String? {
        get { lock.withLock { _syncFailure } }
        set { lock.withLock { _syncFailure = newValue } }
    }

    /// How many flushes succeeded.
    public var syncCount: Int { lock.withLock { _syncCount } }

    public static let noSpace = String(cString: strerror(ENOSPC))

    public func contents(of path: String) throws(JournalIOError) -> [UInt8]? { try base.contents(of: path) }

    public func createFolder(_ path: String) throws(JournalIOError) { try base.createFolder(path) }

    public func openForAppending(_ path: String) throws(JournalIOError) -> any JournalAppender {
        if let reason = openFailure { throw JournalIOError(reason) }
        return FaultyAppender(inner: try base.openForAppending(path), storage: self)
    }

    public func writeNewFile(_ path: String, bytes: [UInt8]) throws(JournalIOError) {
        let allowed = take(bytes.count)
        guard allowed == bytes.count else { throw JournalIOError(Self.noSpace) }
        try base.writeNewFile(path, bytes: bytes)
    }

    public func exists(_ path: String) -> Bool { base.exists(path) }

    /// Takes up to `count` bytes of the space left; how many it may write.
    fileprivate func take(_ count: Int) -> Int {
        lock.withLock {
            guard let left = _spaceLeft else { return count }
            let allowed = min(left, count)
            _spaceLeft = left - allowed
            return allowed
        }
    }

    fileprivate func give(_ count: Int) {
        lock.withLock { if let left = _spaceLeft { _spaceLeft = left + count } }
    }

    fileprivate func syncResult() -> JournalIOError? {
        lock.withLock {
            if let reason = _syncFailure { return JournalIOError(reason) }
            _syncCount += 1
            return nil
        }
    }
}

/// An appender that writes only what the faulty disk allows.
private final class FaultyAppender: JournalAppender {
    let inner: any JournalAppender
    let storage: FaultyJournalStorage

    init(inner: any JournalAppender, storage: FaultyJournalStorage) {
        self.inner = inner
        self.storage = storage
    }

    func write(_ bytes: [UInt8]) -> (written: Int, error: JournalIOError?) {
        let allowed = storage.take(bytes.count)
        let (written, error) = inner.write(Array(bytes.prefix(allowed)))
        if let error { return (written, error) }
        return allowed < bytes.count ? (written, JournalIOError(FaultyJournalStorage.noSpace)) : (written, nil)
    }

    func sync() throws(JournalIOError) {
        if let error = storage.syncResult() { throw error }
        try inner.sync()
    }

    func size() throws(JournalIOError) -> UInt64 { try inner.size() }

    func truncate(to size: UInt64) throws(JournalIOError) {
        let before = try inner.size()
        try inner.truncate(to: size)
        if before > size { storage.give(Int(before - size)) }
    }
}
