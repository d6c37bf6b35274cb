/// Plays a ``KeyScript``: hands out its events once their time has come.
///
/// Pure and clock-agnostic: the caller says what time it is. The kiosk's attract loop polls
/// it on every tick (with `repeats`), `MemoryBackend` (JRETerminalTesting) uses it to feed tests.
///
/// ```swift
/// var player = KeyScriptPlayer(script, startingAt: time.now, repeats: true)
/// // on each tick:
/// for event in player.events(dueBy: time.now) { program.handle(event, at: time.now) }
/// ```
public struct KeyScriptPlayer: Sendable {
    /// The script being played.
    public let script: KeyScript
    /// Whether the script starts over after its last step.
    public let repeats: Bool
    private var index = 0
    private var previousDue: ContinuousClock.Instant

    /// A player whose first step is due `script.steps[0].delay` after `start`.
    public init(_ script: KeyScript, startingAt start: ContinuousClock.Instant, repeats: Bool = false) {
        self.script = script
        self.repeats = repeats
        self.previousDue = start
    }

    /// Whether every step has been played (never, for a repeating non-empty script).
    public var isFinished: Bool {
        index >= script.steps.count && !(repeats && !script.steps.isEmpty)
    }

    /// When the next step is due, or `nil` when finished.
    public var nextDue: ContinuousClock.Instant? {
        guard let step = nextStep else { return nil }
        return previousDue.advanced(by: step.delay)
    }

    /// The next step's event, without playing it.
    public var nextEvent: InputEvent? { nextStep?.event }

    /// Plays and returns every step due at or before `now`, in order.
    ///
    /// A repeating script plays at most one round per call, so a script without delays
    /// cannot loop forever.
    public mutating func events(dueBy now: ContinuousClock.Instant) -> [InputEvent] {
        var events: [InputEvent] = []
        while events.count < max(1, script.steps.count), let due = nextDue, due <= now, let event = playNext() {
            events.append(event)
        }
        return events
    }

    /// Plays the next step whatever the time, and returns its event (`nil` when finished).
    public mutating func playNext() -> InputEvent? {
        guard let due = nextDue, let step = nextStep else { return nil }
        previousDue = due
        index += 1
        if index >= script.steps.count, repeats { index = 0 }
        return step.event
    }

    /// Starts the script over, its first step due after `start`.
    public mutating func restart(at start: ContinuousClock.Instant) {
        index = 0
        previousDue = start
    }

    private var nextStep: KeyScript.Step? {
        index < script.steps.count ? script.steps[index] : nil
    }
}
