import JREConsole
import JRECore
import JRETerminal

/// Who the guided run follows: a claimant on whom an alert lights up a few days in, ideally
/// one whose hidden life explains the signal (so the reveal teaches something).
public struct GuidedPlan: Sendable, Equatable {
    /// The scenario's index in the catalog.
    public var scenario: Int
    public var claimant: Int
    public var alert: Int
    /// The first day the alert is on for the claimant.
    public var alertDay: Int

    public init(scenario: Int, claimant: Int, alert: Int, alertDay: Int) {
        self.scenario = scenario
        self.claimant = claimant
        self.alert = alert
        self.alertDay = alertDay
    }

    /// The earliest day an alert may light up (the visitor first sees a quiet board).
    static let earliestDay = 4
    /// The latest (so that time passing stays short).
    static let latestDay = 63

    /// The plan for the first scenario that has a fitting claimant.
    static func find(in entries: [PickerState.Entry]) -> GuidedPlan? {
        for (index, entry) in entries.enumerated() {
            guard let simulation = entry.simulation else { continue }
            if let plan = find(in: simulation, scenario: index) { return plan }
        }
        return nil
    }

    /// The best claimant of one scenario: a life event or active search behind the alert
    /// first, then the earliest alert; a claimant with a context always.
    static func find(in simulation: Simulation, scenario: Int) -> GuidedPlan? {
        let history = simulation.history(parameters: simulation.startingParameters)
        let claimants = simulation.scenario.claimants
        let lastDay = min(simulation.scenario.days, latestDay)
        guard lastDay >= earliestDay else { return nil }
        var best: (rank: Int, plan: GuidedPlan)?
        for (index, claimant) in claimants.enumerated() where !(claimant.context?.isEmpty ?? true) {
            for alert in simulation.ruleset.alerts.indices {
                guard let first = (1...lastDay).first(where: { history.isAlertOn(claimant: index, day: $0, alert: alert) }),
                      first >= earliestDay else { continue }
                let rank = (claimant.situation?.explainsSignal == true ? 0 : 1000) + first
                if best == nil || rank < best!.rank {
                    best = (rank, GuidedPlan(scenario: scenario, claimant: index, alert: alert, alertDay: first))
                }
            }
        }
        return best?.plan
    }
}
