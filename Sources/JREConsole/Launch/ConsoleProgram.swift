import Foundation
import JRECore
import JREText
import JRETerminal

/// The console as a terminal program: the state, updated by events, with the effects each update
/// returns performed (before the next render) and their results handed back as events.
///
/// It does I/O only: what to do with a result is decided by ``AppState/update(_:)``.
public struct ConsoleProgram: TerminalProgram {
    public var state: AppState
    /// Performs the effects: the session journal, the alternative rulesets, the population jobs.
    public var effects: ConsoleEffectRunner

    public init(state: AppState, sessionFolder: URL? = nil, freshSession: Bool = false, library: ScenarioLibrary? = nil,
                populationRunner: PopulationJobRunner? = nil, populationSizes: PopulationSizes = PopulationSizes(),
                readOnly: Bool = false, storage: any JournalStorage = FileJournalStorage()) {
        self.state = state
        effects = ConsoleEffectRunner(lang: state.lang, sessionFolder: sessionFolder, freshSession: freshSession, library: library,
                                      populationRunner: populationRunner, populationSizes: populationSizes,
                                      readOnly: readOnly, storage: storage)
    }

    public mutating func handle(_ event: InputEvent, at now: ContinuousClock.Instant) {
        run(state.update(.input(event)))
        if state.replay != nil { state.stepReplay(now: now) }
        collectPopulationReports()
    }

    /// Performs `effects` in order; each result is an event for the state, whose own effects follow.
    public mutating func run(_ effects: [ConsoleEffect]) {
        // Entries asked for outside an update (the launcher's --day) join the journal's queue too.
        var queue = state.queued(effects)
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if let result = self.effects.perform(effect) { queue += state.update(result) }
        }
    }

    /// Hands the population jobs' reports to the state, and starts what they make necessary.
    public mutating func collectPopulationReports() {
        // Inline jobs report at once, and their reports can ask for more jobs: a few rounds at most.
        for _ in 0..<4 {
            let events = effects.drainPopulationReports()
            guard !events.isEmpty else { return }
            for event in events { run(state.update(event)) }
        }
    }

    /// The population runner, for the population screen's tests and benchmarks.
    public var populationRunner: PopulationJobRunner { effects.populationRunner }

    /// Polls quickly while a population job runs, so its figures and progress show without waiting.
    public var preferredTickMilliseconds: Int? { effects.populationRunner.isBusy || effects.modelTrainer.isBusy ? 50 : nil }

    public func render(width: Int, height: Int, glyphs: Glyphs) -> CellGrid {
        var sized = state
        sized.width = width
        sized.height = height
        return ScreenRenderer.render(sized, glyphs: glyphs)
    }

    public var isFinished: Bool { state.isFinished }
}
