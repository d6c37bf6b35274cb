import Foundation
import Testing
import JRETestSupport
import JRECore
import JREConsole
import JRETerminal
import JRETestSupport

/// The real binary in tmux: two decisions, a SIGKILL, a restart that finds them and the clock day.
@Suite(.tags(.slow)) struct WorkshopEndToEndSlowTests {
    @Test func decisionsAndTheDaySurviveASigkill() throws {
        let sandbox = try EndToEndSlowTests.Sandbox()
        let sessionFolder = sandbox.folder.appendingPathComponent("atelier").path
        let pidFile = sandbox.folder.appendingPathComponent("console.pid").path
        let binary = try ConsoleBinary.path()
        let first = try sandbox.session(
            command: ["sh", "-c", "echo $$ > \"$0\"; exec \"$@\"", pidFile, binary, "run", "portefeuille", "--day", "20",
                      "--session", sessionFolder, "--lang", "en"], width: 120, height: 36)
        defer { first.kill() }
        try first.waitFor("Day 20/84")
        // Two decisions on two claimants, then two days forward.
        try first.sendKeys("d")
        try first.waitFor("Decision for")
        try first.sendKeys("Enter")
        try first.sendKeys("Enter")
        try first.waitFor("Decision saved to disk")
        try first.sendKeys("j", "d")
        try first.waitFor("Decision for")
        try first.sendKeys("Enter")
        try first.sendKeys("Enter")
        try first.waitFor("Decision saved to disk")
        try first.sendKeys("n", "n")
        try first.waitFor("Day 22/84")
        let pidText = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try #require(pid_t(pidText))
        #expect(kill(pid, SIGKILL) == 0)
        // SIGKILL cannot be caught: wait (with a deadline) until the process is gone.
        let deadline = ContinuousClock.now + .seconds(10)
        while kill(pid, 0) == 0, ContinuousClock.now < deadline {
            _ = try? first.capture()
        }
        #expect(kill(pid, 0) != 0, "the killed console is gone")
        // The journal is readable and a new process resumes exactly there.
        let (entries, problems) = SessionJournal.read(folder: URL(fileURLWithPath: sessionFolder))
        #expect(problems.isEmpty)
        #expect(entries.filter { $0.kind == .decisionTaken }.count == 2)
        let second = try sandbox.start(["run", "portefeuille", "--session", sessionFolder, "--lang", "en"], width: 120, height: 36)
        defer { second.kill() }
        try second.waitFor("Session resumed: 2 decisions, day 22.")
        _ = try second.waitFor("Day 22/84")
        try second.sendKeys("q")
        _ = try second.waitForExit()
        #expect(second.isShellUsableAfterExit())
    }
}
