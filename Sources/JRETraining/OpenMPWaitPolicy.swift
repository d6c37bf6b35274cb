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
/// itself with them (``relaunchIfNeeded()``), chosen from the load average at launch.
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

    /// The choice for a machine with `cores` cores and this one-minute load average (nil: unknown).
    ///
    /// Spinning pays when the other training thread is running on a core of its own, i.e. when the
    /// machine has at least one core's worth of idle time besides this process.
    public static func choice(loadAverage: Double?, cores: Int) -> Choice {
        guard let loadAverage else { return .sleep }
        return cores >= 2 && loadAverage + 1 <= Double(cores) ? .spinThenSleep : .sleep
    }

    /// This process's waiting variables, for a benchmark's header: "OMP_WAIT_POLICY=passive, GOMP_SPINCOUNT=30000".
    public static var summary: String {
        func value(_ name: String) -> String { getenv(name).map { String(cString: $0) } ?? "unset" }
        return "\(policyVariable)=\(value(policyVariable)), \(spinVariable)=\(value(spinVariable))"
    }

    /// Unless `OMP_WAIT_POLICY` or `GOMP_SPINCOUNT` is already set (a user's choice is kept), sets
    /// them from ``choice(loadAverage:cores:)`` and replaces the process with a fresh run of the same
    /// executable and arguments (Linux). Returns when nothing had to be done or the relaunch failed:
    /// training then works, only slower.
    ///
    /// Call it first thing in `main`, before any output or thread.
    public static func relaunchIfNeeded() {
        guard getenv(policyVariable) == nil, getenv(spinVariable) == nil else { return }
        setenv(policyVariable, "passive", 1)
        if choice(loadAverage: oneMinuteLoadAverage(), cores: sysconf(Int32(_SC_NPROCESSORS_ONLN))) == .spinThenSleep {
            setenv(spinVariable, String(idleSpinCount), 1)
        }
        #if os(Linux)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        #endif
    }

    /// The one-minute load average, or nil where the system does not say it.
    static func oneMinuteLoadAverage() -> Double? {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) >= 1 ? loads[0] : nil
    }
}
