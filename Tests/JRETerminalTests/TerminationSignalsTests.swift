import Foundation
import Testing
import JRETerminal

extension ProcessWideStateTests {
    @Suite struct TerminationSignalsTests {
        @Test func signalsArriveAsValuesInsteadOfEndingTheProcess() throws {
            let signals = TerminationSignals()
            defer { signals.stop() }
            kill(getpid(), SIGHUP)
            kill(getpid(), SIGTERM)
            var received: [TerminationSignal] = []
            let deadline = ContinuousClock.now.advanced(by: .seconds(5))
            while received.count < 2, ContinuousClock.now < deadline {
                if let signal = signals.next() {
                    received.append(signal)
                } else {
                    Thread.sleep(forTimeInterval: 0.01)
                }
            }
            #expect(Set(received) == [.hangup, .terminate])
            #expect(!signals.hasPending)
        }

        @Test func stopRestoresThePreviousDispositions() {
            var before = sigaction()
            sigaction(SIGTERM, nil, &before)
            let signals = TerminationSignals()
            signals.stop()
            signals.stop()
            var after = sigaction()
            sigaction(SIGTERM, nil, &after)
            #expect(unsafeBitCast(after.__sigaction_handler.sa_handler, to: Int.self)
                == unsafeBitCast(before.__sigaction_handler.sa_handler, to: Int.self))
        }

        @Test func crashHandlersAreInstalledAndRemoved() {
            var before = sigaction()
            sigaction(SIGSEGV, nil, &before)
            CrashRestorer.install(inputFD: -1, outputFD: -1)
            var during = sigaction()
            sigaction(SIGSEGV, nil, &during)
            CrashRestorer.uninstall()
            CrashRestorer.uninstall()
            var after = sigaction()
            sigaction(SIGSEGV, nil, &after)
            let handler = { (action: sigaction) in unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) }
            #expect(handler(during) != handler(before))
            #expect(handler(after) == handler(before))
            #expect(CrashRestorer.defaultResetSequence.contains("\u{1b}[?1049l"))
        }
    }
}
