#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libxgboost's OpenMP threads should sleep, not spin, while they wait for each other.
///
/// XGBoost 1.7's `hist` trainer opens several OpenMP parallel regions per tree node. With libgomp's
/// default (active) waiting, a thread that reaches a barrier first spins until the other one has
/// been scheduled: on a machine whose cores are busy with other work, every barrier then costs a
/// scheduler time slice, and training 100,000 rows × 200 trees on 2 threads took 43 s of wall clock
/// and 24 s of CPU instead of 8 s and 5 s with `OMP_WAIT_POLICY=passive` (load average 7, see
/// `docs/performance.md`). The trained bytes are the same either way.
///
/// libgomp reads the variable once, when it is loaded, before `main` runs: setting it later has no
/// effect, so an executable that trains relaunches itself with it (``relaunchPassiveIfNeeded()``).
public enum OpenMPWaitPolicy {
    public static let variable = "OMP_WAIT_POLICY"

    /// Whether this process started with OpenMP threads that sleep at barriers.
    public static var isPassive: Bool {
        guard let value = getenv(variable) else { return false }
        return String(cString: value).lowercased() == "passive"
    }

    /// Unless `OMP_WAIT_POLICY` is already set (a user's choice is kept), sets it to `passive` and
    /// replaces the process with a fresh run of the same executable and arguments (Linux). Returns
    /// when nothing had to be done or the relaunch failed: training then works, only slower on a busy machine.
    ///
    /// Call it first thing in `main`, before any output or thread.
    public static func relaunchPassiveIfNeeded() {
        guard getenv(variable) == nil else { return }
        setenv(variable, "passive", 1)
        #if os(Linux)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        #endif
    }
}
