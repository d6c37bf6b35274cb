import Foundation
import JRECore
import JREText

/// Performs the console's effects — the session journal, loading rulesets, the population jobs —
/// and says what each one found as a ``ConsoleEvent``; it never reads or changes the console's state.
///
/// ``ConsoleProgram`` owns one; the kiosk owns one per visitor.
public struct ConsoleEffectRunner {
    /// Where sessions go: a fixed folder (`--session DIR`), else one per scenario in the user's data directory.
    public let sessionFolder: URL?
    /// Start a new session instead of resuming (`--new-session`): the old one is archived.
    public let freshSession: Bool
    /// Whether a new session may put an old one aside (the kiosk never archives: it starts empty).
    public let archives: Bool
    /// Where the alternative rulesets and the population's rulesets are loaded from.
    public let library: ScenarioLibrary?
    /// Runs the population screen's evaluations off the screen's thread.
    public let populationRunner: PopulationJobRunner
    /// Retrains trained scores for the model screen (one job at a time).
    public let modelTrainer: ModelTrainingRunner
    /// The population screen's sizes (the sample moved with the settings, the whole population on demand) and seed.
    public var populationSizes: PopulationSizes
    public let lang: Lang
    private var journal: SessionJournal?

    public init(lang: Lang, sessionFolder: URL? = nil, freshSession: Bool = false, archives: Bool = true, library: ScenarioLibrary? = nil,
                populationRunner: PopulationJobRunner? = nil, populationSizes: PopulationSizes = PopulationSizes()) {
        self.lang = lang
        self.sessionFolder = sessionFolder
        self.freshSession = freshSession
        self.archives = archives
        self.library = library
        self.populationRunner = populationRunner ?? PopulationJobRunner(lang: lang)
        modelTrainer = ModelTrainingRunner()
        self.populationSizes = populationSizes
    }

    /// Performs one effect; what it found, if the console needs to know.
    public mutating func perform(_ effect: ConsoleEffect) -> ConsoleEvent? {
        switch effect {
        case .openSession(let scenario): return openSession(scenario: scenario, archivingFirst: freshSession && archives)
        case .startNewSession(let scenario): return openSession(scenario: scenario, archivingFirst: archives)
        case .loadAlternatives(let reference, let names): return loadAlternatives(reference: reference, names: names)
        case .openPopulation(let opening): return openPopulation(opening)
        case .startPopulationJob(let job):
            populationRunner.start(job)
            return nil
        case .cancelPopulationJobs(let ids):
            populationRunner.cancel(ids)
            return nil
        case .trainModel(let job):
            modelTrainer.start(job)
            return nil
        case .record(let entry):
            guard let journal else { return nil }
            do {
                try journal.append(entry)
                return nil
            } catch {
                return .entryFailedToSave(reason: Self.describe(error))
            }
        }
    }

    /// The population jobs' reports since the last call.
    public func drainPopulationReports() -> [ConsoleEvent] {
        populationRunner.drain().map { .populationJob($0) } + modelTrainer.drain().map { .modelTraining($0) }
    }

    /// Opens the scenario's session folder and journal, first moving an old session aside when asked.
    private mutating func openSession(scenario: String, archivingFirst: Bool) -> ConsoleEvent {
        let folder = sessionFolder ?? SessionJournal.defaultFolder(scenario: scenario)
        journal = nil
        do {
            var archived = false
            if archivingFirst, SessionJournal.exists(folder: folder) {
                try SessionJournal.archive(folder: folder)
                archived = true
            }
            let (entries, problems) = SessionJournal.read(folder: folder)
            journal = try SessionJournal(folder: folder)
            return .sessionOpened(SessionOpening(folder: folder.path, entries: entries, unreadableLines: problems.map(\.line),
                                                 archivedPrevious: archived))
        } catch {
            return .sessionFailedToOpen(reason: Self.describe(error))
        }
    }

    /// Loads the scenario through each of its alternative rulesets; the first that does not load is reported.
    private func loadAlternatives(reference: String, names: [String]) -> ConsoleEvent? {
        guard let library, !names.isEmpty, let located = library.locateScenario(reference) else { return nil }
        var loaded: [Simulation] = []
        var problem: String?
        for name in names {
            let report = library.loadScenario(located, lang: lang, rulesetReference: name)
            if let simulation = report.simulation {
                loaded.append(simulation)
            } else if let first = report.diagnostics.errors.first {
                problem = first.headline(lang)
            }
        }
        return .alternativesLoaded(loaded, problem: problem)
    }

    static func describe(_ error: any Error) -> String {
        switch error as? SessionError {
        case .cannotCreate(let path, let reason)?, .cannotWrite(let path, let reason)?: return "\(path): \(reason)"
        default: return "\(error)"
        }
    }
}
