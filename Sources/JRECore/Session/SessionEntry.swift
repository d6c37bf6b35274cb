import Foundation

/// One line of a session journal: something that happened in the workshop, named for what it was.
///
/// Stored as JSON Lines (one object per line), flat with optional fields so a line stays readable
/// and any tool can parse it.
public struct SessionEntry: Codable, Sendable, Equatable {
    /// What happened.
    public enum Kind: String, Codable, Sendable {
        /// The session was opened on a scenario (first line, and again after each restart).
        case opened
        case clockMoved = "clock_moved"
        case thresholdChanged = "threshold_changed"
        case thresholdsReset = "thresholds_reset"
        case rulesetSwitched = "ruleset_switched"
        case decisionTaken = "decision_taken"
    }

    public var kind: Kind
    /// When it was recorded (ISO 8601, UTC).
    public var at: String
    public var day: Int?
    public var parameter: String?
    public var value: Double?
    public var ruleset: String?
    public var scenario: String?
    public var scenarioHash: String?
    public var rulesetHash: String?
    public var decision: DecisionRecord?

    public init(kind: Kind, at: String = SessionEntry.timestamp(), day: Int? = nil, parameter: String? = nil, value: Double? = nil,
                ruleset: String? = nil, scenario: String? = nil, scenarioHash: String? = nil, rulesetHash: String? = nil,
                decision: DecisionRecord? = nil) {
        self.kind = kind
        self.at = at
        self.day = day
        self.parameter = parameter
        self.value = value
        self.ruleset = ruleset
        self.scenario = scenario
        self.scenarioHash = scenarioHash
        self.rulesetHash = rulesetHash
        self.decision = decision
    }

    enum CodingKeys: String, CodingKey {
        case kind = "type", at, day, parameter, value, ruleset, scenario
        case scenarioHash = "scenario_hash", rulesetHash = "ruleset_hash", decision
    }

    /// Now, as ISO 8601 in UTC.
    public static func timestamp(_ date: Date = Date()) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}

/// An advisor's decision as the room took it, with what the screen showed at that moment.
public struct DecisionRecord: Codable, Sendable, Equatable {
    public var day: Int
    public var date: String
    public var claimant: String
    public var claimantName: String
    public var decision: String
    public var decisionLabel: String
    public var justification: String?
    /// The indices named for a decision with a guard-rail.
    public var evidence: [String]
    /// The alerts on for this claimant when the decision was taken.
    public var alerts: [String]
    /// Each levelled score's level then (score id → level name).
    public var levels: [String: String]
    /// Each score's value then (null for never).
    public var scores: [String: Double?]
    /// The parameter values in force.
    public var parameters: [String: Double]
    public var ruleset: String
    public var rulesetHash: String
    public var scenarioHash: String

    public init(day: Int, date: String, claimant: String, claimantName: String, decision: String, decisionLabel: String,
                justification: String?, evidence: [String], alerts: [String], levels: [String: String], scores: [String: Double?],
                parameters: [String: Double], ruleset: String, rulesetHash: String, scenarioHash: String) {
        self.day = day
        self.date = date
        self.claimant = claimant
        self.claimantName = claimantName
        self.decision = decision
        self.decisionLabel = decisionLabel
        self.justification = justification
        self.evidence = evidence
        self.alerts = alerts
        self.levels = levels
        self.scores = scores
        self.parameters = parameters
        self.ruleset = ruleset
        self.rulesetHash = rulesetHash
        self.scenarioHash = scenarioHash
    }

    enum CodingKeys: String, CodingKey {
        case day, date, claimant, claimantName = "claimant_name", decision, decisionLabel = "decision_label", justification
        case evidence, alerts, levels, scores, parameters, ruleset, rulesetHash = "ruleset_hash", scenarioHash = "scenario_hash"
    }
}
