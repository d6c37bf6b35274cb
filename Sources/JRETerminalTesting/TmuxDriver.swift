import Foundation
import JRETerminal
import JREText
import Synchronization

/// Why a ``TmuxSession`` step failed.
public enum TmuxError: Error, Equatable, Sendable {
    /// `tmux` is not installed.
    case tmuxMissing
    /// A tmux command exited with an error.
    case commandFailed(command: String, status: Int32, output: String)
    /// What was awaited did not happen in time; the last screen is attached.
    case timeout(milliseconds: Int64, awaited: String, screen: String)

    /// The message in `lang`.
    public func message(_ lang: Lang) -> String {
        switch self {
        case .tmuxMissing:
            Strings.termTmuxMissing(lang)
        case .commandFailed(let command, let status, let output):
            Strings.termTmuxFailed.format(lang, command, String(status), output)
        case .timeout(let milliseconds, let awaited, let screen):
            Strings.termTmuxTimeout.format(lang, String(milliseconds), awaited, screen)
        }
    }
}

extension TmuxError: CustomStringConvertible {
    public var description: String { message(Lang.fromEnvironment()) }
}

/// A program running in a detached tmux session, for end-to-end tests of the real binary.
///
/// Each session has its own tmux server (`tmux -L <unique socket>`, no user configuration),
/// so tests can run side by side. The command runs under `sh`, which prints an exit marker
/// when the program ends and then stays open as a plain shell, so a test can check that the
/// terminal was left usable (``isShellUsableAfterExit(timeout:)``). Every wait polls the
/// screen every 50 ms until a deadline; nothing sleeps for a fixed time. The server is killed
/// by ``kill()`` and, as a safety net, when the session is released.
///
/// ```swift
/// let session = try TmuxSession(command: [binary, "--lang", "fr"], width: 100, height: 30)
/// defer { session.kill() }
/// try session.waitFor("Tableau de bord")
/// try session.sendKeys("j", "Enter")
/// try session.resize(width: 80, height: 24)
/// try session.sendKeys("q")
/// #expect(try session.waitForExit() == 0)
/// #expect(session.isShellUsableAfterExit())
/// ```
public final class TmuxSession {
    /// What ``paneState()`` reports about the terminal inside the pane.
    public struct PaneState: Equatable, Sendable {
        /// Whether the pane shows the alternate screen (a full-screen program is running or
        /// did not leave it).
        public var alternateScreen: Bool
        /// Whether the cursor is visible.
        public var cursorVisible: Bool
        /// Whether the pane reports mouse events to the program.
        public var mouseReporting: Bool
    }

    /// The pane's width and height as created.
    public let width: Int
    public let height: Int
    private let tmuxPath: String
    private let socket: String
    private let target = "jre"
    private var killed = false

    private static let exitMarker = "__JRE_TMUX_EXIT__"
    private static let counter = Mutex(0)

    /// Whether tmux is installed.
    public static var isAvailable: Bool { findTmux() != nil }

