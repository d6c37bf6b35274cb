import JREText

/// Runs a ``TerminalProgram`` on a ``TerminalBackend``: events in, renders out, terminal
/// restored however it ends.
///
/// Each turn waits for one event (at most `tickMilliseconds`, giving ``InputEvent/tick`` when
/// nothing came), collects the events already queued behind it (keys typed ahead are handled
/// together and drawn once), hands them to the program with the current time, then renders
/// and presents once. The loop ends when the program is finished, when the input closes, or
/// after a SIGTERM/SIGHUP has been handed to the program (a SIGINT is the program's to handle:
/// it may ask for confirmation). The backend is shut down on every exit, errors included.
///
/// ```swift
/// let backend = try NcursesBackend()
/// var program = MyScreen()
/// let ending = try ConsoleLoop(glyphs: .forEnvironment(ascii: false)).run(&program, on: backend)
/// ```
public struct ConsoleLoop {
    /// Why a run ended.
    public enum Ending: Equatable, Sendable {
        /// The program said it was finished.
        case finished
        /// The input closed (end of file, terminal gone).
        case inputClosed
        /// A termination signal arrived (after the program handled it).
        case signal(TerminationSignal)
    }

    /// The glyph set handed to `render`.
    public var glyphs: Glyphs
    /// How long to wait for input before a tick.
    public var tickMilliseconds: Int
    /// The most events handled before rendering again.
    public var maximumBatch: Int
    /// Where `handle` reads the time.
    public var time: any TimeSource

    public init(glyphs: Glyphs = .unicode, tickMilliseconds: Int = 200, maximumBatch: Int = 64, time: any TimeSource = SystemTime()) {
        self.glyphs = glyphs
        self.tickMilliseconds = tickMilliseconds
        self.maximumBatch = max(1, maximumBatch)
        self.time = time
    }

    /// Runs `program` until it ends, then shuts `backend` down.
    ///
    /// - Returns: why the run ended.
    /// - Throws: whatever the program's `handle` throws (after the terminal is restored).
    @discardableResult
    public func run<Program: TerminalProgram>(_ program: inout Program, on backend: any TerminalBackend) throws -> Ending {
        defer { backend.shutdown() }
        present(program, on: backend)
        while !program.isFinished {
            let batch = nextBatch(from: backend, tick: program.preferredTickMilliseconds.map { max(1, min($0, tickMilliseconds)) } ?? tickMilliseconds)
            for event in batch {
                try program.handle(event, at: time.now)
                if let ending = Self.ending(after: event) { return ending }
                if program.isFinished { return .finished }
            }
            present(program, on: backend)
        }
        return .finished
    }

    /// One event (waiting up to a tick), then whatever is already queued behind it.
    private func nextBatch(from backend: any TerminalBackend, tick: Int) -> [InputEvent] {
        var batch = [backend.nextEvent(timeoutMilliseconds: tick)]
        while batch.count < maximumBatch, let last = batch.last, last != .tick, Self.ending(after: last) == nil {
            let event = backend.nextEvent(timeoutMilliseconds: 0)
            if event == .tick { break }
            batch.append(event)
        }
        return batch
    }

    private func present(_ program: some TerminalProgram, on backend: any TerminalBackend) {
        let size = backend.size
        backend.present(program.render(width: size.width, height: size.height, glyphs: glyphs))
    }

    /// How the loop ends after `event`, if it must.
    private static func ending(after event: InputEvent) -> Ending? {
        switch event {
        case .inputClosed: .inputClosed
        case .signal(.terminate): .signal(.terminate)
        case .signal(.hangup): .signal(.hangup)
        default: nil
        }
    }
}
