import JRETerminal
import JREText

/// A test program that records what it was handed and draws a short summary.
struct RecordingProgram: TerminalProgram {
    /// The events handled, with the time each arrived.
    var handled: [(event: InputEvent, at: ContinuousClock.Instant)] = []
    var isFinished = false
    /// Typing this key throws ``Failure``.
    var failingKey: Key?
    /// The tick it asks the loop for, once it has seen this many events (background work running, say).
    var shortTicks: (afterEvents: Int, milliseconds: Int)?

    var preferredTickMilliseconds: Int? {
        guard let shortTicks, handled.count >= shortTicks.afterEvents else { return nil }
        return shortTicks.milliseconds
    }

    struct Failure: Error, Equatable {}

    mutating func handle(_ event: InputEvent, at now: ContinuousClock.Instant) throws {
        if case .key(let key) = event, key == failingKey { throw Failure() }
        handled.append((event, now))
        if event == .key(.char("q")) { isFinished = true }
    }

    func render(width: Int, height: Int, glyphs: Glyphs) -> CellGrid {
        var grid = CellGrid(width: width, height: height, glyphs: glyphs)
        let keys = handled.compactMap { entry -> String? in
            if case .key(.char(let character)) = entry.event { return String(character) }
            return nil
        }
        grid.put("keys: " + keys.joined(), row: 0, col: 0, role: .title)
        grid.put("size: \(width)x\(height)", row: 1, col: 0)
        return grid
    }

    var events: [InputEvent] { handled.map(\.event) }
}
