#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How libxgboost's OpenMP threads wait for each other: spin briefly on free cores, sleep on busy ones.
///
/// XGBoost 1.7's `hist` trainer opens several OpenMP parallel regions per tree node (about 120
/// barriers a tree with 2 threads). A thread that reaches a barrier first either spins or sleeps:
///
/// - on a machine whose cores are busy with other work, spinning costs a scheduler time slice per
///   barrier: 100,000 rows × 200 trees on 2 threads took 43 s of wall clock and 24 s of CPU with
///   libgomp's default waiting, 8 s and 5 s with `OMP_WAIT_POLICY=passive` (load average 7);
/// - on two idle cores, sleeping costs a wake-up per barrier: the same training took 3.07 s passive
///   and 2.03 s when a waiting thread first spins 30,000 times (`GOMP_SPINCOUNT=30000`, load average
///   1.1; 1.78 s at 100,000, but a longer spin wastes more if the load rises during the training:
///   8 s at 100,000 when other builds started; `docs/performance.md`).
///
/// The trained bytes are the same either way. libgomp reads its variables once, when it is loaded,
/// before `main` runs: setting them later has no effect, so an executable that trains relaunches
/// itself with them (``relaunchIfNeeded()``), chosen from the tasks running at launch.
public enum OpenMPWaitPolicy {
    public static let policyVariable = "OMP_WAIT_POLICY"
    public static let spinVariable = "GOMP_SPINCOUNT"
    /// Spins before a waiting thread sleeps when the cores are free (a fraction of a millisecond).
    static let idleSpinCount = 30_000

    /// How the threads of this process wait, as the launch chose it.
    public enum Choice: Equatable, Sendable {
        /// The user set `OMP_WAIT_POLICY` or `GOMP_SPINCOUNT`: kept as it is.
        case asSet
        /// The cores were free at launch: spin briefly, then sleep.
        case spinThenSleep
        /// The cores were busy at launch: sleep at once.
        case sleep
    }

    /// The choice for a machine with `cores` cores where `otherRunnable` tasks besides this process
    /// are running now (nil: unknown).
    ///
    /// Spinning pays when both training threads get a core of their own: no other task is running
    /// on the cores they need. (The load average would say it too late: it still counts, for a
    /// minute, the work of a process that has just finished, such as the previous benchmark run.)
    public static func choice(otherRunnable: Int?, cores: Int) -> Choice {
        guard let otherRunnable else { return .sleep }
        return cores >= 2 && otherRunnable + 2 <= cores ? .spinThenSleep : .sleep
    }

    /// This process's waiting variables, for a benchmark's header: "OMP_WAIT_POLICY=passive, GOMP_SPINCOUNT=30000".
    public static var summary: String {
        func value(_ name: String) -> String { getenv(name).map { String(cString: $0) } ?? "unset" }
        return "\(policyVariable)=\(value(policyVariable)), \(spinVariable)=\(value(spinVariable))"
    }

    /// Unless `OMP_WAIT_POLICY` or `GOMP_SPINCOUNT` is already set (a user's choice is kept), sets
    /// them from ``choice(otherRunnable:cores:)`` and replaces the process with a fresh run of the same
    /// executable and arguments (Linux). Returns when nothing had to be done or the relaunch failed:
    /// training then works, only slower.
    ///
    /// Call it first thing in `main`, before any output or thread.
    public static func relaunchIfNeeded() {
        guard getenv(policyVariable) == nil, getenv(spinVariable) == nil else { return }
        setenv(policyVariable, "passive", 1)
        if choice(otherRunnable: otherRunnableTasks(), cores: sysconf(Int32(_SC_NPROCESSORS_ONLN))) == .spinThenSleep {
            setenv(spinVariable, String(idleSpinCount), 1)
        }
        #if os(Linux)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        #endif
    }

    /// How many tasks besides this one are running now: the median of five readings of the
    /// kernel's `procs_running` 5 ms apart, minus this process (nil where `/proc/stat` says nothing).
    static func otherRunnableTasks() -> Int? {
        var readings: [Int] = []
        for reading in 0..<5 {
            if reading > 0 { usleep(5_000) }
            guard let running = runningTasks() else { return nil }
            readings.append(running)
        }
        return max(0, readings.sorted()[2] - 1)
    }

    /// The `procs_running` line of `/proc/stat`.
    private static func runningTasks() -> Int? {
        guard let file = fopen("/proc/stat", "r") else { return nil }
        defer { fclose(file) }
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, file) > 0, let line {
            let text = String(cString: line)
            if text.hasPrefix("procs_running ") {
                return Int(String(text.dropFirst("procs_running ".count).prefix { $0.isNumber }))
            }
        }
        return nil
    }
}
