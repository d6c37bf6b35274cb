import Foundation
import Testing
import JRETerminal
import JREText

/// The real ncurses backend and run loop in a tmux pane: quit, Ctrl-C, SIGTERM, a crash, and
/// the terminal left usable after each.
///
/// The program under test is this test binary itself, relaunched with an environment variable
/// that makes ``childProgram()`` run a small console instead of returning at once.
@Suite struct EndToEndTests {
    static let childVariable = "JRE_TERMINAL_E2E_CHILD"

    /// The console run in the tmux pane; does nothing in a normal test run.
    @Test func childProgram() throws {
        guard ProcessInfo.processInfo.environment[Self.childVariable] != nil else { return }
        let backend = try NcursesBackend()
        var program = EchoProgram()
        let ending = try ConsoleLoop(glyphs: .forEnvironment(ascii: false), tickMilliseconds: 100).run(&program, on: backend)
        print("ENDED \(ending)")
        exit(0)
    }

    private func startChild(width: Int = 60, height: Int = 12) throws -> TmuxSession {
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        return try TmuxSession(
            command: [executable, "--testing-library", "swift-testing", "--filter", "EndToEndTests.childProgram"],
            width: width, height: height,
            environment: [Self.childVariable: "1", "SWIFT_BACKTRACE": "enable=no", "LANG": "C.UTF-8"]
        )
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
        let pid = try #require(EchoProgram.pid(in: screen))
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

/// Shows the keys it received, its size and its process id; `q` quits, `X` crashes.
private struct EchoProgram: TerminalProgram {
    var keys: [String] = []
    var isFinished = false

    mutating func handle(_ event: InputEvent, at now: ContinuousClock.Instant) {
        switch event {
        case .key(.char("q")), .signal(.interrupt):
            isFinished = true
        case .key(.char("X")):
            fatalError("crash requested by the end-to-end test")
        case .key(let key):
            keys.append(key.scriptName)
        default:
            break
        }
    }

    func render(width: Int, height: Int, glyphs: Glyphs) -> CellGrid {
        var grid = CellGrid(width: width, height: height, glyphs: glyphs)
        grid.box(row: 0, col: 0, width: width, height: height, title: "日本語")
        grid.put("size \(width)x\(height) pid \(getpid())", row: 1, col: 2, role: .title)
        grid.put("keys: " + keys.joined(separator: " "), row: 2, col: 2, maxWidth: width - 4, ellipsis: true)
        grid.put("last: " + (keys.last ?? ""), row: 3, col: 2, role: .selected)
        grid.put("\(glyphs.alert) alert", row: 4, col: 2, role: .alert)
        grid.cursor = (row: 3, col: 2)
        return grid
    }

    static func pid(in screen: String) -> pid_t? {
        guard let range = screen.range(of: "pid ") else { return nil }
        return pid_t(screen[range.upperBound...].prefix { $0.isNumber })
    }
}
