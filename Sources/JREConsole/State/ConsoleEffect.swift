import Foundation
import JRECore

/// Something the console must do outside its state (file I/O, work off the screen's thread), asked for by an update.
///
/// Updates stay pure: ``AppState/update(_:)`` returns the effects it wants; ``ConsoleProgram`` performs
/// them right away (before the next render) with a ``ConsoleEffectRunner`` and hands what they found back
/// as a ``ConsoleEvent``.
public enum ConsoleEffect: Sendable, Equatable {
    /// Open (or resume) the session of the scenario just opened (its id names the default folder).
    case openSession(scenario: String)
    /// Note an entry for the session journal: ``AppState/update(_:)`` queues it and asks for ``writeJournal(_:)``.
    case record(SessionEntry)
    /// Append the waiting entries to the session journal, in order, stopping at the first that fails
    /// (decisions and openings flushed with fsync); entries already written are skipped.
    case writeJournal([PendingEntry])
    /// Move the scenario's current session aside and start a new one.
    case startNewSession(scenario: String)
    /// Load the scenario's alternative rulesets (`alternative_rulesets`) on the same claimants.
    case loadAlternatives(reference: String, rulesets: [String])
    /// Load the rulesets for the population screen and open it.
    case openPopulation(PopulationOpening)
    /// Start a population evaluation off the screen's thread.
    case startPopulationJob(PopulationJob)
    /// Stop population evaluations (their results are dropped).
    case cancelPopulationJobs([Int])
    /// Retrain a trained score off the screen's thread (the model screen's `T`).
    case trainModel(ModelTrainingJob)
    /// Stop a model-screen job at its next step (Esc during a retraining).
    case cancelModelTraining(Int)
}

/// What the population screen opens with: the workshop's ruleset and settings, or the bundled default.
public struct PopulationOpening: Sendable, Equatable {
    /// The ruleset in use (nil: the bundled default), and the settings to start from.
    public var ruleset: Ruleset?
    public var parameters: ParameterValues?
    /// What `r` and `R` go back to (the scenario's starting values; default: the settings to start from).
    public var startingParameters: ParameterValues?
    /// The setting selected first (the lab's).
    public var selection: Int
    public var returnTo: AppState.Screen

    public init(ruleset: Ruleset?, parameters: ParameterValues?, startingParameters: ParameterValues? = nil, selection: Int = 0,
                returnTo: AppState.Screen) {
        self.ruleset = ruleset
        self.parameters = parameters
        self.startingParameters = startingParameters
        self.selection = selection
        self.returnTo = returnTo
    }

    public static func == (lhs: PopulationOpening, rhs: PopulationOpening) -> Bool {
        lhs.ruleset?.id == rhs.ruleset?.id && lhs.parameters == rhs.parameters && lhs.startingParameters == rhs.startingParameters
            && lhs.selection == rhs.selection && lhs.returnTo == rhs.returnTo
    }
}

/// The session as the console sees it: where it is stored and what resuming found.
public struct SessionStatus: Sendable, Equatable {
    public var folder: String
    /// Entries read back when the session was resumed.
    public var resumedEntries: Int
    /// Journal lines that could not be read (reported, skipped).
    public var unreadableLines: [Int]
}
