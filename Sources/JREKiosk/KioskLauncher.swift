import Foundation
import JREConsole
import JRECore
import JRETerminal
import JREText

/// Runs the kiosk on the real terminal until the operator's keys or SIGTERM; returns the
/// exit code (0, or 2 when there is no terminal to start on).
public enum KioskLauncher {
    public static func run(_ launch: KioskLaunch) -> Int32 {
        KioskSignals.ignoreStopSignals()
        // Only a device that outlives its users is opened again (a virtual console, a serial
        // line); a pseudo-terminal never comes back, and its number may go to someone else.
        let terminalPath = ttyname(STDIN_FILENO).map { String(cString: $0) }.flatMap { $0.hasPrefix("/dev/pts/") ? nil : $0 }
        let backend: KioskBackend
        do {
            backend = try KioskBackend(
                deviceExists: { terminalPath.map { FileManager.default.fileExists(atPath: $0) } ?? false },
                open: {
                    let backend = try NcursesBackend()
                    TerminalLock.apply(descriptor: STDIN_FILENO)
                    return backend
                },
                reopen: {
                    guard let terminalPath else { throw TerminalError.notATerminal }
                    let backend = try NcursesBackend(options: NcursesBackend.Options(device: .paths(input: terminalPath, output: terminalPath)))
                    TerminalLock.apply(path: terminalPath)
                    return backend
                })
        } catch {
            let message = (error as? TerminalError)?.message(launch.configuration.lang) ?? "\(error)"
            FileHandle.standardError.write(Data((message + "\n").utf8))
            return 2
        }
        let time = SystemTime()
        let state = KioskState(configuration: launch.configuration, catalog: launch.catalog,
                               width: backend.size.width, height: backend.size.height, now: time.now)
        var program = KioskProgram(state: state, sessionFolder: launch.sessionFolder, library: launch.library)
        let loop = ConsoleLoop(glyphs: Glyphs.forEnvironment(ascii: launch.ascii), time: time)
        let ending: ConsoleLoop.Ending
        do {
            ending = try loop.run(&program, on: backend)
        } catch {
            program.shutDown()
            return 1
        }
        program.shutDown()
        // Keys a visitor typed that the kiosk never read must not reach whatever runs next.
        TerminalInput.discardPending()
        if let problem = program.purgeProblem {
            FileHandle.standardError.write(Data((problem + "\n").utf8))
        }
        // The terminal is gone for good: not the operator's doing, so a supervisor may retry.
        return ending == .inputClosed ? 1 : 0
    }
}
