import JRETerminal
import Synchronization

/// A clock that moves only when told to, for tests (and ``MemoryBackend`` waits).
///
/// ```swift
/// let time = ManualTime()
/// let start = time.now
/// time.advance(by: .milliseconds(250))
/// time.now - start  // 0.25 seconds
/// ```
public final class ManualTime: TimeSource {
    private let instant: Mutex<ContinuousClock.Instant>

    /// A manual clock showing `start` (the real current instant by default).
    public init(start: ContinuousClock.Instant = .now) {
        instant = Mutex(start)
    }

    public var now: ContinuousClock.Instant { instant.withLock { $0 } }

    /// Moves the clock forward by `duration` (negative durations are ignored).
    public func advance(by duration: Duration) {
        guard duration > .zero else { return }
        instant.withLock { $0 = $0.advanced(by: duration) }
    }

    /// Moves the clock forward to `target` if it is later than now.
    public func advance(to target: ContinuousClock.Instant) {
        instant.withLock { if target > $0 { $0 = target } }
    }
}
