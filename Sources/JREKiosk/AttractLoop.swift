import JREConsole
import JRECore
import JRETerminal
import JREText

/// The attract loop: the attract script played on a demo console, one round per scenario,
/// alternating French and English, with nothing ever written.
public struct AttractLoop: Sendable {
    /// Rounds played since start-up (the scenario is `round` modulo the catalog's size).
    public private(set) var round: Int
    /// The demo console the script drives.
    public private(set) var demo: AppState
    /// The language of this round's demo (captions show in both).
    public var lang: Lang { demo.lang }
    private let script: KioskScript
    private var player: KeyScriptPlayer
    /// Steps played in this round.
    public private(set) var played = 0

    init(round: Int, catalog: KioskCatalog, script: KioskScript, width: Int, height: Int, now: ContinuousClock.Instant) {
        self.round = round
        self.script = script
        let lang: Lang = round % 2 == 0 ? .fr : .en
        var demo = AppState(lang: lang, picker: catalog.picker, width: width, height: height)
        if let simulation = catalog.simulation(round) {
            // Journal effects mean nothing without a visitor: the demo's are dropped.
            _ = demo.open(simulation, day: 1, reference: catalog.reference(round))
        }
        self.demo = demo
        player = KeyScriptPlayer(script.script, startingAt: now)
    }

    /// The caption of what is on screen now (the one in force for the next step).
    public var caption: Phrase? {
        let index = min(played, script.captions.count - 1)
        guard index >= 0, let name = script.captions[index] else { return nil }
        return KioskCaptions.table[name]
    }

    /// Plays the steps due by `now`; starts the next round (next scenario, other language)
    /// after the last one.
    mutating func advance(to now: ContinuousClock.Instant, catalog: KioskCatalog) {
        for event in player.events(dueBy: now) {
            _ = KioskState.deliver(event, to: &demo)
            played += 1
            // Facilitator prompts and journal effects mean nothing without a visitor.
            if case .checkpoint? = demo.modal { demo.modal = nil }
        }
        if player.isFinished {
            self = AttractLoop(round: round + 1, catalog: catalog, script: script, width: demo.width, height: demo.height, now: now)
        }
    }

    mutating func resize(width: Int, height: Int) {
        _ = KioskState.deliver(.resize(width: width, height: height), to: &demo)
    }
}
