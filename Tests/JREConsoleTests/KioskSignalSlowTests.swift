import Foundation
import Testing
import JRETestSupport
import JRECore
import JRETerminal
import JREText
import JREKiosk
#if canImport(Glibc)
import Glibc
#endif

/// Signals at random moments, to the real binary in tmux, in kiosk and normal mode: the
/// terminal comes back usable wherever the process can restore it, and the session journal
/// always reads back without a problem — SIGKILL included.
@Suite(.serialized, .tags(.slow)) struct KioskSignalSlowTests {
    /// The binary under test: `JRE_CONSOLE_BINARY`, else one never older than the sources (``ConsoleBinary``).
    static func binary() throws -> String { try ConsoleBinary.path() }

    /// A folder for one test: home, data and session; removed afterwards.
    final class Sandbox {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jre-kiosk-e2e-\(UUID().uuidString)")
        var session: URL { folder.appendingPathComponent("session") }
        var pidFile: String { folder.appendingPathComponent("pid").path }
        init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        deinit {
            // A kiosk outlives a closed terminal for a grace period: stop every process of this
            // test (their command lines name its unique folder).
            for pid in KioskSignalSlowTests.processes(mentioning: folder.path) { kill(pid, SIGKILL) }
            try? FileManager.default.removeItem(at: folder)
        }

        /// Starts `arguments` in tmux, its process id written to ``pidFile``.
        func start(_ arguments: [String]) throws -> TmuxSession {
            try #require(TmuxSession.isAvailable, "tmux is needed for the signal tests")
            let environment = [
                "HOME": folder.path, "XDG_DATA_HOME": folder.path + "/data", "LC_ALL": "C.UTF-8", "LANG": "", "LANGUAGE": "",
                "TERM": "screen", "NO_COLOR": "", "SWIFT_BACKTRACE": "enable=no",
            ]
            return try TmuxSession(command: ["sh", "-c", "echo $$ > \"$0\"; exec \"$@\"", pidFile, try KioskSignalSlowTests.binary()] + arguments,
                                   width: 100, height: 30, environment: environment, workingDirectory: folder.path)
        }

        func pid() throws -> pid_t {
            let text = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            return try #require(pid_t(text), "process id in \(pidFile): \(text)")
        }

        /// The journal read back; records an issue for every unreadable line.
        @discardableResult
        func checkJournal(_ context: String, sourceLocation: SourceLocation = #_sourceLocation) -> [SessionEntry] {
            let (entries, problems) = SessionJournal.read(folder: session)
            #expect(problems.isEmpty, "\(context): unreadable journal lines \(problems)", sourceLocation: sourceLocation)
            return entries
        }
    }

    static func isAlive(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        // A zombie (exited, not yet reaped) is not alive.
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return !stat.contains(") Z ")
    }

    /// The processes whose command line contains `text`.
    static func processes(mentioning text: String) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid_t($0) }.filter { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            return String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self).contains(text)
        }
    }

    /// The children of `pid` (from `/proc/*/stat`).
    static func children(of pid: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid_t($0) }.filter { candidate in
            guard let stat = try? String(contentsOfFile: "/proc/\(candidate)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 2 && pid_t(fields[1]) == pid && !fields[0].contains("Z")
        }
    }

    /// Waits until the screen stays the same over several captures: the program has read and
    /// drawn every key sent so far.
    static func waitForStillScreen(_ session: TmuxSession) throws {
        var previous = ""
        var still = 0
        try session.waitUntil(awaiting: "a still screen") { screen in
            still = screen == previous ? still + 1 : 0
            previous = screen
            return still >= 4
        }
    }

    /// Keys a visitor may hit, by tmux name.
    static let visitorKeys = ["Enter", "Escape", "j", "k", "n", "N", "d", "w", "t", "+", "b", "x", "q", "Q", "C-c", "C-z", "C-\\", "C-d", "C-s",
                              "F1", "F5", "F12", "Tab", "BTab", "Up", "Down", "PageDown", "Space", "/", "?", "1", "é"]

    /// Any of the kiosk's own screens (welcome, attract, guided, free play).
    static func showsKiosk(_ screen: String) -> Bool {
        ["Teaching simulation", "Press any key to try", "Guided tour", "Free exploration", "Still there?", "Enter: continue"].contains { screen.contains($0) }
    }

    @Test func inKioskModeSigintAndSighupAreIgnoredAndSigtermEndsItCleanly() throws {
        let sandbox = try Sandbox()
        let session = try sandbox.start(["kiosk", "portefeuille", "aidante", "--session", sandbox.session.path, "--lang", "en", "--idle", "60"])
        defer { session.kill() }
        try session.waitFor("Teaching simulation")
        let pid = try sandbox.pid()
        var random = SplitMix64(seed: UInt64(pid))
        try session.sendKeys("Enter")
        try session.waitFor("Guided tour · step 1 of 7")
        for round in 0..<12 {
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                try session.sendKeys(Self.visitorKeys.randomElement(using: &random)!)
            }
            let signal = [SIGINT, SIGHUP, SIGINT, SIGHUP, SIGQUIT, SIGTSTP].randomElement(using: &random)!
            #expect(kill(pid, signal) == 0)
            try session.sendKeys("Down")
            let screen = try session.waitUntil(awaiting: "the kiosk still on screen after signal \(signal)") { Self.showsKiosk($0) }
            #expect(!screen.contains("__JRE_TMUX_EXIT__"), "round \(round): the kiosk ended after signal \(signal)")
            #expect(Self.isAlive(pid), "round \(round): the kiosk died of signal \(signal)")
            sandbox.checkJournal("round \(round), signal \(signal)")
        }
        try Self.waitForStillScreen(session)
        #expect(kill(pid, SIGTERM) == 0)
        #expect(try session.waitForExit() == 0)
        #expect(session.isShellUsableAfterExit(),
                "the terminal is restored after SIGTERM: \(String(describing: try? session.paneState()))\n\((try? session.capture()) ?? "")")
        #expect(!FileManager.default.fileExists(atPath: sandbox.session.appendingPathComponent(SessionJournal.fileName).path),
                "the visitor's journal is erased when the kiosk ends")
    }

    @Test func theOperatorKeysEndTheKioskAndRestoreTheTerminal() throws {
        let sandbox = try Sandbox()
        let session = try sandbox.start(["kiosk", "--session", sandbox.session.path, "--lang", "en", "--exit-keys", "C-x C-q"])
        defer { session.kill() }
        try session.waitFor("Teaching simulation")
        for key in ["C-c", "C-z", "C-\\", "q", "Escape", "C-s", "x", "C-q"] { try session.sendKeys(key) }
        try session.sendKeys("Down")
        try session.waitUntil(awaiting: "the kiosk after keys that end programs") { Self.showsKiosk($0) }
        #expect(Self.isAlive(try sandbox.pid()))
        try session.sendKeys("C-x", "C-q")
        #expect(try session.waitForExit() == 0)
        #expect(session.isShellUsableAfterExit())
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func inNormalModeEachSignalEndsTheConsoleWithTheJournalWhole(signal: Int32) throws {
        let sandbox = try Sandbox()
        let session = try sandbox.start(["run", "portefeuille", "--day", "5", "--lang", "en", "--session", sandbox.session.path])
        defer { session.kill() }
        try session.waitFor("Day 5/84")
        let pid = try sandbox.pid()
        var random = SplitMix64(seed: UInt64(pid) &+ UInt64(signal))
        for _ in 0..<Int.random(in: 3...25, using: &random) {
            // Keys that stay on the board and the lab (leaving for the picker is not what this test is about).
            try session.sendKeys(["n", "N", "p", "j", "k", "w", "w", "t", "+", "-", "t"].randomElement(using: &random)!)
        }
        // Let the console read every key, so none is left for the shell.
        try Self.waitForStillScreen(session)
        #expect(kill(pid, signal) == 0)
        _ = try session.waitForExit()
        let usable = session.isShellUsableAfterExit()
        #expect(usable, "the terminal is restored after signal \(signal): \(String(describing: try? session.paneState()))\n\((try? session.capture()) ?? "")")
        let entries = sandbox.checkJournal("after signal \(signal)")
        #expect(entries.first?.kind == .opened)
    }

    @Test(arguments: ["kiosk", "run"])
    func sigkillLeavesAReadableJournal(mode: String) throws {
        let sandbox = try Sandbox()
        let arguments = mode == "kiosk"
            ? ["kiosk", "portefeuille", "--session", sandbox.session.path, "--lang", "en"]
            : ["run", "portefeuille", "--day", "3", "--lang", "en", "--session", sandbox.session.path]
        let session = try sandbox.start(arguments)
        defer { session.kill() }
        let pid: pid_t
        if mode == "kiosk" {
            try session.waitFor("Teaching simulation")
            pid = try sandbox.pid()
            try session.sendKeys("Enter")
            try session.waitFor("Guided tour · step 1 of 7")
            try session.sendKeys("Enter")
            try session.waitUntil(awaiting: "step 2, waiting for the visitor") { $0.contains("step 2 of 7") && $0.contains("Enter: continue") }
            try session.sendKeys("Enter")
            try session.waitFor("step 3 of 7")
        } else {
            try session.waitFor("Day 3/84")
            pid = try sandbox.pid()
            for key in ["n", "n", "N", "t", "+", "Escape"] { try session.sendKeys(key) }
            try session.waitFor("Day 12/84")
        }
        #expect(kill(pid, SIGKILL) == 0)
        // The terminal is left as the process had it (nobody can restore it after SIGKILL), so
        // the end is watched on the process, not on the screen.
        try session.waitUntil(awaiting: "the process gone after SIGKILL") { _ in !Self.isAlive(pid) }
        let entries = sandbox.checkJournal("after SIGKILL in \(mode) mode")
        #expect(!entries.isEmpty, "the journal kept what was recorded before the kill")
    }

    @Test func theRestartWrapperBringsTheKioskBackAfterACrashAndStopsOnSigterm() throws {
        let sandbox = try Sandbox()
        let session = try sandbox.start(["kiosk", "--restart", "portefeuille", "--session", sandbox.session.path, "--lang", "en"])
        defer { session.kill() }
        try session.waitFor("Teaching simulation")
        let wrapper = try sandbox.pid()
        for signal in [SIGSEGV, SIGKILL, SIGABRT] {
            let first = try #require(Self.children(of: wrapper).first, "the wrapper runs the kiosk as a child")
            try session.sendKeys("Enter")
            try session.waitFor("Guided tour · step 1 of 7")
            #expect(kill(first, signal) == 0)
            let started = ContinuousClock.now
            var next: pid_t?
            try session.waitUntil(awaiting: "the kiosk back after signal \(signal)") { screen in
                next = Self.children(of: wrapper).first { $0 != first }
                return next != nil && screen.contains("Teaching simulation") && !screen.contains("Guided tour · step")
            }
            print("kiosk --restart: back on the disclaimer \(ContinuousClock.now - started) after signal \(signal)")
            #expect(Self.isAlive(wrapper))
            sandbox.checkJournal("after the child died of signal \(signal)")
        }
        #expect(kill(wrapper, SIGINT) == 0)
        #expect(kill(wrapper, SIGHUP) == 0)
        try session.sendKeys("Down")
        try session.waitUntil(awaiting: "the kiosk after SIGINT and SIGHUP to the wrapper") { Self.showsKiosk($0) }
        #expect(Self.isAlive(wrapper))
        #expect(kill(wrapper, SIGTERM) == 0)
        #expect(try session.waitForExit() == 0)
        #expect(session.isShellUsableAfterExit())
    }
}
