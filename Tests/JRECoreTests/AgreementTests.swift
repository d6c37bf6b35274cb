import Testing
@testable import JRECore

/// The three ways of evaluating agree on every bundled scenario, claimant and day: the board of one day,
/// the whole-run history, and the explanation behind « Pourquoi ? » (that last one, over every claimant
/// and day, in ``ExplanationAgreementSlowTests``); the rank alert of the CAF rulesets in ``pathsAgreeOnARankAlert(ruleset:)``.
@Suite struct AgreementTests {
    static func same(_ a: Double, _ b: Double?) -> Bool {
        guard let b else { return false }
        return a == b || (a.isNaN && b.isNaN)
    }

    @Test(arguments: Bundled.scenarioNames)
    func historyMatchesTheBoardOfEachDay(name: String) throws {
        let simulation = try Bundled.simulation(name)
        let parameters = simulation.startingParameters
        let history = simulation.history(parameters: parameters)
        #expect(history.claimantCount == simulation.scenario.claimants.count)
        #expect(history.dayCount == simulation.scenario.days)
        #expect(history.allFaults.isEmpty)
        var mismatches: [String] = []
        for day in 1...simulation.scenario.days {
            let board = simulation.evaluate(day: day, parameters: parameters)
            for (claimant, result) in board.enumerated() where history.result(claimant: claimant, day: day) != result {
                mismatches.append("\(simulation.scenario.claimants[claimant].id) day \(day)")
            }
        }
        #expect(mismatches.isEmpty, "history differs from evaluate for: \(mismatches.prefix(10))")
    }

    @Test(arguments: Bundled.scenarioNames)
    func historyMatchesWithChangedParameters(name: String) throws {
        let simulation = try Bundled.simulation(name)
        var parameters = try simulation.startingParameters.applying(assignment: "window=14", in: simulation.ruleset)
        parameters = try parameters.applying(assignment: "seuil_sans_connexion=7", in: simulation.ruleset)
        let history = simulation.history(parameters: parameters)
        var mismatches: [String] = []
        for day in stride(from: 1, through: simulation.scenario.days, by: 5) {
            for (claimant, result) in simulation.evaluate(day: day, parameters: parameters).enumerated()
            where history.result(claimant: claimant, day: day) != result {
                mismatches.append("\(simulation.scenario.claimants[claimant].id) day \(day)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    /// The bundled scenario whose checks are chosen by rank (a cohort step): the history, the board of
    /// each day, one claimant and the explanation agree under both CAF rulesets, at two counts.
    @Test(arguments: ["caf-2014", "caf-dmde-2026"])
    func pathsAgreeOnARankAlert(ruleset: String) throws {
        let simulation = try HouseholdsLessonTests.simulation(ruleset: ruleset)
        #expect(simulation.hasRankAlerts, "the CAF rulesets choose their checks by rank")
        for count in [5.0, 2.0] {
            let parameters = try simulation.startingParameters.setting("controles_mois", to: count, in: simulation.ruleset)
            let history = simulation.history(parameters: parameters)
            var mismatches: [String] = []
            for day in 1...simulation.scenario.days {
                let board = simulation.evaluate(day: day, parameters: parameters)
                for (claimant, result) in board.enumerated() {
                    let label = "\(simulation.scenario.claimants[claimant].id) day \(day) top \(count)"
                    if history.result(claimant: claimant, day: day) != result { mismatches.append("history: \(label)") }
                    if day % 9 == 0 {
                        if simulation.evaluate(claimant: claimant, day: day, parameters: parameters) != result { mismatches.append("one: \(label)") }
                        if simulation.explain(claimant: claimant, day: day, parameters: parameters).alerts.map(\.fired) != result.alerts { mismatches.append("explain: \(label)") }
                    }
                }
            }
            #expect(mismatches.isEmpty, "\(mismatches.count): \(mismatches.prefix(10))")
        }
    }

    @Test func explanationReportsAFaultInALevelConditionLikeTheFastPath() throws {
        let ruleset = Fixture.ruleset(scores: Fixture.score("s", "count(login)", levels: [
            "{name: bas, if: \"10 / value < 2\", severity: alert}",
            "{name: haut, severity: ok}",
        ]))
        let simulation = try Fixture.simulation(ruleset: ruleset, scenario: Fixture.scenario(people: [Fixture.Person("c")]))
        let fast = simulation.evaluate(day: 5, parameters: simulation.startingParameters)[0]
        #expect(fast.fault?.kind == .divisionByZero)
        let explanation = simulation.explain(claimant: 0, day: 5, parameters: simulation.startingParameters)
        #expect(explanation.fault?.kind == .divisionByZero, "the explanation must show the same fault as the board")
    }

    @Test func explanationReportsAFaultInAnAlertLikeTheFastPath() throws {
        let ruleset = Fixture.ruleset(scores: Fixture.score("s", "count(login)"),
                                      alerts: "  ratio:\n    label: \"Ratio\"\n    when: \"10 / s > 1\"\n")
        let simulation = try Fixture.simulation(ruleset: ruleset, scenario: Fixture.scenario(people: [Fixture.Person("c")]))
        let fast = simulation.evaluate(day: 5, parameters: simulation.startingParameters)[0]
        #expect(fast.fault?.kind == .divisionByZero)
        let explanation = simulation.explain(claimant: 0, day: 5, parameters: simulation.startingParameters)
        #expect(explanation.fault?.kind == .divisionByZero, "the explanation must show the same fault as the board")
    }

    @Test func explanationCitesTheEventsCounted() throws {
        let simulation = try Fixture.single("count(login, window)", events: (20...31).map { "{day: \($0), type: login}" })
        let explanation = simulation.explain(claimant: 0, day: 30, parameters: simulation.startingParameters)
        guard case .aggregate(let detail) = explanation.scores[0].tree.detail else {
            Issue.record("count() should be explained as an aggregate")
            return
        }
        #expect(detail.events.map(\.day) == Array(24...30))
        #expect(detail.firstDay == 24)
        #expect(detail.lastDay == 30)
        #expect(detail.leftWindow.map(\.day).sorted() == Array(20...23))
    }
}
