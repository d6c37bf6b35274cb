import JREConsole
import JRECore
import JRETerminal
import JREText

/// The festival kiosk as a value: which phase it is in, the visitor's console, the attract
/// loop's demo, and the idle deadline on the injected clock.
///
/// ``handle(_:at:)`` is its only change. It never performs I/O: it returns its effects —
/// ``KioskEffect/forgetVisitor``, and the visitor console's own effects (the session journal)
/// as ``KioskEffect/visitor(_:)`` — and ``KioskProgram`` performs both, handing the results
/// back through ``receive(_:)``. The kiosk composes the console: `visitor` is a console state
/// that only ever changes through its own update.
///
/// ```text
///  start ──▶ welcome (disclaimer, language) ──12 s──▶ attract loop ◀──────────── idle 90 s ─┐
///                 ▲                                      │ any key                        │
///                 └──────────────────────────────────────┘                                │
///  welcome ──Enter──▶ guided run (7 steps) ──▶ free play ─────────────────────────────────┘
///          └────────▶ free play
/// ```
public struct KioskState: Sendable {
    /// What the screen is showing.
    public enum Phase: Sendable, Equatable, CaseIterable {
        /// The disclaimer, the language choice and the choice of a guided tour or free play.
        case welcome
        /// The scripted walk-through, waiting for a visitor.
        case attract
        /// The guided tour.
        case guided
        /// The console, with the kiosk's key filter.
        case freePlay
    }

    /// What a visitor starts from the welcome screen.
    public enum Mode: Sendable, Equatable, CaseIterable {
        case guided
        case free
    }

    public let configuration: KioskConfiguration
    public let catalog: KioskCatalog
    public internal(set) var phase: Phase = .welcome
    /// The visitor's language (chosen on the welcome screen).
    public var lang: Lang
    /// The highlighted choice on the welcome screen.
    public var welcomeMode: Mode = .guided
    public internal(set) var width: Int
    public internal(set) var height: Int
    /// The attract loop's demo console and script.
    public internal(set) var attract: AttractLoop
    /// The guided tour, while it runs (and after, in free play).
    public internal(set) var guided: GuidedRun?
    /// The visitor's console: a fresh one for every visitor (thresholds at their defaults).
    public var visitor: AppState
    /// When the current phase ends by itself: the end of the start-up disclaimer, or the idle
    /// timeout while a visitor is there.
    public internal(set) var deadline: ContinuousClock.Instant
    /// Whether someone has pressed a key since the attract loop last ran.
    public internal(set) var visitorPresent = false
    /// The last time the kiosk was told (for the countdown).
    public internal(set) var now: ContinuousClock.Instant
    public internal(set) var exitSequence: ExitKeySequence
    /// The operator typed the exit sequence, or SIGTERM arrived.
    public internal(set) var isFinished = false

    /// A kiosk starting at `now` on the disclaimer.
    public init(configuration: KioskConfiguration, catalog: KioskCatalog, width: Int = 80, height: Int = 24, now: ContinuousClock.Instant) {
        self.configuration = configuration
        self.catalog = catalog
        self.lang = configuration.lang
        self.width = max(0, width)
        self.height = max(0, height)
        self.now = now
        self.deadline = now.advanced(by: configuration.disclaimerDuration)
        self.exitSequence = configuration.exitKeys
        self.visitor = AppState(lang: configuration.lang, picker: catalog.picker, width: width, height: height)
        self.attract = AttractLoop(round: 0, catalog: catalog, script: configuration.scripts.attract, width: width, height: height, now: now)
    }

    /// How long until the visitor is forgotten, when the countdown shows.
    public var idleCountdown: Duration? {
        guard visitorPresent, phase != .attract else { return nil }
        let remaining = deadline - now
        return remaining <= configuration.idleWarning ? max(.zero, remaining) : nil
    }

    // MARK: Phase changes

    /// Back to the attract loop: the visitor's console and journal are forgotten.
    mutating func returnToAttract(effects: inout [KioskEffect]) {
        phase = .attract
        visitorPresent = false
        guided = nil
        lang = configuration.lang
        welcomeMode = .guided
        visitor = AppState(lang: configuration.lang, picker: catalog.picker, width: width, height: height)
        effects.append(.forgetVisitor)
        attract = AttractLoop(round: attract.played > 0 ? attract.round + 1 : attract.round, catalog: catalog, script: configuration.scripts.attract, width: width, height: height, now: now)
    }

    /// The welcome screen, for a visitor who just arrived.
    mutating func showWelcome() {
        phase = .welcome
        visitorPresent = true
        lang = configuration.lang
        welcomeMode = catalog.guided == nil ? .free : .guided
        touch()
    }

    /// Starts what the visitor chose on the welcome screen, with a fresh console.
    mutating func startChosenMode(effects: inout [KioskEffect]) {
        visitor = AppState(lang: lang, picker: catalog.picker, width: width, height: height)
        effects.append(.forgetVisitor)
        if welcomeMode == .guided, let plan = catalog.guided {
            phase = .guided
            var run = GuidedRun(plan: plan)
            var console: [ConsoleEffect] = []
            run.enter(.board, visitor: &visitor, catalog: catalog, scripts: configuration.scripts, now: now, effects: &console)
            effects += console.map { .visitor($0) }
            guided = run
        } else {
            phase = .freePlay
            guided = nil
        }
    }

    /// The guided tour is over: the visitor keeps the console to explore.
    mutating func startFreePlay() {
        phase = .freePlay
        if visitor.modal?.dialog != nil { visitor.modal = nil }
        visitor.workshop?.why = nil
        if visitor.workshop != nil { visitor.screen = .board }
    }

    /// A visitor did something: the idle deadline moves.
    mutating func touch() {
        deadline = now.advanced(by: configuration.idleTimeout)
    }

    mutating func resize(width: Int, height: Int, effects: inout [KioskEffect]) {
        self.width = max(0, width)
        self.height = max(0, height)
        effects += Self.deliver(.resize(width: self.width, height: self.height), to: &visitor).map { .visitor($0) }
        attract.resize(width: self.width, height: self.height)
    }

    mutating func finish() {
        isFinished = true
    }

    mutating func setNow(_ instant: ContinuousClock.Instant) {
        if instant > now { now = instant }
    }

    /// Applies one event to a console unless it would end it or ask to quit: whatever a
    /// visitor or a script types, the console stays open. Returns the console's effects.
    static func deliver(_ event: InputEvent, to state: inout AppState) -> [ConsoleEffect] {
        var next = state
        let effects = next.handle(event)
        guard !next.isFinished else { return [] }
        if case .confirmQuit? = next.modal { return [] }
        if case .unsavedQuit? = next.modal { return [] }
        state = next
        return effects
    }

    /// Hands what one of the visitor console's effects found back to it; returns what it asks next.
    public mutating func receive(_ event: ConsoleEvent) -> [KioskEffect] {
        visitor.update(event).map { .visitor($0) }
    }
}
