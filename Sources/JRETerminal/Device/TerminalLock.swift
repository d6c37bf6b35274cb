import Foundation

/// Makes the keyboard harmless at the terminal-driver level: Ctrl-C, Ctrl-Z and Ctrl-\ arrive
/// as keys instead of signals (`ISIG` off), Ctrl-S cannot freeze the screen and Ctrl-Q reaches
/// the program (`IXON` off), Ctrl-V and Ctrl-O are plain keys (`IEXTEN` off). The kiosk uses it.
///
/// The settings belong to the terminal device, so any descriptor on it works; ncurses puts
/// the saved settings back when it ends (`endwin`), and the crash handler restores the ones
/// saved before ncurses started.
///
/// ```swift
/// let backend = try NcursesBackend()
/// TerminalLock.apply(descriptor: STDIN_FILENO)
/// ```
public enum TerminalLock {
    /// Applies the lock to the terminal open on `descriptor`; false when it is not a terminal.
    @discardableResult
    public static func apply(descriptor: Int32) -> Bool {
        guard isatty(descriptor) == 1 else { return false }
        var settings = termios()
        guard tcgetattr(descriptor, &settings) == 0 else { return false }
        settings.c_lflag &= ~tcflag_t(ISIG | IEXTEN)
        settings.c_iflag &= ~tcflag_t(IXON | IXOFF)
        return tcsetattr(descriptor, TCSANOW, &settings) == 0
    }

    /// Applies the lock to the terminal at `path` (opened without becoming its controller).
    @discardableResult
    public static func apply(path: String) -> Bool {
        let descriptor = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return apply(descriptor: descriptor)
    }
}
