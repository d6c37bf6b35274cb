/// A key the user pressed, decoded from the terminal.
///
/// Letters typed with Ctrl arrive as ``ctrl(_:)`` with the lowercase letter (`.ctrl("c")`);
/// Alt combinations arrive as ``escape`` followed by the character.
public enum Key: Hashable, Sendable {
    /// A printable character (letters, digits, punctuation, space, accented letters…).
    case char(Character)
    /// Ctrl with a letter (lowercase) or one of `@ [ \ ] ^ _`.
    case ctrl(Character)
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    case enter
    case escape
    case tab
    /// Shift-Tab.
    case backTab
    case backspace
    case delete
    case insert
    /// A function key, `F1` being `.function(1)`.
    case function(Int)
}

/// What happened on the mouse, reported with the cell it happened on.
public enum MouseAction: Hashable, Sendable {
    /// The main button was pressed.
    case click
    case wheelUp
    case wheelDown
}

/// A request to stop, received as a signal and turned into an event so the program can save
/// its journal and restore the terminal before it ends.
public enum TerminationSignal: Hashable, Sendable, CaseIterable {
    /// SIGINT (Ctrl-C).
    case interrupt
    /// SIGTERM (`kill`, a service manager stopping the kiosk).
    case terminate
    /// SIGHUP (the terminal went away).
    case hangup
}

/// One thing that happened, as the run loop hands it to the program.
public enum InputEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// The terminal changed size; the new size is given.
    case resize(width: Int, height: Int)
    /// A mouse click or wheel step on a cell.
    case mouse(row: Int, col: Int, MouseAction)
    /// The read timeout elapsed without input: time to animate or check idle timers.
    case tick
    /// A termination signal arrived.
    case signal(TerminationSignal)
    /// The input is gone (end of file or a closed terminal): nothing more will come.
    case inputClosed
}
