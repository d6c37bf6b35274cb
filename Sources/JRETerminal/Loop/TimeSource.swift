/// Where the run loop and the programs it drives read the time, injected so tests advance
/// it by hand instead of waiting.
public protocol TimeSource: Sendable {
    /// The current instant.
    var now: ContinuousClock.Instant { get }
}

/// The real monotonic clock.
public struct SystemTime: TimeSource {
    public init() {}

    public var now: ContinuousClock.Instant { ContinuousClock.now }
}
