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
    /// `--read-only`: sessions are read and resumed, never written.
    public let readOnly: Bool
    /// Where the journal's bytes go (the file system; a faulty disk in tests).
    public let storage: any JournalStorage
    private var journal: SessionJournal?
    /// The last waiting entry written (its sequence), so an entry is never written twice.
    private var lastWritten = 0

    public init(lang: Lang, sessionFolder: URL? = nil, freshSession: Bool = false, archives: Bool = true, library: ScenarioLibrary? = nil,
                populationRunner: PopulationJobRunner? = nil, populationSizes: PopulationSizes = PopulationSizes(),
                readOnly: Bool = false, storage: any JournalStorage = FileJournalStorage()) {
        self.lang = lang
        self.readOnly = readOnly
        self.storage = storage
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
        case .cancelModelTraining(let id):
            modelTrainer.cancel(id)
            return nil
        case .record(let entry):
            guard let journal else { return readOnly ? nil : .entryFailedToSave(reason: Strings.sessionNotOpen(lang)) }
            do {
                try journal.append(entry, durable: Self.isDurable(entry))
                return nil
            } catch {
                return .entryFailedToSave(reason: Self.describe(error))
            }
        case .writeJournal(let pending):
            return write(pending)
        }
    }

    /// Decisions and openings are flushed to the disk (fsync) before they count as saved; the other
    /// entries are written (in the system's cache) and become durable with the next flush.
    static func isDurable(_ entry: SessionEntry) -> Bool {
        entry.kind == .decisionTaken || entry.kind == .opened
    }

    /// Writes the waiting entries in order, stopping at the first failure.
    private mutating func write(_ pending: [PendingEntry]) -> ConsoleEvent? {
        guard let journal else {
            return .journalWritten(through: lastWritten, failure: Strings.sessionNotOpen(lang))
        }
        for item in pending where item.sequence > lastWritten {
            do {
                try journal.append(item.entry, durable: Self.isDurable(item.entry))
                lastWritten = item.sequence
            } catch {
                return .journalWritten(through: lastWritten, failure: Self.reason(error))
            }
        }
        return .journalWritten(through: max(lastWritten, pending.last?.sequence ?? 0), failure: nil)
    }

    /// The population jobs' reports since the last call.
    public func drainPopulationReports() -> [ConsoleEvent] {
        populationRunner.drain().map { .populationJob($0) } + modelTrainer.drain().map { .modelTraining($0) }
    }

    /// Opens the scenario's session folder and journal, first moving an old session aside when asked.
    ///
    /// A journal that exists but cannot be read, or that cannot be opened for appending, refuses the
    /// session (``ConsoleEvent/sessionFailedToOpen(reason:)``) unless the runner is read-only: then
    /// the session opens on what could be read, marked read-only.
    private mutating func openSession(scenario: String, archivingFirst: Bool) -> ConsoleEvent {
        let folder = sessionFolder ?? SessionJournal.defaultFolder(scenario: scenario)
        journal = nil
        let path = folder.appendingPathComponent(SessionJournal.fileName).path
        if readOnly {
            let contents = SessionJournal.load(folder: folder, storage: storage)
            let why = contents.unreadable.map { $0 + " — " + path } ?? "--read-only"
            return .sessionOpened(SessionOpening(folder: folder.path, entries: contents.entries, unreadableLines: contents.problems.map(\.line),
                                                 archivedPrevious: false, readOnly: why, problems: contents.problems, journalPath: path))
        }
        do {
            var archived = false
            if archivingFirst, SessionJournal.exists(folder: folder) {
                try SessionJournal.archive(folder: folder)
                archived = true
            }
            let contents = SessionJournal.load(folder: folder, storage: storage)
            if let reason = contents.unreadable {
                return .sessionFailedToOpen(reason: Strings.journalCannotOpen.format(lang, path, reason))
            }
            journal = try SessionJournal(folder: folder, storage: storage)
            lastWritten = 0
            return .sessionOpened(SessionOpening(folder: folder.path, entries: contents.entries, unreadableLines: contents.problems.map(\.line),
                                                 archivedPrevious: archived, problems: contents.problems, journalPath: path))
        } catch {
            switch error {
            case .cannotCreate(let failed, let reason), .cannotWrite(let failed, let reason):
                return .sessionFailedToOpen(reason: Strings.journalCannotOpen.format(lang, failed, reason))
            }
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

    /// The system's reason alone (the footer names the journal once, not in every message).
    static func reason(_ error: SessionError) -> String {
        switch error {
        case .cannotCreate(_, let reason), .cannotWrite(_, let reason): return reason
        }
    }

    static func describe(_ error: any Error) -> String {
        switch error as? SessionError {
        case .cannotCreate(let path, let reason)?, .cannotWrite(let path, let reason)?: return "\(path): \(reason)"
        default: return "\(error)"
        }
    }
}
