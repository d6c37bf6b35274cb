import JRETestSupport
import Testing
@testable import JRECore

/// The explanation behind « Pourquoi ? » gives the fast path's values, levels, alerts, advice and
/// faults for every bundled scenario, claimant and day (slow: one explanation per claimant-day).
@Suite(.tags(.slow)) struct ExplanationAgreementSlowTests {
    @Test(arguments: Bundled.scenarioNames)
    func explanationsMatchTheFastPath(name: String) throws {
        let simulation = try Bundled.simulation(name)
        let parameters = simulation.startingParameters
        let history = simulation.history(parameters: parameters)
        var mismatches: [String] = []
        for claimant in simulation.scenario.claimants.indices {
            for day in 1...simulation.scenario.days {
                let fast = history.result(claimant: claimant, day: day)
                let explanation = simulation.explain(claimant: claimant, day: day, parameters: parameters)
                let label = "\(simulation.scenario.claimants[claimant].id) day \(day)"
                for (index, score) in explanation.scores.enumerated() {
                    if !AgreementTests.same(fast.scoreValues[index], score.value) {
                        mismatches.append("\(label) \(score.id): \(fast.scoreValues[index]) vs \(String(describing: score.value))")
                    }
                    if fast.levels[index] != score.chosenLevel {
                        mismatches.append("\(label) \(score.id) level: \(String(describing: fast.levels[index])) vs \(String(describing: score.chosenLevel))")
                    }
                }
                let fired = explanation.alerts.map(\.fired)
                if fired != fast.alerts { mismatches.append("\(label) alerts: \(fast.alerts) vs \(fired)") }
                let advice = explanation.advice.map(\.fired)
                if advice != fast.advice { mismatches.append("\(label) advice: \(fast.advice) vs \(advice)") }
                if (explanation.fault == nil) != (fast.fault == nil) { mismatches.append("\(label) fault") }
                if explanation.claimantId != simulation.scenario.claimants[claimant].id || explanation.day != day {
                    mismatches.append("\(label) identity")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(10))")
    }
}
