import Dispatch
import Foundation
import JREConsole
import JRETerminal
import JREText
import Synchronization

/// `jre-console kiosk --restart`: runs the kiosk as a child process and starts it again
/// whenever it dies, so a crash puts the attract loop back on screen within two seconds.
///
/// The supervisor never touches the screen; it only puts back the terminal settings it found
/// (a child killed outright cannot restore them) before each restart. It ignores the keyboard
/// and hang-up signals like the kiosk, and passes SIGTERM on to the child, then ends.
///
/// | the child ends | the supervisor |
/// | --- | --- |
/// | with status 0 (operator keys, SIGTERM) | ends with 0 |
/// | with status 2 (bad arguments, no terminal: restarting cannot help) | ends with 2 |
/// | any other way (a crash, SIGKILL, status 1) | starts it again after `restartDelay` |
public enum KioskSupervisor {
    /// Runs `executable` with `arguments` until it ends normally or SIGTERM arrives.
    public static func run(executable: String, arguments: [String], lang: Lang, restartDelay: Duration = .milliseconds(300)) -> Int32 {
        KioskSignals.ignoreStopSignals()
        let child = ChildProcess()
        signal(SIGTERM, SIG_IGN)
        let terminate = DispatchSource.makeSignalSource(signal: SIGTERM, queue: DispatchQueue(label: "jre-kiosk.supervisor"))
        terminate.setEventHandler { child.stop() }
        terminate.resume()
        defer { terminate.cancel() }
        let saved = TerminalModes.save()
        var quickFailures = 0
        while !child.isStopping {
            let started = ContinuousClock.now
            guard let status = child.runToEnd(executable: executable, arguments: arguments) else {
                FileHandle.standardError.write(Data((Strings.kioskCannotRestart.format(lang, String(cString: strerror(errno))) + "\n").utf8))
                return 1
            }
            if child.isStopping { return 0 }
            switch status {
            case .exited(0): return 0
            case .exited(2): return 2
            default: break
            }
            saved?.restore()
            let reason: String
            switch status {
            case .exited(let code): reason = Strings.kioskStoppedWithStatus.format(lang, String(code))
            case .signaled(let number): reason = Strings.kioskStoppedBySignal.format(lang, String(number))
            }
            FileHandle.standardError.write(Data((Strings.kioskRestarting.format(lang, reason) + "\n").utf8))
            // A child that keeps dying at once is restarted less eagerly.
            quickFailures = ContinuousClock.now - started < .seconds(5) ? quickFailures + 1 : 0
            let delay = quickFailures > 5 ? .seconds(5) : restartDelay
            Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
        }
        return 0
    }

    /// The program's own executable (`/proc/self/exe`), else `argv[0]`.
    public static var currentExecutable: String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return CommandLine.arguments.first ?? "jre-console"
    }
}
