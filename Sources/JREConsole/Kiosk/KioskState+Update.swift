import JRECore
import JREText
import JRETerminal

extension KioskState {
    /// Applies one event at `now` (the injected clock): the kiosk's only way of changing.
    ///
    /// Timers run first (the start-up disclaimer, the idle timeout, the scripts), so a key
    /// arriving long after the last one finds the previous visitor already forgotten.
    /// SIGINT and SIGHUP are ignored; SIGTERM and the operator's key sequence end the kiosk.
    public mutating func handle(_ event: InputEvent, at now: ContinuousClock.Instant) {
        guard !isFinished else { return }
        setNow(now)
        advanceTimers()
        switch event {
        case .tick, .inputClosed, .signal(.interrupt), .signal(.hangup):
            break
        case .signal(.terminate):
            finish()
        case .resize(let width, let height):
            resize(width: width, height: height)
        case .mouse(let row, let col, let action):
            handleMouse(row: row, col: col, action)
        case .key(let key):
            if exitSequence.note(key, at: self.now) {
                finish()
                return
            }
            handleKey(key)
        }
        advanceTimers()
    }

    /// Ends the disclaimer or the visit when their time is up, and plays due script steps.
    mutating func advanceTimers() {
        switch phase {
        case .attract:
            attract.advance(to: now, catalog: catalog)
        case .welcome, .guided, .freePlay:
            if now >= deadline {
                returnToAttract()
                return
            }
            if phase == .guided, var run = guided {
                run.advance(to: now, visitor: &visitor, catalog: catalog, scripts: configuration.scripts)
                guided = run
            }
        }
    }

    mutating func handleKey(_ key: Key) {
        switch phase {
        case .attract:
            showWelcome()
        case .welcome:
            visitorPresent = true
            touch()
            handleWelcomeKey(key)
        case .guided:
            touch()
            guard var run = guided else {
                startFreePlay()
                return
            }
            let done = run.handleVisitorKey(key, visitor: &visitor, catalog: catalog, scripts: configuration.scripts, now: now)
            guided = run
            if done { startFreePlay() }
        case .freePlay:
            touch()
            if KioskKeyFilter.allows(key, in: visitor) {
                Self.deliver(.key(key), to: &visitor)
                // The lab does not show the facilitator's pause prompt, which would otherwise
                // swallow every key but Enter, Esc and Space there, unseen.
                if visitor.screen == .lab, visitor.workshop?.checkpoint != nil { visitor.workshop?.checkpoint = nil }
            }
        }
    }

    mutating func handleWelcomeKey(_ key: Key) {
        switch key {
        case .left, .right, .tab, .backTab:
            lang = lang.other
        case .char("f"), .char("F"):
            lang = .fr
        case .char("e"), .char("E"), .char("a"), .char("A"):
            lang = .en
        case .up, .char("k"), .char("1"):
            if catalog.guided != nil { welcomeMode = .guided }
        case .down, .char("j"), .char("2"):
            welcomeMode = .free
        case .enter, .char(" "):
            startChosenMode()
        default:
            break
        }
    }

    mutating func handleMouse(row: Int, col: Int, _ action: MouseAction) {
        switch phase {
        case .attract:
            if action == .click { showWelcome() }
        case .welcome, .guided:
            touch()
        case .freePlay:
            touch()
            Self.deliver(.mouse(row: row, col: col, action), to: &visitor)
        }
    }
}