    /// Starts `command` (executable and arguments) in a new detached session of `width` ×
    /// `height` cells, with `environment` added to the pane's environment.
    public init(
        command: [String], width: Int = 100, height: Int = 30, environment: [String: String] = [:],
        workingDirectory: String? = nil
    ) throws(TmuxError) {
        guard let tmuxPath = Self.findTmux() else { throw .tmuxMissing }
        self.tmuxPath = tmuxPath
        self.width = width
        self.height = height
        let number = Self.counter.withLock { value in
            value += 1
            return value
        }
        socket = "jre-\(getpid())-\(number)-\(UInt32.random(in: 0...UInt32.max))"
        // The wrapper catches Ctrl-C and Ctrl-\ (they reach the whole foreground group) so it
        // outlives the program; a caught signal is reset to default for the program itself.
        let script = "trap : INT QUIT; \"$@\"; status=$?; printf '\\n\(Self.exitMarker)%d\\n' \"$status\"; exec sh"
        var arguments = [
            "start-server", ";",
            "set-option", "-g", "status", "off", ";",
            "set-option", "-g", "escape-time", "0", ";",
            "new-session", "-d", "-s", target, "-x", String(width), "-y", String(height),
        ]
        if let workingDirectory { arguments += ["-c", workingDirectory] }
        for (name, value) in (environment.merging(["PS1": "$ ", "ENV": ""]) { mine, _ in mine }).sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(name)=\(value)"]
        }
        arguments += ["--", "sh", "-c", script, "sh"] + command
        try tmux(arguments)
    }

    deinit {
        kill()
    }

    /// Sends keys by tmux name: `"j"`, `"Enter"`, `"Escape"`, `"C-c"`, `"Up"`, `"BTab"`, `"F1"`…
    public func sendKeys(_ keys: String...) throws(TmuxError) {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// Types `text` literally, character by character.
    public func type(_ text: String) throws(TmuxError) {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// Resizes the window, as a user dragging the terminal's corner would (the program
    /// receives SIGWINCH).
    public func resize(width: Int, height: Int) throws(TmuxError) {
        try tmux(["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
    }

    /// The visible screen, one line per row.
    public func capture() throws(TmuxError) -> String {
        try tmux(["capture-pane", "-p", "-t", target])
    }

    /// Waits until the screen shows `text`; returns that screen.
    @discardableResult
    public func waitFor(_ text: String, timeout: Duration = .seconds(10)) throws(TmuxError) -> String {
        try waitUntil(timeout: timeout, awaiting: Strings.termTmuxTextOnScreen.format(.en, text)) { $0.contains(text) }
    }

    /// Waits until `condition` holds for the screen; returns that screen.
    @discardableResult
    public func waitUntil(
        timeout: Duration = .seconds(10), awaiting description: String = Strings.termTmuxCondition(.en),
        _ condition: (String) -> Bool
    ) throws(TmuxError) -> String {
        let start = ContinuousClock.now
        var screen = ""
        while true {
            screen = try capture()
            if condition(screen) { return screen }
            if ContinuousClock.now - start >= timeout { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw .timeout(milliseconds: timeout.wholeMilliseconds, awaited: description, screen: screen)
    }

    /// Waits for the program to end; returns its exit status (128 + n when killed by signal n).
    @discardableResult
    public func waitForExit(timeout: Duration = .seconds(10)) throws(TmuxError) -> Int32 {
        let screen = try waitUntil(timeout: timeout, awaiting: Strings.termTmuxProgramExit(.en)) {
            Self.exitStatus(in: $0) != nil
        }
        return Self.exitStatus(in: screen) ?? -1
    }

    /// What the pane's terminal is doing: alternate screen, cursor, mouse reporting.
    public func paneState() throws(TmuxError) -> PaneState {
        let format = "#{alternate_on} #{cursor_flag} #{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}"
        let fields = try tmux(["display-message", "-p", "-t", target, format])
            .split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard fields.count == 3 else {
            throw .commandFailed(command: "display-message", status: 0, output: fields.joined(separator: " "))
        }
        return PaneState(
            alternateScreen: fields[0] == "1", cursorVisible: fields[1] == "1", mouseReporting: fields[2].contains("1")
        )
    }

    /// Whether, after the program exited, the terminal is back to normal: main screen,
    /// visible cursor, no mouse reporting, and a shell that runs a typed command with
    /// canonical input, echo, signals and newline translation on (checked with `stty -a`).
    ///
    /// Call after ``waitForExit(timeout:)``.
    public func isShellUsableAfterExit(timeout: Duration = .seconds(5)) -> Bool {
        do {
            let state = try paneState()
            guard !state.alternateScreen, state.cursorVisible, !state.mouseReporting else { return false }
            let probe = "printf '__JRE_STTY_%s__\\n' \"$(stty -a | tr -s ' ;' '\\n\\n' | grep -c -x -e icanon -e echo -e icrnl -e isig -e onlcr)\""
            try type(probe)
            try sendKeys("Enter")
            try waitFor("__JRE_STTY_5__", timeout: timeout)
            return true
        } catch {
            return false
        }
    }

    /// Stops the tmux server and everything in it. Idempotent.
    public func kill() {
        guard !killed else { return }
        killed = true
        _ = try? tmux(["kill-server"])
    }

    // MARK: - Running tmux

    @discardableResult
    private func tmux(_ arguments: [String]) throws(TmuxError) -> String {
        let command = arguments.first ?? ""
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("jre-tmux-\(socket)-\(UInt32.random(in: 0...UInt32.max)).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")
        let status = Self.spawnAndWait(
            tmuxPath, arguments: ["-L", socket, "-f", "/dev/null"] + arguments,
            environment: environment, outputPath: outputPath
        )
        let text = String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
        guard status == 0 else {
            throw .commandFailed(command: command, status: status, output: text)
        }
        return text
    }

    /// Runs a program to completion with its output in a file; returns its exit status.
    ///
    /// Not Foundation's `Process`: on Linux it waits for a descriptor that the tmux server
    /// (forked by the first command) inherits and keeps open, so it would wait forever.
    private static func spawnAndWait(
        _ path: String, arguments: [String], environment: [String: String], outputPath: String
    ) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Test runners call from threads that block most signals, and a blocked or ignored
        // signal would be inherited by the tmux server and the program under test.
        guard case .success(let pid) = CleanSpawn.spawn(path, arguments: arguments, environment: environment, fileActions: &actions),
              let status = CleanSpawn.wait(pid) else { return -1 }
        return CleanSpawn.exitCode(status) ?? 128 + CleanSpawn.signal(status)
    }

    private static func exitStatus(in screen: String) -> Int32? {
        for line in screen.split(separator: "\n").reversed() {
            guard let range = line.range(of: exitMarker) else { continue }
            return Int32(line[range.upperBound...].trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    private static func findTmux() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
