import Testing
import JRETerminal
import JRETestSupport

/// The tmux driver itself, on plain shell commands (the app's end-to-end tests build on it).
@Suite(.tags(.slow)) struct TmuxDriverSlowTests {
    @Test func drivesACommandAndSeesTheShellUsableAfterIt() throws {
        try #require(TmuxSession.isAvailable, "tmux is needed for end-to-end tests")
        let session = try TmuxSession(command: ["sh", "-c", "printf hello; read x; printf 'got %s\\n' \"$x\"; exit 3"], width: 40, height: 10)
        defer { session.kill() }
        try session.waitFor("hello")
        try session.type("abc")
        try session.sendKeys("Enter")
        try session.waitFor("got abc")
        #expect(try session.waitForExit() == 3)
        #expect(session.isShellUsableAfterExit())
    }

    @Test func noticesATerminalLeftInRawMode() throws {
        try #require(TmuxSession.isAvailable, "tmux is needed for end-to-end tests")
        let session = try TmuxSession(command: ["sh", "-c", "stty -icanon -echo -icrnl; printf '\\033[?1049h'; echo broken"], width: 40, height: 10)
        defer { session.kill() }
        #expect(try session.waitForExit() == 0)
        #expect(try session.paneState().alternateScreen)
        #expect(!session.isShellUsableAfterExit(timeout: .milliseconds(500)))
    }

    @Test func resizesTheWindow() throws {
        try #require(TmuxSession.isAvailable, "tmux is needed for end-to-end tests")
        let session = try TmuxSession(command: ["sh", "-c", "stty size; read x; stty size; read x"], width: 50, height: 12)
        defer { session.kill() }
        try session.waitFor("12 50")
        try session.resize(width: 30, height: 8)
        try session.sendKeys("Enter")
        try session.waitFor("8 30")
        #expect(try session.capture().split(separator: "\n", omittingEmptySubsequences: false).count >= 8)
    }

    @Test func aTimeoutReportsTheLastScreen() throws {
        try #require(TmuxSession.isAvailable, "tmux is needed for end-to-end tests")
        let session = try TmuxSession(command: ["sh", "-c", "echo visible; read x"], width: 30, height: 5)
        defer { session.kill() }
        try session.waitFor("visible")
        let result = Result<String, TmuxError> { () throws(TmuxError) in
            try session.waitFor("never shown", timeout: .milliseconds(200))
        }
        guard case .failure(.timeout(_, let awaited, let screen)) = result else {
            Issue.record("waitFor should have timed out: \(result)")
            return
        }
        #expect(awaited.contains("never shown"))
        #expect(screen.contains("visible"))
        session.kill()
        session.kill()
        #expect(throws: TmuxError.self) { try session.capture() }
    }
}
