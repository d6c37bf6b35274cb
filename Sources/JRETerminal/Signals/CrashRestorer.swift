import Foundation

/// Restores the terminal when the process crashes, then lets the crash proceed.
///
/// On SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT and SIGFPE a handler writes pre-computed
/// reset sequences to the terminal and puts back the termios settings saved before ncurses
/// started, using only async-signal-safe calls (`write`, `tcsetattr`, `sigaction`,
/// `raise`). It then reinstalls the handler that was there before (the Swift runtime's
/// backtracer, or the default action) and lets it run: a fault simply happens again, a
/// signal sent with `kill`/`abort` is raised again. So a crash never leaves a kiosk terminal
/// in raw mode, and the backtrace, when enabled, prints on a sane screen.
public enum CrashRestorer {
    /// The signals a crash arrives as.
    public static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// Leave the alternate screen, show the cursor, reset attributes, stop mouse reporting,
    /// leave keypad-transmit mode, then a newline.
    public static let defaultResetSequence = "\u{1b}[?1049l\u{1b}[?25h\u{1b}[0m\u{1b}[?1000l\u{1b}[?1002l\u{1b}[?1006l\u{1b}[?1l\u{1b}>\r\n"

    /// Saves the terminal settings of `inputFD` (when it is a terminal) and installs the crash
    /// handlers, which will write `resetSequence` to `outputFD`. Replaces any earlier install.
    public static func install(inputFD: Int32, outputFD: Int32, resetSequence: String = defaultResetSequence) {
        uninstall()
        let state = CrashRestoreState.shared
        state.pointee.inputFD = inputFD
        state.pointee.outputFD = outputFD
        state.pointee.hasTermios = isatty(inputFD) == 1 && tcgetattr(inputFD, &state.pointee.termios) == 0
        let bytes = Array(resetSequence.utf8.prefix(CrashRestoreState.resetCapacity))
        for (offset, byte) in bytes.enumerated() { state.pointee.resetBytes[offset] = byte }
        state.pointee.resetCount = bytes.count
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = crashSignalHandler
        action.sa_flags = SA_SIGINFO | SA_ONSTACK
        sigemptyset(&action.sa_mask)
        for signal in crashSignals {
            sigaction(signal, &action, state.pointee.previousActions.advanced(by: Int(signal)))
        }
        state.pointee.installed = true
    }

    /// Puts back the handlers that were there before ``install(inputFD:outputFD:resetSequence:)``.
    /// Idempotent.
    public static func uninstall() {
        let state = CrashRestoreState.shared
        guard state.pointee.installed else { return }
        state.pointee.installed = false
        for signal in crashSignals {
            sigaction(signal, state.pointee.previousActions.advanced(by: Int(signal)), nil)
        }
    }

    /// Restores the saved termios settings now (the normal, non-crash path). Does nothing when
    /// none were saved.
    public static func restoreTerminalSettings() {
        let state = CrashRestoreState.shared
        guard state.pointee.hasTermios else { return }
        tcsetattr(state.pointee.inputFD, TCSANOW, &state.pointee.termios)
    }
}

/// The C `termios` structure (named apart from the stored property holding one).
typealias TerminalSettings = termios

/// What the crash handler needs, in memory it can read without allocating or locking.
///
/// Allocated once and never freed, so a handler running on another thread never reads freed
/// memory; written only while the handlers are not installed.
struct CrashRestoreState {
    static let resetCapacity = 256
    static let signalCapacity = 65

    var installed = false
    var inputFD: Int32 = -1
    var outputFD: Int32 = -1
    var hasTermios = false
    var termios = TerminalSettings()
    var resetBytes: UnsafeMutablePointer<UInt8>
    var resetCount = 0
    var previousActions: UnsafeMutablePointer<sigaction>

    /// The one state of the process (created on first use, before any handler is installed).
    nonisolated(unsafe) static let shared: UnsafeMutablePointer<CrashRestoreState> = {
        let state = UnsafeMutablePointer<CrashRestoreState>.allocate(capacity: 1)
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: resetCapacity)
        bytes.initialize(repeating: 0, count: resetCapacity)
        let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: signalCapacity)
        actions.initialize(repeating: sigaction(), count: signalCapacity)
        state.initialize(to: CrashRestoreState(resetBytes: bytes, previousActions: actions))
        return state
    }()
}

/// The crash signal handler: restore the terminal, reinstall the previous handler, let the
/// crash go on. Only async-signal-safe calls.
private func crashSignalHandler(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    let state = CrashRestoreState.shared
    if state.pointee.outputFD >= 0, state.pointee.resetCount > 0 {
        var written = 0
        while written < state.pointee.resetCount {
            let result = write(state.pointee.outputFD, state.pointee.resetBytes + written, state.pointee.resetCount - written)
            if result <= 0 { break }
            written += result
        }
    }
    if state.pointee.hasTermios {
        tcsetattr(state.pointee.inputFD, TCSANOW, &state.pointee.termios)
    }
    if signal >= 0, signal < Int32(CrashRestoreState.signalCapacity) {
        sigaction(signal, state.pointee.previousActions.advanced(by: Int(signal)), nil)
    } else {
        Foundation.signal(signal, SIG_DFL)
    }
    // A fault raised by the CPU (si_code > 0) happens again on return; a signal sent by
    // kill, raise or abort must be sent again.
    let sentByProcess = info.map { $0.pointee.si_code <= 0 } ?? true
    if sentByProcess {
        raise(signal)
    }
}
