import Testing
@testable import JRECore
@testable import JREPopulation
import JREText

/// An alert chosen by rank (`rank: {score, top}`): on for the `top` highest scores of the day, ties in
/// the scenario's order, the same on the board of one day, over the whole run and for one claimant.
@Suite struct RankSelectionTests {
    /// Logins counted: a (3), b (1), c (3), d (2), e (0): ranked a, c, d, b, e.
    static let people = [
        Fixture.Person("a", events: (1...3).map { "{day: \($0), type: login}" }),
        Fixture.Person("b", events: ["{day: 2, type: login}"]),
        Fixture.Person("c", events: (4...6).map { "{day: \($0), type: login}" }),
        Fixture.Person("d", events: ["{day: 1, type: login}", "{day: 9, type: login}"]),
        Fixture.Person("e"),
    ]

    static func simulation(rank: String, when: String? = nil) throws -> Simulation {
        let alert = "  choisi:\n    label: \"Choisi\"\n    rank: \(rank)\n" + (when.map { "    when: \"\($0)\"\n" } ?? "")
        let ruleset = Fixture.ruleset(scores: Fixture.score("connexions", "count(login)"), alerts: alert)
        return try Fixture.simulation(ruleset: ruleset, scenario: Fixture.scenario(days: 20, people: people))
    }

    static func chosen(_ simulation: Simulation, day: Int, _ parameters: ParameterValues? = nil) -> [String] {
        let results = simulation.evaluate(day: day, parameters: parameters ?? simulation.startingParameters)
        return results.indices.filter { results[$0].alerts[0] }.map { simulation.scenario.claimants[$0].id }
    }

    @Test func theTopScoresAreChosenTiesInScenarioOrder() throws {
        let simulation = try Self.simulation(rank: "{score: connexions, top: 2}")
        // a and c both have 3 logins on day 10: both chosen; d (2) is not.
        #expect(Self.chosen(simulation, day: 10) == ["a", "c"])
        // Day 3: a 3, b 1, d 1, c 0: a, then b before d (scenario order).
        #expect(Self.chosen(simulation, day: 3) == ["a", "b"])
    }

    @Test func theCountIsAParameterTheLabMoves() throws {
        let simulation = try Self.simulation(rank: "{score: connexions, top: seuil}")
        #expect(Self.chosen(simulation, day: 10) == ["a", "c", "d"])
        let one = try simulation.startingParameters.setting("seuil", to: 1, in: simulation.ruleset)
        #expect(Self.chosen(simulation, day: 10, one) == ["a"])
        let changes = simulation.alertChanges(day: 10, parameters: one, reference: simulation.startingParameters)
        #expect(changes[0].lost.map { simulation.scenario.claimants[$0].id } == ["c", "d"])
        let none = try simulation.startingParameters.setting("seuil", to: 0, in: simulation.ruleset)
        #expect(Self.chosen(simulation, day: 10, none).isEmpty)
    }

    @Test func whenSaysWhoMayBeRanked() throws {
        let simulation = try Self.simulation(rank: "{score: connexions, top: 2}", when: "connexions < 3")
        // a and c (3 logins) are not eligible: d (2) and b (1) are the two highest left (listed in scenario order).
        #expect(Self.chosen(simulation, day: 10) == ["b", "d"])
    }

    @Test func everyPathAgreesOnEveryDay() throws {
        let simulation = try Self.simulation(rank: "{score: connexions, top: seuil}")
        let parameters = simulation.startingParameters
        let history = simulation.history(parameters: parameters)
        for day in 1...simulation.scenario.days {
            let board = simulation.evaluate(day: day, parameters: parameters)
            #expect(board.filter { $0.alerts[0] }.count == min(3, board.count))
            for claimant in board.indices {
                #expect(history.result(claimant: claimant, day: day) == board[claimant], "history, day \(day)")
                #expect(simulation.evaluate(claimant: claimant, day: day, parameters: parameters) == board[claimant], "one claimant, day \(day)")
                let explained = simulation.explain(claimant: claimant, day: day, parameters: parameters)
                #expect(explained.alerts[0].fired == board[claimant].alerts[0], "explanation, day \(day)")
            }
        }
    }

