import Testing
@testable import JRETraining

/// Training threads spin briefly only when the machine has cores to spare: on a shared machine
/// spinning multiplies training time, on idle cores sleeping at every barrier does.
@Suite struct OpenMPWaitPolicyTests {
    @Test func twoIdleCoresSpinBeforeSleeping() {
        #expect(OpenMPWaitPolicy.choice(loadAverage: 0.3, cores: 2) == .spinThenSleep)
        #expect(OpenMPWaitPolicy.choice(loadAverage: 2.5, cores: 8) == .spinThenSleep)
    }

    @Test func busyCoresSleepAtOnce() {
        #expect(OpenMPWaitPolicy.choice(loadAverage: 1.4, cores: 2) == .sleep)
        #expect(OpenMPWaitPolicy.choice(loadAverage: 9.0, cores: 2) == .sleep)
    }

    @Test func oneCoreOrAnUnknownLoadNeverSpins() {
        #expect(OpenMPWaitPolicy.choice(loadAverage: 0, cores: 1) == .sleep)
        #expect(OpenMPWaitPolicy.choice(loadAverage: nil, cores: 2) == .sleep)
    }
}
