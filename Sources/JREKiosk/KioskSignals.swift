import Foundation

/// The signals a kiosk never acts on.
enum KioskSignals {
    /// Keyboard interrupts, hang-ups, job control and quit (with a core dump) are ignored for
    /// the life of the process; SIGTERM stays the way to stop it.
    static func ignoreStopSignals() {
        for signal in [SIGINT, SIGHUP, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU] {
            Foundation.signal(signal, SIG_IGN)
        }
    }
}
