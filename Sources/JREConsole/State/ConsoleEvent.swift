import JRECore
import JRETerminal

/// Something that happened to the console: an input, or what an effect found.
///
/// ``AppState/update(_:)`` takes every one of them; effects never change the state themselves.
public enum ConsoleEvent: Sendable {
    /// A key, a click, a resize, a tick or a signal.
    case input(InputEvent)
    /// The session folder is ready: what it held (resuming), and whether an old session was put aside first.
    case sessionOpened(SessionOpening)
    /// The session's journal cannot be opened for writing (and `--read-only` was not asked): the
    /// session is refused, never opened silently without its journal.
    case sessionFailedToOpen(reason: String)
    /// A journal entry could not be written (an entry written directly, outside the queue).
    case entryFailedToSave(reason: String)
    /// The waiting entries up to `through` (a ``PendingEntry/sequence``) are on disk; `failure` says
    /// why the next one is not.
    case journalWritten(through: Int, failure: String?)
    /// The scenario seen through its alternative rulesets; the first problem met, if one did not load.
    case alternativesLoaded([Simulation], problem: String?)
    /// The population screen is ready; a note when the ruleset asked for did not fit the population.
    case populationOpened(PopulationScreen, note: String?)
    /// No ruleset fits the synthetic population.
    case populationFailedToOpen(reason: String)
    /// A population evaluation reported (figures, progress, failure).
    case populationJob(PopulationJobEvent)
    /// A retraining reported (step, new model's figures, failure).
    case modelTraining(ModelTrainingEvent)
}

/// What opening a session found.
public struct SessionOpening: Sendable {
    public var folder: String
    /// The entries read back (empty for a new session).
    public var entries: [SessionEntry]
    /// Journal lines that could not be read (reported, skipped).
    public var unreadableLines: [Int]
    /// An earlier session was moved aside before this one started.
    public var archivedPrevious: Bool
    /// The journal is only read: nothing will be written (`--read-only`); why, for the footer.
    public var readOnly: String?
    /// The damaged lines, as reported on screen (torn or corrupt).
    public var problems: [JournalProblem]
    /// The journal file, for the notices.
    public var journalPath: String

    public init(folder: String, entries: [SessionEntry], unreadableLines: [Int], archivedPrevious: Bool, readOnly: String? = nil,
                problems: [JournalProblem]? = nil, journalPath: String? = nil) {
        self.folder = folder
        self.entries = entries
        self.unreadableLines = unreadableLines
        self.archivedPrevious = archivedPrevious
        self.readOnly = readOnly
        self.problems = problems ?? unreadableLines.map { JournalProblem(line: $0, torn: false) }
        self.journalPath = journalPath ?? folder + "/" + SessionJournal.fileName
    }
}
