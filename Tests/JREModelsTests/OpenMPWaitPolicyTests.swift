import Testing
@testable import JRETraining

/// Training threads spin briefly only when both get a core of their own: on a shared machine
/// spinning multiplies training time, on idle cores sleeping at every barrier does.
@Suite struct OpenMPWaitPolicyTests {
    @Test func idleCoresSpinBeforeSleeping() {
        #expect(OpenMPWaitPolicy.choice(otherRunnable: 0, cores: 2) == .spinThenSleep)
        #expect(OpenMPWaitPolicy.choice(otherRunnable: 3, cores: 8) == .spinThenSleep)
    }

    @Test func anotherRunningTaskOnTwoCoresMeansSleepAtOnce() {
        #expect(OpenMPWaitPolicy.choice(otherRunnable: 1, cores: 2) == .sleep)
        #expect(OpenMPWaitPolicy.choice(otherRunnable: 9, cores: 2) == .sleep)
    }

    @Test func oneCoreOrAnUnknownMachineNeverSpins() {
        #expect(OpenMPWaitPolicy.choice(otherRunnable: 0, cores: 1) == .sleep)
        #expect(OpenMPWaitPolicy.choice(otherRunnable: nil, cores: 2) == .sleep)
    }

    @Test func thisMachineSaysHowManyTasksRun() {
        #expect(OpenMPWaitPolicy.otherRunnableTasks() != nil, "/proc/stat has procs_running on Linux")
    }
}
