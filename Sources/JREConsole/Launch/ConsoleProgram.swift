import Foundation
import JRECore
import JREText
import JRETerminal

/// The console as a terminal program: the state, updated by events, with its effects performed
/// (the session journal) before each render.
public struct ConsoleProgram: TerminalProgram {
    public var state: AppState
    /// Where sessions go: a fixed folder (`--session DIR`), else one per scenario in the user's data directory.
    public let sessionFolder: URL?
    /// Start a new session instead of resuming (`--new-session`): the old one is archived.
    public let freshSession: Bool
    /// Where the alternative rulesets are loaded from.
    public let library: ScenarioLibrary?
    /// Runs the population screen's evaluations off the screen's thread.
    public let populationRunner: PopulationJobRunner
    /// The population screen's sizes (the sample moved with the settings, the whole population on demand) and seed.
    public var populationSizes: PopulationSizes
    private var journal: SessionJournal?

    public init(state: AppState, sessionFolder: URL? = nil, freshSession: Bool = false, library: ScenarioLibrary? = nil,
                populationRunner: PopulationJobRunner? = nil, populationSizes: PopulationSizes = PopulationSizes()) {
        self.state = state
        self.sessionFolder = sessionFolder
        self.freshSession = freshSession
        self.library = library
        self.populationRunner = populationRunner ?? PopulationJobRunner(lang: state.lang)
        self.populationSizes = populationSizes
    }

    public mutating func handle(_ event: InputEvent, at now: ContinuousClock.Instant) {
        state.handle(event)
        if state.replay != nil { state.stepReplay(now: now) }
        performEffects()
        collectPopulationReports()
    }

    /// Hands the population jobs' reports to the state, and starts what they make necessary.
    public mutating func collectPopulationReports() {
        // Inline jobs report at once, and their reports can ask for more jobs: a few rounds at most.
        for _ in 0..<4 {
            let events = populationRunner.drain()
            guard !events.isEmpty else { return }
            for event in events { state.receive(event) }
            performEffects()
        }
    }

    /// Polls quickly while a population job runs, so its figures and progress show without waiting.
    public var preferredTickMilliseconds: Int? { populationRunner.isBusy ? 50 : nil }

    /// Performs what the updates asked for, in order; a failure shows in the footer, never a crash.
    public mutating func performEffects() {
        while !state.pendingEffects.isEmpty {
            let effect = state.pendingEffects.removeFirst()
            // A replay only shows a recorded session: it never opens or writes one.
            if state.replay != nil, case .record = effect { continue }
            if state.replay != nil, effect == .openSession || effect == .startNewSession { continue }
            switch effect {
            case .openSession: openSession(archivingFirst: freshSession)
            case .startNewSession: openSession(archivingFirst: true)
            case .loadAlternatives: loadAlternatives()
            case .openPopulation(let opening): openPopulation(opening)
            case .startPopulationJob(let job): populationRunner.start(job)
            case .cancelPopulationJobs(let ids): populationRunner.cancel(ids)
            case .record(let entry):
                guard let journal else { continue }
                do {
                    try journal.append(entry)
                } catch {
                    state.status = Strings.sessionWriteFailed.format(state.lang, Self.describe(error))
                }
            }
        }
    }

    /// Loads the scenario through each of its alternative rulesets; one that does not load is reported.
    private mutating func loadAlternatives() {
        guard let library, var workshop = state.workshop else { return }
        let names = workshop.scenario.alternativeRulesets
        guard !names.isEmpty, let located = library.locateScenario(workshop.reference) else { return }
        var loaded = [workshop.simulation]
        for name in names {
            let report = library.loadScenario(located, lang: state.lang, rulesetReference: name)
            if let simulation = report.simulation {
                loaded.append(simulation)
            } else if let first = report.diagnostics.errors.first {
                state.status = first.headline(state.lang)
            }
        }
        workshop.rulesets = loaded
        state.workshop = workshop
    }

    /// Opens the workshop's session: resumes what it recorded, or starts it; records the opening.
    private mutating func openSession(archivingFirst: Bool) {
        guard var workshop = state.workshop else { return }
        let folder = sessionFolder ?? SessionJournal.defaultFolder(scenario: workshop.scenario.id)
        journal = nil
        do {
            if archivingFirst, SessionJournal.exists(folder: folder) {
                try SessionJournal.archive(folder: folder)
                workshop = WorkshopState(simulation: workshop.simulation, day: 1, reference: workshop.reference)
                state.status = Strings.sessionNewStarted(state.lang)
            }
            let (entries, problems) = SessionJournal.read(folder: folder)
            journal = try SessionJournal(folder: folder)
            if !entries.isEmpty {
                let snapshot = SessionSnapshot(entries: entries)
                // The session was seeing the scenario through another ruleset: switch back to it first.
                if let ruleset = snapshot.ruleset, ruleset != workshop.ruleset.id,
                   let other = workshop.rulesets.first(where: { $0.ruleset.id == ruleset }) {
                    workshop = workshop.switched(to: other, record: false)
                }
                workshop.filesChanged = workshop.filesDiffer(from: snapshot)
                workshop.resume(snapshot)
                if state.screen == .briefing { state.screen = .board }
                state.status = Strings.sessionResumed.format(state.lang, String(snapshot.decisions.count), String(workshop.day))
            }
            if !problems.isEmpty {
                state.status = Strings.sessionUnreadable.format(state.lang, problems.map { String($0.line) }.joined(separator: ", "))
            }
            state.session = SessionStatus(folder: folder.path, resumedEntries: entries.count, unreadableLines: problems.map(\.line))
            try journal?.append(workshop.openedEntry)
            workshop.session.apply(workshop.openedEntry)
        } catch {
            state.status = Strings.sessionWriteFailed.format(state.lang, Self.describe(error))
        }
        workshop.pendingEntries = []
        state.workshop = workshop
    }

    static func describe(_ error: any Error) -> String {
        switch error as? SessionError {
        case .cannotCreate(let path, let reason)?, .cannotWrite(let path, let reason)?: return "\(path): \(reason)"
        default: return "\(error)"
        }
    }

    public func render(width: Int, height: Int, glyphs: Glyphs) -> CellGrid {
        var sized = state
        sized.width = width
        sized.height = height
        return ScreenRenderer.render(sized, glyphs: glyphs)
    }

    public var isFinished: Bool { state.isFinished }
}
