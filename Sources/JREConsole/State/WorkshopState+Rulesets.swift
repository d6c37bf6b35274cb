import JRECore

extension WorkshopState {
    /// The same workshop seen through another ruleset: same claimants, day, selection and session.
    func switched(to simulation: Simulation) -> WorkshopState {
        var other = WorkshopState(simulation: simulation, day: day, reference: reference)
        other.rulesets = rulesets
        other.selectedClaimant = selectedClaimant
        other.session = session
        other.focus = focus
        other.fileFullScreen = fileFullScreen
        return other
    }

    /// Switches to another ruleset and records it.
    mutating func switchRuleset(to simulation: Simulation, effects: inout [ConsoleEffect]) {
        self = switched(to: simulation)
        record(SessionEntry(kind: .rulesetSwitched, day: day, ruleset: simulation.ruleset.id,
                            rulesetHash: simulation.ruleset.source.fingerprint), effects: &effects)
    }

    /// The next ruleset in the list (wrapping), or nil when the scenario has only one.
    var nextRuleset: Simulation? {
        guard rulesets.count > 1 else { return nil }
        let current = rulesets.firstIndex { $0.ruleset.id == ruleset.id } ?? 0
        return rulesets[(current + 1) % rulesets.count]
    }
}
