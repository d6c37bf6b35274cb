import Synchronization

/// A flag another thread raises to stop a population run early: workers take no new block once it
/// is raised, and the run throws ``PopulationRunCancelled``.
///
/// ```swift
/// let cancellation = PopulationCancellation()
/// // on the console's thread, when the user presses Esc:
/// cancellation.cancel()
/// ```
public final class PopulationCancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    /// Asks the run to stop; it ends after the blocks already started.
    public func cancel() { flag.store(true, ordering: .relaxed) }

    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}

/// Thrown by a population run stopped through its ``PopulationCancellation``.
public struct PopulationRunCancelled: Error, Sendable {}
