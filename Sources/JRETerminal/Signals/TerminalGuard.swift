/// Sets up, before ncurses starts, what brings the terminal back however the program ends.
///
/// It saves the terminal settings, receives SIGINT/SIGTERM/SIGHUP as events
/// (``TerminationSignals``) and restores the terminal on crash signals (``CrashRestorer``).
/// ``restore()`` undoes all of it once; ``NcursesBackend`` owns one and calls it from
/// `shutdown()`.
public final class TerminalGuard {
    /// The termination signals received so far, when they are handled.
    public let signals: TerminationSignals?
    private let handlesCrashes: Bool
    private var restored = false

    /// Saves the settings of `inputFD`, starts receiving termination signals (when
    /// `handleTermination`) and installs the crash handlers writing to `outputFD` (when
    /// `handleCrashes`).
    public init(inputFD: Int32, outputFD: Int32, handleTermination: Bool = true, handleCrashes: Bool = true) {
        signals = handleTermination ? TerminationSignals() : nil
        handlesCrashes = handleCrashes
        if handleCrashes {
            CrashRestorer.install(inputFD: inputFD, outputFD: outputFD)
        }
    }

    /// Puts the terminal settings back, removes the crash handlers and restores the previous
    /// signal dispositions. Idempotent.
    public func restore() {
        guard !restored else { return }
        restored = true
        if handlesCrashes {
            CrashRestorer.restoreTerminalSettings()
            CrashRestorer.uninstall()
        }
        signals?.stop()
    }

    deinit {
        restore()
    }
}
