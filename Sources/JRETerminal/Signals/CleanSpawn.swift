import Foundation

/// Starts a program the way a shell would: no signal blocked and every signal at its default
/// action, whatever the calling thread had (test runners and signal-handling programs block or
/// ignore some, and a child would inherit that). Shared by the kiosk's `--restart` supervisor and
/// the tmux test driver.
public enum CleanSpawn {
    /// Spawns `path` with `arguments` and `environment` (and `fileActions` when given): the child's
    /// process id, or the `posix_spawn` error number.
    public static func spawn(_ path: String, arguments: [String], environment: [String: String],
                             fileActions: UnsafePointer<posix_spawn_file_actions_t>? = nil) -> Result<pid_t, SpawnError> {
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
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, fileActions, &attributes, argv, envp)
        return result == 0 ? .success(pid) : .failure(SpawnError(number: result))
    }

    /// Waits for child `pid` to end (through interruptions): its raw wait status, or nil when it cannot be waited for.
    public static func wait(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return nil }
        }
        return status
    }

    /// The exit code in a raw wait status, or nil when the child was killed by a signal (WIFEXITED, WEXITSTATUS).
    public static func exitCode(_ status: Int32) -> Int32? { status & 0x7F == 0 ? (status >> 8) & 0xFF : nil }

    /// The signal that killed the child, in a raw wait status (WTERMSIG).
    public static func signal(_ status: Int32) -> Int32 { status & 0x7F }

    /// A `posix_spawn` failure: its error number.
    public struct SpawnError: Error, Sendable {
        public var number: Int32
    }
}
