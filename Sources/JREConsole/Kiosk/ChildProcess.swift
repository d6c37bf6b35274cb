import Foundation
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
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        // A crash must never wait for someone to answer the backtracer's prompt.
        var environment = ProcessInfo.processInfo.environment
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "interactive=no" }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = state.withLock { value -> Int32 in
            guard !value.stopping else { return -1 }
            let result = posix_spawn(&pid, executable, nil, &attributes, argv, envp)
            if result == 0 { value.pid = pid }
            return result
        }
        if spawned == -1 { return .exited(0) }
        guard spawned == 0 else {
            errno = spawned
            return nil
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { break }
        }
        state.withLock { $0.pid = 0 }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift cannot import.
        return status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signaled(status & 0x7F)
    }
}
