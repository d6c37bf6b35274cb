import JRETerminal

/// The console as a terminal program: the state, updated by events and rendered to a grid.
public struct ConsoleProgram: TerminalProgram {
    public var state: AppState

    public init(state: AppState) {
        self.state = state
    }

    public mutating func handle(_ event: InputEvent, at now: ContinuousClock.Instant) {
        state.handle(event)
    }

    public func render(width: Int, height: Int, glyphs: Glyphs) -> CellGrid {
        var sized = state
        sized.width = width
        sized.height = height
        return ScreenRenderer.render(sized, glyphs: glyphs)
    }

    public var isFinished: Bool { state.isFinished }
}
