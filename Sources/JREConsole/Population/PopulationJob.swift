import JRECore
import JREPopulation

/// A population evaluation the console asks for, run off the screen's thread by ``PopulationJobRunner``.
public struct PopulationJob: Sendable, Equatable {
    /// What is computed.
    public enum Kind: Sendable, Equatable {
        /// The figures of the sample, for the current settings.
        case sample
        /// The sample's counts for each value of one parameter (the others as they are): the lab's chart.
        case sweep(parameter: Int, values: [Double])
        /// The figures of the whole population, on demand (long: a progress bar, Esc stops it).
        case full
    }

    public var id: Int
    public var kind: Kind
    public var population: SyntheticPopulation
    public var rules: PopulationRules
    public var day: Int
    public var parameters: ParameterValues
    /// The attributes the figures are broken down by.
    public var groupBy: [String]

    public init(id: Int, kind: Kind, population: SyntheticPopulation, rules: PopulationRules, day: Int, parameters: ParameterValues,
                groupBy: [String]) {
        self.id = id
        self.kind = kind
        self.population = population
        self.rules = rules
        self.day = day
        self.parameters = parameters
        self.groupBy = groupBy
    }

    /// Jobs are told apart by their number.
    public static func == (lhs: PopulationJob, rhs: PopulationJob) -> Bool { lhs.id == rhs.id && lhs.kind == rhs.kind }
}

/// What a running job reports back to the console.
public enum PopulationJobEvent: Sendable {
    /// A share of the work is done (0 to 1), `elapsed` after the start.
    case progress(id: Int, fraction: Double, elapsed: Duration)
    case evaluated(id: Int, figures: PopulationFigures)
    case swept(id: Int, curve: PopulationCurve)
    /// The job was stopped (Esc) before the end.
    case cancelled(id: Int)
    /// The job could not run (an unknown grouping, say): the message for the footer.
    case failed(id: Int, message: String)

    public var id: Int {
        switch self {
        case .progress(let id, _, _), .evaluated(let id, _), .swept(let id, _), .cancelled(let id), .failed(let id, _): id
        }
    }
}

/// One evaluation's report, with the settings it was computed for.
public struct PopulationFigures: Sendable {
    public var report: PopulationReport
    public var rulesetID: String
    public var parameters: ParameterValues
    /// How many claimants were evaluated (the sample's or the whole population's size).
    public var claimants: Int
    public var elapsed: Duration
    /// The ruleset's trained score read at the national capacities (``PopulationFigures/capacities``),
    /// counted in the same walk; nil without a trained score.
    public var capacity: [CapacityReport]?

    public init(report: PopulationReport, rulesetID: String, parameters: ParameterValues, claimants: Int, elapsed: Duration,
                capacity: [CapacityReport]? = nil) {
        self.report = report
        self.rulesetID = rulesetID
        self.parameters = parameters
        self.claimants = claimants
        self.elapsed = elapsed
        self.capacity = capacity
    }

    /// The capacities the screen shows: the 2024 job-search controls and the 2027 target (a year each).
    public static let capacities = [CapacityReport.controls2024, CapacityReport.target2027]
}

/// The lab's chart: the sample's counts for each value of one parameter, the others fixed.
public struct PopulationCurve: Sendable {
    public var rulesetID: String
    public var parameter: Int
    public var values: [Double]
    /// The settings the other parameters had (the swept one as it was when asked).
    public var parameters: ParameterValues
    public var claimants: Int
    /// Per value: claimants with at least one alert.
    public var flagged: [Int]
    /// Per alert, per value: claimants with that alert.
    public var alerts: [[Int]]

    public init(rulesetID: String, parameter: Int, values: [Double], parameters: ParameterValues, tallies: [PopulationTally]) {
        self.rulesetID = rulesetID
        self.parameter = parameter
        self.values = values
        self.parameters = parameters
        claimants = tallies.first?.claimants ?? 0
        flagged = tallies.map(\.flagged)
        let alertCount = tallies.first?.alertCounts.count ?? 0
        alerts = (0..<alertCount).map { alert in tallies.map { $0.alertCounts[alert] } }
    }

    /// Whether the chart was drawn for `parameters` of ruleset `rulesetID`, parameter `parameter` free.
    public func fits(rulesetID: String, parameter: Int, parameters: ParameterValues) -> Bool {
        guard self.rulesetID == rulesetID, self.parameter == parameter, self.parameters.values.count == parameters.values.count else { return false }
        return parameters.values.indices.allSatisfy { $0 == parameter || self.parameters[$0] == parameters[$0] }
    }

    /// The index of the value nearest `value`.
    public func nearestIndex(to value: Double) -> Int {
        values.indices.min { abs(values[$0] - value) < abs(values[$1] - value) } ?? 0
    }
}
