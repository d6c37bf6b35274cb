import Foundation
import Testing
import JRETerminal
import JREText
import JRETestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The real `jre-console` binary in tmux: keys in, screens polled until a deadline, windows
/// resized, signals sent, and the shell checked usable afterwards. Every test kills its tmux
/// server whatever happens (`defer`).
///
/// The binary is `JRE_CONSOLE_BINARY` when set, else a build current with the sources (see
/// ``ConsoleBinary``).
@Suite(.serialized, .tags(.slow)) struct EndToEndSlowTests {
    /// The binary under test.
    typealias Binary = ConsoleBinary

    // MARK: Sessions

    /// A fresh folder per test: the console's working directory and home (nothing shared, nothing left).
    final class Sandbox {
        let folder: URL
        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("jre-console-e2e-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: folder) }

        /// A UTF-8 environment (the only UTF-8 locale every Linux has is C.UTF-8), in `lang`.
        func environment(lang: String? = nil, extra: [String: String] = [:]) -> [String: String] {
            var environment = [
                "HOME": folder.path, "XDG_DATA_HOME": folder.path + "/data", "XDG_STATE_HOME": folder.path + "/state",
                "XDG_CONFIG_HOME": folder.path + "/config", "LC_ALL": "C.UTF-8", "LC_MESSAGES": "", "LANGUAGE": "",
                "TERM": "screen", "NO_COLOR": "",
            ]
            if let lang { environment["LANG"] = lang }
            return environment.merging(extra) { _, new in new }
        }

        func start(_ arguments: [String], width: Int = 100, height: Int = 30, lang: String? = nil,
                   extra: [String: String] = [:]) throws -> TmuxSession {
            try session(command: [try Binary.path()] + arguments, width: width, height: height, environment: environment(lang: lang, extra: extra))
        }

        /// A tmux session running `command` in this sandbox.
        func session(command: [String], width: Int = 100, height: Int = 30, environment: [String: String]? = nil,
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> TmuxSession {
            try #require(TmuxSession.isAvailable, "tmux is needed for the end-to-end tests (apt-get install tmux)", sourceLocation: sourceLocation)
            return try TmuxSession(command: command, width: width, height: height,
                                   environment: environment ?? self.environment(), workingDirectory: folder.path)
        }
    }

    /// The screen as one string of lines without their right padding.
    static func lines(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    }

    // MARK: A whole run

    @Test func aWorkshopRunFromBriefingToQuit() throws {
        let sandbox = try Sandbox()
        let session = try sandbox.start(["run", "portefeuille", "--lang", "en"], width: 100, height: 30)
        defer { session.kill() }
        try session.waitFor("The Monday caseload — briefing")
        try session.waitFor("Enter: open the board on day 1")
        try session.sendKeys("Enter")
        try session.waitFor("Day 1/84")
        try session.waitFor("Rest of the caseload (12)")
        try session.sendKeys("n")
        try session.waitFor("Day 2/84")
        try session.sendKeys("N")
        try session.waitFor("Day 9/84 · week 2")
        // The claimant file (100 columns: on its own screen).
        try session.sendKeys("Enter")
        var screen = try session.waitFor("Fatima Zahra El Idrissi  (fatima)")
        screen = try session.waitFor("Intermediate signals (read by the scores)")
        #expect(!screen.contains("Rest of the caseload"))
        try session.sendKeys("w")
        screen = try session.waitFor("Why? — Fatima Zahra El Idrissi, d9")
        // Compact: the header keeps the clock, the explanation is re-wrapped to 60 columns.
        try session.resize(width: 60, height: 20)
        screen = try session.waitUntil(awaiting: "« Why? » at 60×20") { screen in
            let lines = Self.lines(screen)
            return lines.count >= 20 && lines[0].hasPrefix(" Day 9/84") && screen.contains("Why? — Fatima")
        }
        #expect(Self.lines(screen).allSatisfy { $0.count <= 60 })
        try session.sendKeys("Escape")
        try session.waitFor("Fatima Zahra El Idrissi  (fatima)")
        try session.sendKeys("Escape")
        try session.waitFor("Rest of the caseload")
        // Wide: the file comes back beside the board.
        try session.resize(width: 130, height: 40)
        screen = try session.waitUntil(awaiting: "the board and the file side by side at 130×40") {
            $0.contains("Rest of the caseload") && $0.contains("Fatima Zahra El Idrissi  (fatima)")
        }
        #expect(Self.lines(screen).contains { $0.contains("Rest of the caseload") && $0.contains("│") },
                "the list and the file share rows, split by a line")
        // Too small.
        try session.resize(width: 40, height: 10)
        try session.waitFor("Terminal too small")
        try session.sendKeys("j", "Enter")
        try session.resize(width: 100, height: 30)
        try session.waitFor("Day 9/84")
        try session.resize(width: 40, height: 10)
        try session.waitFor("40×10.")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        #expect(session.isShellUsableAfterExit())
    }

    @Test func frenchIsTheDefaultWithAFrenchLocale() throws {
        let sandbox = try Sandbox()
        // A French locale that may not be installed: the text is French whatever the glyphs.
        var environment = sandbox.environment(lang: "fr_FR.UTF-8")
        environment["LC_ALL"] = ""
        let session = try sandbox.session(command: [try Binary.path()], environment: environment)
        defer { session.kill() }
        try session.waitFor("18 demandeurs")
        try session.sendKeys("Enter")
        try session.waitFor("briefing")
        try session.sendKeys("Enter")
        try session.waitFor("Jour 1/84")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        #expect(session.isShellUsableAfterExit())
    }

    @Test func asciiShowsNoLineDrawing() throws {
        let sandbox = try Sandbox()
        let session = try sandbox.start(["run", "portefeuille", "--day", "8", "--lang", "en", "--ascii"], width: 130, height: 40)
        defer { session.kill() }
        var screen = try session.waitFor("Day 8/84")
        try session.waitFor("# alert  ! watch  o ok")
        screen = try session.capture()
        let drawing = screen.unicodeScalars.filter(ScreenSnapshotTests.isDrawingSymbol)
        #expect(drawing.isEmpty, "drawing characters on the --ascii board: \(String(String.UnicodeScalarView(drawing)))")
        try session.sendKeys("?")
        screen = try session.waitFor("Any key to close")
        let frame = Self.lines(screen).filter { $0.contains("Any key to close") || $0.contains(" Keys ") }
        #expect(frame.count == 2)
        #expect(frame.allSatisfy { $0.contains("|") || $0.contains("+-") }, "the help frame is drawn with +, - and |: \(frame)")
        #expect(!frame.joined().unicodeScalars.contains { (0x2500...0x257F).contains($0.value) }, "no box drawing in the help frame")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        #expect(session.isShellUsableAfterExit())
    }

    // MARK: The population screen

    @Test func thePopulationScreenFollowsASettingAndRunsTheWholePopulation() throws {
        let sandbox = try Sandbox()
        let session = try sandbox.start(["population", "console", "--sample", "3000", "--size", "20000", "--lang", "en"], width: 100, height: 30)
        defer { session.kill() }
        try session.waitFor("Synthetic population · 3,000 fictional people (sample)", timeout: .seconds(30))
        var screen = try session.waitFor("up to date", timeout: .seconds(30))
        #expect(screen.contains("Illustrative reconstruction"))
        // The low-dynamic threshold, three steps up: more people flagged, figures recomputed on their own.
        try session.sendKeys("j", "j", "j")
        try session.waitFor("▶ Low search dynamic below")
        screen = try session.waitUntil(timeout: .seconds(30), awaiting: "the chart of the threshold") {
            $0.contains("▶ Low search dynamic below") && Self.share(of: "Low search dynamic", in: $0) != nil
        }
        let before = try #require(Self.share(of: "Low search dynamic", in: screen))
        try session.sendKeys("Right", "Right", "Right")
        screen = try session.waitUntil(timeout: .seconds(30), awaiting: "the threshold at 8 and the figures up to date") {
            $0.contains("← 8 points →") && $0.contains("up to date")
        }
        let after = try #require(Self.share(of: "Low search dynamic", in: screen))
        #expect(after > before, "raising the threshold flags more people: \(before) → \(after)")
        // The whole population, with its progress line, then its figures.
        try session.sendKeys("F")
        screen = try session.waitFor("Figures of the whole population (20,000 people), computed in", timeout: .seconds(60))
        #expect(screen.contains("20,000 fictional people (whole population)"))
        try session.sendKeys("Tab")
        try session.waitFor("By group: Digital access (reference: reliable)")
        try session.sendKeys("Escape")
        try session.waitFor("18 claimants")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        #expect(session.isShellUsableAfterExit())
    }

    @Test func aPopulationConsoleWithAnUnknownRulesetSaysWhichExist() throws {
        let (status, text) = try Self.runWithoutTerminal(["population", "console", "--ruleset", "jre-standart", "--lang", "en"])
        #expect(status == 2)
        #expect(text.contains("jre-standart"))
        #expect(text.contains("did you mean 'jre-standard'"), "\(text)")
        #expect(!text.contains("Fatal error"))
    }

    @Test func aPopulationConsoleWithAnEmptySampleNamesTheOption() throws {
        let (status, text) = try Self.runWithoutTerminal(["population", "console", "--sample", "0"])
        #expect(status == 2, "\(text)")
        #expect(text.contains("--sample 0"), "\(text)")
        #expect(!text.contains("--size 0"), "\(text)")
    }

    /// A folder given where a ruleset file is expected is named as such, by `report` and by the population commands alike.
    @Test func aFolderGivenAsTheRulesetIsNamedAsAFolder() throws {
        let folder = NSTemporaryDirectory() + "jre-ruleset-folder-\(getpid())/"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for arguments in [["report", "portefeuille", "--ruleset", folder, "--lang", "en"],
                          ["population", "evaluate", "--ruleset", folder, "--size", "100", "--quiet", "--lang", "en"]] {
            let (status, text) = try Self.runWithoutTerminal(arguments)
            #expect(status == 2, "\(arguments): \(text)")
            #expect(text.contains("this is a folder, not a file"), "\(arguments): \(text)")
        }
    }

    /// Runs the binary with pipes for its standard streams (no terminal at all, as in a CI job): its exit status and standard error.
    static func runWithoutTerminal(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Binary.path())
        process.arguments = arguments
        let errors = Pipe()
        process.standardInput = Pipe()
        process.standardOutput = Pipe()
        process.standardError = errors
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The share shown after `label` in the lab's chart (« 47.1% »), as a number.
    static func share(of label: String, in screen: String) -> Double? {
        guard let line = lines(screen).first(where: { $0.hasPrefix(" " + label) && $0.hasSuffix("%") }) else { return nil }
        let number = line.split(separator: " ").last.map { $0.replacingOccurrences(of: "%", with: "") }
        return number.flatMap { Double($0) }
    }

    // MARK: Refusing to start

    @Test func withoutTermItSaysSoAndPointsToTheHeadlessCommands() throws {
        let sandbox = try Sandbox()
        let session = try sandbox.session(command: ["env", "-u", "TERM", try Binary.path(), "--lang", "en"], width: 220, height: 10)
        defer { session.kill() }
        let status = try session.waitForExit()
        #expect(status != 0)
        let screen = try session.capture()
        let message = Self.lines(screen).filter { $0.contains("TERM") }
        #expect(message.count == 1, "one line: \(screen)")
        #expect(message.first?.contains("check|report|explain") == true)
        #expect(session.isShellUsableAfterExit())
    }

    @Test func withStdinNotATerminalItSaysSoAndPointsToTheHeadlessCommands() throws {
        let sandbox = try Sandbox()
        let session = try sandbox.session(command: ["sh", "-c", "exec \"$0\" --lang en < /dev/null", try Binary.path()], width: 220, height: 10)
        defer { session.kill() }
        let status = try session.waitForExit()
        #expect(status != 0)
        let screen = try session.capture()
        let message = Self.lines(screen).filter { $0.contains("needs a terminal") }
        #expect(message.count == 1, "one line: \(screen)")
        #expect(message.first?.contains("check|report|explain") == true)
        #expect(session.isShellUsableAfterExit())
    }

    @Test func theRefusalNamesTheProgramOnce() throws {
        // Outside tmux: no terminal at all, as in a CI job.
        let (status, text) = try Self.runWithoutTerminal(["--lang", "en"])
        #expect(status == 2)
        #expect(text == TerminalError.notATerminal.message(.en) + "\n")
        #expect(text.occurrences(of: "jre-console:") == 1, "the message starts « jre-console: » once: \(text)")
    }

    // MARK: Signals

    /// Starts the console recording its process id, waits for the board, sends `signal`.
    func signalEndsTheConsole(_ signal: Int32) throws {
        let sandbox = try Sandbox()
        let pidFile = sandbox.folder.appendingPathComponent("console.pid").path
        let session = try sandbox.session(
            command: ["sh", "-c", "echo $$ > \"$0\"; exec \"$@\"", pidFile, try Binary.path(), "run", "portefeuille", "--day", "5", "--lang", "en"])
        defer { session.kill() }
        try session.waitFor("Day 5/84")
        let text = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try #require(pid_t(text), "process id in \(pidFile): \(text)")
        #expect(kill(pid, signal) == 0)
        _ = try session.waitForExit()
        #expect(session.isShellUsableAfterExit(), "the terminal is restored after the signal")
    }

    @Test func sigtermEndsTheConsoleAndRestoresTheTerminal() throws {
        try signalEndsTheConsole(SIGTERM)
    }

    @Test func sigintEndsTheConsoleAndRestoresTheTerminal() throws {
        try signalEndsTheConsole(SIGINT)
    }
}
