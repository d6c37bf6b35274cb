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
    /// The session could not be opened or created (the console goes on without a journal).
    case sessionFailedToOpen(reason: String)
    /// A journal entry could not be written.
    case entryFailedToSave(reason: String)
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

    public init(folder: String, entries: [SessionEntry], unreadableLines: [Int], archivedPrevious: Bool) {
        self.folder = folder
        self.entries = entries
        self.unreadableLines = unreadableLines
        self.archivedPrevious = archivedPrevious
    }
}
