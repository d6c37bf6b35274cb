/// A timed list of input events in a small text format, shared by the tests and the kiosk's
/// attract loop.
///
/// One step per line: a delay in milliseconds (waited after the previous step, or after the
/// start for the first one), whitespace, then a key or an action. Blank lines and lines whose
/// first non-blank character is `#` are ignored. Names are case-insensitive.
///
/// ```text
/// # Open the first claimant, scroll, quit.
/// 500 j
/// 0 Enter
/// 200 PageDown
/// 0 Resize 80x24
/// 100 Text bonjour
/// 1000 Ctrl-C
/// ```
///
/// | written | event |
/// | --- | --- |
/// | any single character: `j`, `?`, `#`, `é` | ``Key/char(_:)`` |
/// | `Space` | the space bar |
/// | `Enter` (`Return`), `Escape` (`Esc`), `Tab`, `BackTab` (`Shift-Tab`), `Backspace`, `Delete` (`Del`), `Insert` (`Ins`) | that key |
/// | `Up`, `Down`, `Left`, `Right`, `Home`, `End`, `PageUp` (`PgUp`), `PageDown` (`PgDn`) | that key |
/// | `F1` … `F63` | ``Key/function(_:)`` |
/// | `Ctrl-c` (`C-c`) | ``Key/ctrl(_:)`` (a letter or one of `@ [ \ ] ^ _`) |
/// | `Alt-x` (`M-x`) | Escape, then `x` (as terminals send it) |
/// | `Text words…` | each character of the rest of the line, the first after the delay, the others at once |
/// | `Resize 80x24` | ``InputEvent/resize(width:height:)`` |
/// | `Click 3,10`, `WheelUp 3,10`, `WheelDown 3,10` | ``InputEvent/mouse(row:col:_:)`` at row 3, column 10 |
/// | `Signal INT` (`TERM`, `HUP`) | ``InputEvent/signal(_:)`` |
/// | `Tick` | ``InputEvent/tick`` |
/// | `Close` | ``InputEvent/inputClosed`` |
///
/// A bad line fails the whole parse with a ``KeyScriptError`` giving its line number, the
/// line with a marker under the fault, and the closest known name when a key is misspelt.
/// ``KeyScriptPlayer`` turns a script into events at their times.
public struct KeyScript: Equatable, Sendable {
    /// One scripted event and how long to wait before it.
    public struct Step: Equatable, Sendable {
        /// The wait after the previous step (or the start).
        public var delay: Duration
        /// The event.
        public var event: InputEvent
        /// The 1-based line it came from (0 when built in code).
        public var line: Int

        public init(delay: Duration, event: InputEvent, line: Int = 0) {
            self.delay = delay
            self.event = event
            self.line = line
        }
    }

    /// The steps in order.
    public var steps: [Step]

    /// A script of `steps`.
    public init(steps: [Step] = []) {
        self.steps = steps
    }

    /// Reads a script in the format above.
    public init(parsing text: String) throws(KeyScriptError) {
        self = try KeyScriptParser.parse(text)
    }

    /// Reads a script in the format above.
    public static func parse(_ text: String) throws(KeyScriptError) -> KeyScript {
        try KeyScriptParser.parse(text)
    }

    /// The time from the start to the last step.
    public var totalDuration: Duration {
        steps.reduce(.zero) { $0 + $1.delay }
    }

    /// The script in its canonical text form, one line per step (parses back to the same steps,
    /// line numbers aside).
    public func formatted() -> String {
        steps.map { "\($0.delay.wholeMilliseconds) \($0.event.scriptName)" }.joined(separator: "\n")
    }
}

extension InputEvent {
    /// How this event is written in a ``KeyScript`` line.
    public var scriptName: String {
        switch self {
        case .key(let key): key.scriptName
        case .resize(let width, let height): "Resize \(width)x\(height)"
        case .mouse(let row, let col, .click): "Click \(row),\(col)"
        case .mouse(let row, let col, .wheelUp): "WheelUp \(row),\(col)"
        case .mouse(let row, let col, .wheelDown): "WheelDown \(row),\(col)"
        case .tick: "Tick"
        case .signal(let signal): "Signal \(signal.scriptName)"
        case .inputClosed: "Close"
        }
    }
}

extension Key {
    /// How this key is written in a ``KeyScript`` line.
    public var scriptName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let character): return String(character)
        case .ctrl(let character): return "Ctrl-" + character.uppercased()
        case .function(let number): return "F\(number)"
        default:
            return KeyScriptParser.namedKeys.first { $0.key == self }?.name ?? "?"
        }
    }
}

extension TerminationSignal {
    /// How this signal is written after `Signal` in a ``KeyScript`` line.
    public var scriptName: String {
        switch self {
        case .interrupt: "INT"
        case .terminate: "TERM"
        case .hangup: "HUP"
        }
    }
}

extension Duration {
    /// The duration in whole milliseconds, rounded down.
    public var wholeMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
