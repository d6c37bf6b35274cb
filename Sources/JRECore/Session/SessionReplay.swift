/// Where a session stands after its journal: the clock, the thresholds, the ruleset, the decisions.
public struct SessionSnapshot: Sendable, Equatable {
    public var day: Int?
    /// Parameter values changed during the session (name → value), applied over the starting values.
    public var parameters: [String: Double] = [:]
    public var ruleset: String?
    public var decisions: [DecisionRecord] = []
    /// The hashes recorded when the session was last opened, to notice files that changed since.
    public var scenarioHash: String?
    public var rulesetHash: String?
    /// Every threshold change, in order, for the debrief.
    public var thresholdHistory: [(day: Int?, parameter: String?, value: Double?)] = []

    public init() {}

    /// Replays the entries in order.
    public init(entries: [SessionEntry]) {
        for entry in entries { apply(entry) }
    }

    public mutating func apply(_ entry: SessionEntry) {
        switch entry.kind {
        case .opened:
            day = entry.day ?? day
            scenarioHash = entry.scenarioHash ?? scenarioHash
            rulesetHash = entry.rulesetHash ?? rulesetHash
            if let ruleset = entry.ruleset { self.ruleset = ruleset }
        case .clockMoved:
            day = entry.day ?? day
        case .thresholdChanged:
            if let name = entry.parameter, let value = entry.value { parameters[name] = value }
            thresholdHistory.append((entry.day, entry.parameter, entry.value))
        case .thresholdsReset:
            parameters = [:]
            thresholdHistory.append((entry.day, nil, nil))
        case .rulesetSwitched:
            ruleset = entry.ruleset
            rulesetHash = entry.rulesetHash ?? rulesetHash
            parameters = [:]
            // Changes made under the previous ruleset do not apply to this one: the debrief starts
            // the new ruleset from its starting values.
            thresholdHistory = [(entry.day, nil, nil)]
        case .decisionTaken:
            if let decision = entry.decision { decisions.append(decision) }
        }
    }

    public static func == (a: SessionSnapshot, b: SessionSnapshot) -> Bool {
        a.day == b.day && a.parameters == b.parameters && a.ruleset == b.ruleset && a.decisions == b.decisions
            && a.scenarioHash == b.scenarioHash && a.rulesetHash == b.rulesetHash
    }
}
