import JRECore
import JREText

extension WorkshopState {
    /// Notes an event of the workshop in the session snapshot and asks for it to be written to the journal.
    mutating func record(_ entry: SessionEntry, effects: inout [ConsoleEffect]) {
        session.apply(entry)
        effects.append(.record(entry))
    }

    /// Puts the workshop back where a recorded session left it: clock, thresholds, ruleset decisions.
    public mutating func resume(_ snapshot: SessionSnapshot) {
        var values = simulation.startingParameters
        for (name, value) in snapshot.parameters {
            if let index = ruleset.parameterIndex(name), ruleset.parameters[index].accepts(value) { values[index] = value }
        }
        if values != parameters { apply(values) }
        if let day = snapshot.day { moveClockSilently(to: day) }
        session = snapshot
    }

    /// The last decision taken for a claimant in this session.
    public func lastDecision(for claimant: Int) -> DecisionRecord? {
        let id = scenario.claimants[claimant].id
        return session.decisions.last { $0.claimant == id }
    }

    /// The label of a decision id in the ruleset (or the id).
    public func decisionLabel(_ id: String, lang: Lang) -> String {
        ruleset.decisions.first { $0.id == id }?.label.resolve(lang) ?? id
    }

    /// What the screen shows for a claimant now, as a decision record.
    func decisionRecord(claimant: Int, decision: Decision, justification: String?, evidence: [String], lang: Lang) -> DecisionRecord {
        let person = scenario.claimants[claimant]
        let result = self.result(claimant)
        var levels: [String: String] = [:]
        var scores: [String: Double?] = [:]
        for (index, score) in ruleset.scores.enumerated() {
            let value = result.scoreValues[index]
            scores[score.id] = value.isFinite ? value : nil
            if let level = result.levels[index] { levels[score.id] = score.levels[level].name }
        }
        var parameterValues: [String: Double] = [:]
        for (index, parameter) in ruleset.parameters.enumerated() { parameterValues[parameter.id] = parameters[index] }
        return DecisionRecord(
            day: day, date: scenario.date(ofDay: day).description, claimant: person.id, claimantName: person.name,
            decision: decision.id, decisionLabel: decision.label.resolve(lang), justification: justification?.isEmpty == false ? justification : nil,
            evidence: evidence, alerts: ruleset.alerts.indices.filter { result.alerts[$0] }.map { ruleset.alerts[$0].id },
            levels: levels, scores: scores, parameters: parameterValues, ruleset: ruleset.id,
            rulesetHash: ruleset.source.fingerprint, scenarioHash: scenario.source.fingerprint)
    }

    /// The `opened` entry for this workshop's files.
    public var openedEntry: SessionEntry {
        SessionEntry(kind: .opened, day: day, ruleset: ruleset.id, scenario: reference,
                     scenarioHash: scenario.source.fingerprint, rulesetHash: ruleset.source.fingerprint)
    }

    /// Whether the files differ from those the session recorded.
    public func filesDiffer(from snapshot: SessionSnapshot) -> Bool {
        (snapshot.scenarioHash.map { $0 != scenario.source.fingerprint } ?? false)
            || (snapshot.rulesetHash.map { $0 != ruleset.source.fingerprint } ?? false)
    }
}
