/// The curses mouse button masks that matter here (see `MouseMasks.ncurses`).
public struct MouseMasks: Equatable, Sendable {
    /// Bits meaning the main button was pressed or clicked.
    public var click: UInt
    /// Bits meaning the wheel turned up (button 4).
    public var wheelUp: UInt
    /// Bits meaning the wheel turned down (button 5).
    public var wheelDown: UInt

    public init(click: UInt, wheelUp: UInt, wheelDown: UInt) {
        self.click = click
        self.wheelUp = wheelUp
        self.wheelDown = wheelDown
    }

    /// Every bit to ask the library for.
    public var all: UInt { click | wheelUp | wheelDown }
}

/// Turns a curses mouse report (`MEVENT`) into an event: pure, tested without a terminal.
public enum MouseDecoder {
    /// The event for a button state at a cell, or `nil` for reports the program ignores
    /// (releases, moves, other buttons).
    public static func decode(buttonState: UInt, row: Int, col: Int, masks: MouseMasks) -> InputEvent? {
        if buttonState & masks.wheelUp != 0 { return .mouse(row: row, col: col, .wheelUp) }
        if masks.wheelDown != 0, buttonState & masks.wheelDown != 0 { return .mouse(row: row, col: col, .wheelDown) }
        if buttonState & masks.click != 0 { return .mouse(row: row, col: col, .click) }
        return nil
    }
}