    @Test func theExplanationSaysTheRankAndWhatWouldHaveChangedIt() throws {
        let simulation = try Self.simulation(rank: "{score: connexions, top: seuil}")
        let parameters = simulation.startingParameters
        let plain = PlainExplanation(simulation: simulation, lang: .fr)
        // Day 10: a 3, c 3, d 2, b 1, e 0; three chosen.
        let d = simulation.explain(claimant: 3, day: 10, parameters: parameters)
        #expect(d.alerts[0].rank?.position == 3)
        let chosen = plain.alertSentence(d.alerts[0], in: d)
        #expect(chosen.contains("3e score le plus haut des 5 dossiers ce jour-là"), "\(chosen)")
        #expect(chosen.contains("la sélection en retient 3 (paramètre « Seuil »)"), "\(chosen)")
        #expect(chosen.contains("un score sous 1, celui du 4e dossier, l'aurait laissé hors de la sélection"), "\(chosen)")
        let b = simulation.explain(claimant: 1, day: 10, parameters: parameters)
        let english = PlainExplanation(simulation: simulation, lang: .en).alertSentence(b.alerts[0], in: b)
        #expect(english.contains("4th highest score of the 5 files that day"), "\(english)")
        #expect(english.contains("a score above 2, that of the 3rd file, would have selected it"), "\(english)")
        #expect(!english.contains("«"))
        let formulas = ExplanationText(simulation: simulation, lang: .en).render(b).joined(separator: "\n")
        #expect(formulas.contains("rank: 4th of 5 (connexions = 1); selected: 3 (seuil) → not selected"), "\(formulas)")
    }

    static func errors(_ rank: String) throws -> [Diagnostic] {
        try Fixture.rulesetErrors(scores: Fixture.score("connexions", "count(login)"),
                                  alerts: "  choisi:\n    label: \"Choisi\"\n    rank: \(rank)\n")
    }

    @Test func aBrokenRankIsALocatedError() throws {
        let typo = try Self.errors("{score: conexions, top: 2}")
        #expect(typo.count == 1 && typo[0].render(.en).contains("'conexions', which does not exist") && typo[0].render(.en).contains("connexions"), "\(typo.map { $0.render(.en) })")
        let level = try Self.errors("{score: connexions.level, top: 2}")
        #expect(level.first?.render(.en).contains("a level is not a number") == true)
        let parameter = try Self.errors("{score: connexions, top: seul}")
        #expect(parameter.first?.render(.en).contains("'top' names the parameter 'seul'") == true)
        for bad in ["-1", "2.5"] {
            let found = try Self.errors("{score: connexions, top: \(bad)}")
            #expect(found.count == 1 && found[0].render(.en).contains("a whole number, 0 or more"), "\(bad): \(found.map { $0.render(.en) })")
        }
        // Every one points at its line (the rank's, after the ruleset's other lines).
        for diagnostic in typo + level + parameter { #expect(diagnostic.sourceLine?.contains("rank:") == true) }
    }

    @Test func thePopulationPathRefusesARankAndSaysWhatToDo() throws {
        let text = Fixture.ruleset(scores: Fixture.score("connexions", "count(login)"),
                                   alerts: "  choisi:\n    label: \"Choisi\"\n    rank: {score: connexions, top: 2}\n")
        let library = ScenarioLibrary(bundled: ["rulesets/rank.yaml": text])
        let (rules, diagnostics) = PopulationRules.load("rank", library: library, for: .synthetic(SyntheticPopulation(size: 20, seed: 1, days: 30)), lang: .en)
        #expect(rules == nil)
        let message = diagnostics.errors.map { $0.render(.en) }.joined()
        #expect(message.contains("rank.yaml:") && message.contains("use --capacity N") && message.contains("the 2 highest"), "\(message)")
        #expect(diagnostics.errors.first?.render(.fr).contains("utilisez --capacity N") == true)
        // Binding alone (training, audits: scores only) still works.
        let (ruleset, _) = RulesetLoader(file: SourceFile(path: "rank.yaml", text: text), lang: .en).load(id: "rank")
        #expect(PopulationRules.bind(try #require(ruleset), to: .synthetic(SyntheticPopulation(size: 20, seed: 1, days: 30)), lang: .en).0 != nil)
    }
}
