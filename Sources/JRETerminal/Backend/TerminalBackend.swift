/// The width and height of a terminal or grid, in cells.
public struct TerminalSize: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public var description: String { "\(width)x\(height)" }
}

/// What the run loop needs from a terminal: its size, a way to show a grid, and events.
///
/// ``NcursesBackend`` is the real one; `MemoryBackend` (in `JRETerminalTesting`) is an in-memory fake for tests.
/// A backend is used from one thread (it is not `Sendable`).
public protocol TerminalBackend: AnyObject {
    /// The current size of the screen.
    var size: TerminalSize { get }

    /// Shows `grid`, painting only the cells that changed since the previous call (everything
    /// after a resize). Cells beyond the screen are clipped.
    func present(_ grid: CellGrid)

    /// Waits up to `timeoutMilliseconds` for the next event; ``InputEvent/tick`` when none came.
    /// A timeout of 0 only collects what is already waiting.
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent

    /// Gives the terminal back as it was found. Safe to call more than once.
    func shutdown()
}
