import JRECore
import JREText

/// One opened scenario: the clock, the thresholds, what is selected and what is open.
public struct WorkshopState: Sendable {
    /// Which pane has the keyboard.
    public enum Focus: Sendable, Equatable {
        case board
        case file
    }

    /// What the « Pourquoi ? » pane explains.
    public enum WhyTarget: Sendable, Equatable {
        case score(Int)
        case alert(Int)
    }

    /// How the caseload is sorted inside each group.
    public enum Sort: Int, Sendable, CaseIterable {
        case name
        case severity
        case lastLogin
    }

    public let simulation: Simulation
    /// How the scenario was opened (bundled name or path), recorded in the session.
    public var reference: String
    public var parameters: ParameterValues
    /// What the session journal holds so far (decisions, threshold changes…), kept in step with it.
    public var session = SessionSnapshot()
    /// Claimants whose last decision is not on disk yet (a failed write, a read-only session): the
    /// board and the file mark it « NON enregistrée » instead of ✓.
    public var unsavedClaimants: Set<String> = []
    /// The threshold lab's selected parameter (the value being typed is ``Modal/labEntry(_:)``).
    public var labSelection = 0
    /// The last typed value the lab refused (out of range or not a number).
    public var labProblem: String?
    /// Every ruleset this scenario can be seen through (its own first, then `alternative_rulesets`).
    public var rulesets: [Simulation] = []
    public private(set) var history: BoardHistory
    public private(set) var day: Int
    /// The day before the last clock step, to mark alerts that appeared since.
    public private(set) var previousDay: Int?
    /// The claimant index selected on the board.
    public var selectedClaimant: Int
    /// The exact board row of the selection, for claimants listed under several alerts.
    public var selectedRowHint: Int?
    public var focus: Focus = .board
    /// Which of the file's items (scores, then alerts) is selected for « Pourquoi ? ».
    public var fileSelection = 0
    public var why: WhyTarget?
    public var whyScroll = 0
    /// « Pourquoi ? » shows the full formulas instead of sentences (the `F` key).
    public var whyFormulas = false
    public var fileScroll = 0
    /// Only the claimants under this alert (index), or all.
    public var alertFilter: Int?
    /// Only claimants with at least this severity on some score.
    public var severityFilter: Severity?
    public var sort: Sort = .name
    /// The text typed after `/`, filtering by name (typed while ``Modal/search`` is open).
    public var search = ""
    /// The claimant file on a screen of its own (narrow terminals).
    public var fileFullScreen = false

    public init(simulation: Simulation, day: Int, reference: String? = nil) {
        self.simulation = simulation
        self.reference = reference ?? simulation.scenario.id
        rulesets = [simulation]
        parameters = simulation.startingParameters
        history = simulation.history(parameters: simulation.startingParameters)
        self.day = max(1, min(day, simulation.scenario.days))
        selectedClaimant = 0
    }

    public var scenario: Scenario { simulation.scenario }
    public var ruleset: Ruleset { simulation.ruleset }

    /// Moves the clock and records it; returns the first checkpoint reached on the way forward.
    @discardableResult
    public mutating func moveClock(to target: Int, effects: inout [ConsoleEffect]) -> Checkpoint? {
        let clamped = max(1, min(target, scenario.days))
        guard clamped != day else { return nil }
        let reached = clamped > day ? scenario.checkpoints.first { $0.day > day && $0.day <= clamped } : nil
        moveClockSilently(to: clamped)
        record(SessionEntry(kind: .clockMoved, day: day), effects: &effects)
        return reached
    }

    /// Moves the clock without a checkpoint or a journal entry (resuming a session).
    mutating func moveClockSilently(to target: Int) {
        let clamped = max(1, min(target, scenario.days))
        guard clamped != day else { return }
        previousDay = day
        day = clamped
        whyScroll = 0
    }

    /// Recomputes every day with new parameter values.
    public mutating func apply(_ values: ParameterValues) {
        parameters = values
        history = simulation.history(parameters: values)
    }

    /// Sets one parameter (checked against its range), recomputes and records the change.
    public mutating func setParameter(_ index: Int, to value: Double, effects: inout [ConsoleEffect]) -> Bool {
        let parameter = ruleset.parameters[index]
        guard value.isFinite, parameter.accepts(value) else { return false }
        guard parameters[index] != value else { return true }
        var values = parameters
        values[index] = value
        apply(values)
        record(SessionEntry(kind: .thresholdChanged, day: day, parameter: parameter.id, value: value), effects: &effects)
        return true
    }

    /// Puts every parameter back to the scenario's starting values and records it.
    public mutating func resetParameters(effects: inout [ConsoleEffect]) {
        guard parameters != simulation.startingParameters else { return }
        apply(simulation.startingParameters)
        record(SessionEntry(kind: .thresholdsReset, day: day), effects: &effects)
    }

    public func result(_ claimant: Int) -> ClaimantResult { history.result(claimant: claimant, day: day) }

    /// Whether `alert` is on today for `claimant` but was off on the day before the last step.
    public func isNew(claimant: Int, alert: Int) -> Bool {
        guard let previousDay else { return false }
        return history.isAlertOn(claimant: claimant, day: day, alert: alert) && !history.isAlertOn(claimant: claimant, day: previousDay, alert: alert)
    }

    /// Days since the claimant's last login up to today, nil when none.
    /// Whether the board has an age column: some claimant's profile says an age (households don't).
    public var boardShowsAge: Bool { scenario.claimants.contains { $0.profileValue("age") != nil } }

    /// Whether the board has a last-login column: the rules know logins (the CAF's don't).
    public var boardShowsLogin: Bool { ruleset.eventType("login") != nil }

    public func daysSinceLogin(_ claimant: Int) -> Int? {
        scenario.claimants[claimant].events.last { $0.type == "login" && $0.day <= day }.map { day - $0.day }
    }

    /// The most severe level of the claimant's scores today.
    public func worstSeverity(_ claimant: Int) -> Severity? {
        let result = self.result(claimant)
        var worst: Severity?
        for (index, level) in result.levels.enumerated() {
            guard let level else { continue }
            let severity = ruleset.scores[index].levels[level].severity
            if worst == nil || rank(severity) > rank(worst!) { worst = severity }
        }
        return worst
    }

    func rank(_ severity: Severity) -> Int {
        switch severity {
        case .ok: return 0
        case .watch: return 1
        case .alert: return 2
        }
    }

    /// The scores that have levels (the ones the board shows as badges).
    public var levelledScores: [Int] { ruleset.scores.indices.filter { !ruleset.scores[$0].levels.isEmpty } }

    /// The intermediate scores without levels (signals other rules read).
    public var signalScores: [Int] { ruleset.scores.indices.filter { ruleset.scores[$0].levels.isEmpty } }

    /// The next checkpoint after today, if any.
    public var nextCheckpoint: Checkpoint? { scenario.checkpoints.first { $0.day > day } }
}
