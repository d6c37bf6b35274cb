import Foundation
import Testing
import JRETerminal
import JRETestSupport

/// The real ncurses backend and run loop in a tmux pane: quit, Ctrl-C, SIGTERM, a crash, and
/// the terminal left usable after each.
///
/// The program under test is `jre-terminal-echo` (`Tests/jre-terminal-echo`), a small console
/// built from this package's current sources (see ``FreshExecutable``).
@Suite(.tags(.slow)) struct EndToEndSlowTests {
    static let echo = FreshExecutable(product: "jre-terminal-echo", overrideVariable: "JRE_TERMINAL_ECHO_BINARY",
                                      extraInputs: ["Tests/jre-terminal-echo"])
    static let located = echo.locate()

    private func startChild(width: Int = 60, height: Int = 12) throws -> TmuxSession {
        try TmuxSession(
            command: [try Self.located.get()],
            width: width, height: height,
            environment: ["SWIFT_BACKTRACE": "enable=no", "LANG": "C.UTF-8"]
        )
    }

    /// The process id the echo program shows (`pid 1234`).
    static func pid(in screen: String) -> pid_t? {
        guard let range = screen.range(of: "pid ") else { return nil }
        return pid_t(screen[range.upperBound...].prefix { $0.isNumber })
    }

    @Test func keysAndResizeReachTheProgramAndQuitRestoresTheTerminal() throws {
        try #require(TmuxSession.isAvailable, "tmux is needed for end-to-end tests")
        let session = try startChild()
        defer { session.kill() }
        try session.waitFor("size 60x12")
        try session.sendKeys("j", "Up", "C-a", "F5")
        try session.type("é")
        let screen = try session.waitFor("last: é")
        #expect(screen.contains("keys: j Up Ctrl-A F5 é"))
        #expect(screen.contains("日本語"))
        #expect(try session.paneState().alternateScreen)
        try session.resize(width: 40, height: 8)
        try session.waitFor("size 40x8")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        #expect(try session.capture().contains("ENDED finished"))
        #expect(session.isShellUsableAfterExit())
    }

    @Test func ctrlCArrivesAsAnEventAndTheProgramEndsCleanly() throws {
        try #require(TmuxSession.isAvailable, "tmux is needed for end-to-end tests")
        let session = try startChild()
        defer { session.kill() }
        try session.waitFor("size 60x12")
        try session.sendKeys("C-c")
        #expect(try session.waitForExit() == 0)
        #expect(try session.capture().contains("ENDED finished"))
        #expect(session.isShellUsableAfterExit())
    }

    @Test func sigtermEndsTheLoopAndRestoresTheTerminal() throws {
        try #require(TmuxSession.isAvailable, "tmux is needed for end-to-end tests")
        let session = try startChild()
        defer { session.kill() }
        let screen = try session.waitFor("size 60x12")
        let pid = try #require(Self.pid(in: screen))
        kill(pid, SIGTERM)
        #expect(try session.waitForExit() == 0)
        #expect(try session.capture().contains("ENDED signal(JRETerminal.TerminationSignal.terminate)"))
        #expect(session.isShellUsableAfterExit())
    }

    @Test func aCrashStillRestoresTheTerminal() throws {
        try #require(TmuxSession.isAvailable, "tmux is needed for end-to-end tests")
        let session = try startChild()
        defer { session.kill() }
        try session.waitFor("size 60x12")
        try session.sendKeys("X")
        let status = try session.waitForExit()
        #expect(status > 128, "the crash signal ends the process")
        #expect(session.isShellUsableAfterExit())
    }
}
