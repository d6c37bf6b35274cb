import Foundation

/// A terminal's driver settings (echo, line mode, signals…) saved to be put back later, for a
/// supervisor whose child may be killed before it can restore them itself.
///
/// ```swift
/// let saved = TerminalModes.save()      // nil when standard input is not a terminal
/// // … the child dies in raw mode …
/// saved?.restore()
/// ```
public struct TerminalModes: @unchecked Sendable {
    private let descriptor: Int32
    private let settings: termios

    /// The settings of the terminal open on `descriptor` now; nil when it is not a terminal.
    public static func save(descriptor: Int32 = STDIN_FILENO) -> TerminalModes? {
        var settings = termios()
        guard isatty(descriptor) == 1, tcgetattr(descriptor, &settings) == 0 else { return nil }
        return TerminalModes(descriptor: descriptor, settings: settings)
    }

    /// Puts the saved settings back at once.
    public func restore() {
        var settings = self.settings
        tcsetattr(descriptor, TCSANOW, &settings)
    }
}

/// The terminal's input queue.
public enum TerminalInput {
    /// Drops the keys typed but not read yet, so they never reach whatever runs next.
    public static func discardPending(descriptor: Int32 = STDIN_FILENO) {
        tcflush(descriptor, TCIFLUSH)
    }
}
