import JRETerminal
/// An in-memory terminal for tests: scripted events in, presented grids out.
///
/// Events come from a list (all due at once) or a ``KeyScript`` played against a
/// ``ManualTime`` that the backend advances as it "waits", so a test driving
/// ``ConsoleLoop`` sees exactly the ticks a real terminal would give, without waiting.
///
/// ```swift
/// let time = ManualTime()
/// let backend = MemoryBackend(width: 80, height: 24, script: try KeyScript(parsing: "500 j\n0 q"), time: time)
/// try ConsoleLoop(time: time).run(&program, on: backend)
/// backend.lastGrid?.plainText()
/// ```
public final class MemoryBackend: TerminalBackend {
    /// The current screen size (changed by scripted ``InputEvent/resize(width:height:)`` events).
    public private(set) var size: TerminalSize
    /// The grid shown by the last ``present(_:)``.
    public private(set) var lastGrid: CellGrid?
    /// How many times ``present(_:)`` was called.
    public private(set) var presentCount = 0
    /// How many cells the last ``present(_:)`` wrote (changed cells only, all after a resize).
    public private(set) var cellsWrittenLastPresent = 0
    /// How many cells all presents wrote.
    public private(set) var totalCellsWritten = 0
    /// Every event handed out, in order (ticks included).
    public private(set) var deliveredEvents: [InputEvent] = []
    /// How many times ``shutdown()`` was called.
    public private(set) var shutdownCount = 0
    /// What ``nextEvent(timeoutMilliseconds:)`` returns once the script is played out.
    public var whenExhausted: InputEvent

    private var queued: [InputEvent] = []
    private var player: KeyScriptPlayer?
    private let time: ManualTime?
    private var needsFullRepaint = true

    /// A backend handing out `events` one per call, then `whenExhausted`.
    public init(width: Int, height: Int, events: [InputEvent] = [], whenExhausted: InputEvent = .inputClosed) {
        self.size = TerminalSize(width: width, height: height)
        self.queued = events
        self.whenExhausted = whenExhausted
        self.time = nil
    }

    /// A backend playing `script` against `time`, advancing it while "waiting" for events.
    public init(width: Int, height: Int, script: KeyScript, time: ManualTime, whenExhausted: InputEvent = .inputClosed) {
        self.size = TerminalSize(width: width, height: height)
        self.player = KeyScriptPlayer(script, startingAt: time.now)
        self.time = time
        self.whenExhausted = whenExhausted
    }

    /// Adds events to hand out before the script's next ones.
    public func enqueue(_ events: InputEvent...) {
        queued += events
    }

    public func present(_ grid: CellGrid) {
        let written: Int
        if needsFullRepaint || lastGrid?.size != grid.size {
            written = grid.width * grid.height
        } else if let lastGrid {
            written = grid.diff(from: lastGrid).reduce(0) { $0 + $1.cells.count }
        } else {
            written = grid.width * grid.height
        }
        needsFullRepaint = false
        lastGrid = grid
        presentCount += 1
        cellsWrittenLastPresent = written
        totalCellsWritten += written
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent {
        let event = takeEvent(timeoutMilliseconds: max(0, timeoutMilliseconds))
        if case .resize(let width, let height) = event {
            size = TerminalSize(width: width, height: height)
            needsFullRepaint = true
        }
        deliveredEvents.append(event)
        return event
    }

    private func takeEvent(timeoutMilliseconds: Int) -> InputEvent {
        if !queued.isEmpty { return queued.removeFirst() }
        guard var player, let time else { return whenExhausted }
        defer { self.player = player }
        guard let due = player.nextDue else {
            if whenExhausted == .tick { time.advance(by: .milliseconds(timeoutMilliseconds)) }
            return whenExhausted
        }
        let deadline = time.now.advanced(by: .milliseconds(timeoutMilliseconds))
        guard due <= deadline else {
            time.advance(to: deadline)
            return .tick
        }
        time.advance(to: due)
        return player.playNext() ?? whenExhausted
    }

    public func shutdown() {
        shutdownCount += 1
    }
}
