import JREText

/// A full-screen program driven by ``ConsoleLoop``: state that handles events and renders
/// itself into a grid (The Elm Architecture, without side effects in `render`).
///
/// ```swift
/// struct Counter: TerminalProgram {
///     var count = 0
///     var isFinished = false
///     mutating func handle(_ event: InputEvent, at now: ContinuousClock.Instant) {
///         switch event {
///         case .key(.char("+")): count += 1
///         case .key(.char("q")), .signal: isFinished = true
///         default: break
///         }
///     }
///     func render(width: Int, height: Int, glyphs: Glyphs) -> CellGrid {
///         var grid = CellGrid(width: width, height: height, glyphs: glyphs)
///         grid.put("\(count)", row: 0, col: 0)
///         return grid
///     }
/// }
/// ```
public protocol TerminalProgram {
    /// Updates the state for one event, at the time the loop's ``TimeSource`` gives. May throw
    /// to stop the loop (the terminal is restored and the error passed on).
    mutating func handle(_ event: InputEvent, at now: ContinuousClock.Instant) throws

    /// Draws the whole screen for the current state: pure, same state, same grid.
    func render(width: Int, height: Int, glyphs: Glyphs) -> CellGrid

    /// Whether the program is done (the loop then ends).
    var isFinished: Bool { get }

    /// How long the loop may wait for a key before a tick, when the program wants it shorter than the
    /// loop's default (work running in the background whose results should show promptly); nil: the default.
    var preferredTickMilliseconds: Int? { get }
}

extension TerminalProgram {
    public var preferredTickMilliseconds: Int? { nil }
}
