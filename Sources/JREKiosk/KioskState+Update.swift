import JREConsole
import JRECore
import JRETerminal
import JREText

extension KioskState {
    /// Applies one event at `now` (the injected clock): the kiosk's only way of changing.
    ///
    /// Timers run first (the start-up disclaimer, the idle timeout, the scripts), so a key
    /// arriving long after the last one finds the previous visitor already forgotten.
    /// SIGINT and SIGHUP are ignored; SIGTERM and the operator's key sequence end the kiosk.
    @discardableResult
    public mutating func handle(_ event: InputEvent, at now: ContinuousClock.Instant) -> [KioskEffect] {
        guard !isFinished else { return [] }
        var effects: [KioskEffect] = []
        setNow(now)
        advanceTimers(effects: &effects)
        switch event {
        case .tick, .inputClosed, .signal(.interrupt), .signal(.hangup):
            break
        case .signal(.terminate):
            finish()
        case .resize(let width, let height):
            resize(width: width, height: height, effects: &effects)
        case .mouse(let row, let col, let action):
            handleMouse(row: row, col: col, action, effects: &effects)
        case .key(let key):
            if exitSequence.note(key, at: self.now) {
                finish()
                return effects
            }
            handleKey(key, effects: &effects)
        }
        advanceTimers(effects: &effects)
        return effects
    }

    /// Ends the disclaimer or the visit when their time is up, and plays due script steps.
    mutating func advanceTimers(effects: inout [KioskEffect]) {
        switch phase {
        case .attract:
            attract.advance(to: now, catalog: catalog)
        case .welcome, .guided, .freePlay:
            if now >= deadline {
                returnToAttract(effects: &effects)
                return
            }
            if phase == .guided, var run = guided {
                var console: [ConsoleEffect] = []
                run.advance(to: now, visitor: &visitor, catalog: catalog, scripts: configuration.scripts, effects: &console)
                effects += console.map { .visitor($0) }
                guided = run
            }
        }
    }

    mutating func handleKey(_ key: Key, effects: inout [KioskEffect]) {
        switch phase {
        case .attract:
            showWelcome()
        case .welcome:
            visitorPresent = true
            touch()
            handleWelcomeKey(key, effects: &effects)
        case .guided:
            touch()
            guard var run = guided else {
                startFreePlay()
                return
            }
            var console: [ConsoleEffect] = []
            let done = run.handleVisitorKey(key, visitor: &visitor, catalog: catalog, scripts: configuration.scripts, now: now, effects: &console)
            effects += console.map { .visitor($0) }
            guided = run
            if done { startFreePlay() }
        case .freePlay:
            touch()
            if KioskKeyFilter.allows(key, in: visitor) {
                effects += Self.deliver(.key(key), to: &visitor).map { .visitor($0) }
                // The kiosk does not pause on the facilitator's prompt in the lab, which would
                // otherwise swallow every key but Enter, Esc and Space there.
                if visitor.screen == .lab, case .checkpoint? = visitor.modal { visitor.modal = nil }
            }
        }
    }

    mutating func handleWelcomeKey(_ key: Key, effects: inout [KioskEffect]) {
        switch KioskKeymap.action(for: key, in: .welcome) {
        case .switchLanguage?:
            lang = lang.other
        case .chooseFrench?:
            lang = .fr
        case .chooseEnglish?:
            lang = .en
        case .chooseGuided?:
            if catalog.guided != nil { welcomeMode = .guided }
        case .chooseFree?:
            welcomeMode = .free
        case .goOn?:
            startChosenMode(effects: &effects)
        case nil:
            break
        }
    }

    mutating func handleMouse(row: Int, col: Int, _ action: MouseAction, effects: inout [KioskEffect]) {
        switch phase {
        case .attract:
            if action == .click { showWelcome() }
        case .welcome, .guided:
            touch()
        case .freePlay:
            touch()
            effects += Self.deliver(.mouse(row: row, col: col, action), to: &visitor).map { .visitor($0) }
        }
    }
}
