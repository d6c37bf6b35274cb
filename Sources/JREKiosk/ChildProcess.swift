import Foundation
import JREConsole
import JRETerminal
import Synchronization

/// How a child process ended.
enum ChildStatus: Equatable {
    case exited(Int32)
    case signaled(Int32)
}

/// The one child the supervisor runs, shared with the SIGTERM handler.
final class ChildProcess: Sendable {
    private let state = Mutex<(pid: pid_t, stopping: Bool)>((0, false))

    var isStopping: Bool { state.withLock { $0.stopping } }

    /// Asks the running child (if any) to end with SIGTERM, and stops restarting.
    func stop() {
        let pid = state.withLock { value in
            value.stopping = true
            return value.pid
        }
        if pid > 0 { kill(pid, SIGTERM) }
    }

    /// Starts the child with default signal handling and waits for it to end.
    func runToEnd(executable: String, arguments: [String]) -> ChildStatus? {
        // A crash must never wait for someone to answer the backtracer's prompt.
        var environment = ProcessInfo.processInfo.environment
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "interactive=no" }
        let spawned = state.withLock { value -> Result<pid_t, CleanSpawn.SpawnError>? in
            guard !value.stopping else { return nil }
            let result = CleanSpawn.spawn(executable, arguments: arguments, environment: environment)
            if case .success(let pid) = result { value.pid = pid }
            return result
        }
        guard let spawned else { return .exited(0) }
        let pid: pid_t
        switch spawned {
        case .success(let child): pid = child
        case .failure(let error):
            errno = error.number
            return nil
        }
        let status = CleanSpawn.wait(pid) ?? 0
        state.withLock { $0.pid = 0 }
        return CleanSpawn.exitCode(status).map { .exited($0) } ?? .signaled(CleanSpawn.signal(status))
    }
}
