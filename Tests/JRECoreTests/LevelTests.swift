import Testing
@testable import JRECore

/// A score's level: the first level whose `if` holds, else the last one.
@Suite struct LevelTests {
    static let levels = [
        "{name: bas, if: \"value < 2\", severity: alert}",
        "{name: moyen, if: \"value < 4\", severity: watch}",
        "{name: haut, severity: ok, label: \"élevé\"}",
    ]

    static func simulation(logins: Int) throws -> Simulation {
        let ruleset = Fixture.ruleset(
            scores: Fixture.score("s", "count(login)", levels: levels),
            alerts: """
              est_moyen:
                label: "Moyen"
                when: "s.level = 'moyen'"
              pas_haut:
                label: "Pas haut"
                when: "s.level != 'haut'"
            """)
        let events = (0..<logins).map { "{day: \($0 + 1), type: login}" }
        return try Fixture.simulation(ruleset: ruleset, scenario: Fixture.scenario(people: [Fixture.Person("c", events: events)]))
    }

    @Test(arguments: [
        (0, "bas", [false, true]),
        (1, "bas", [false, true]),   // `value < 4` holds too, but `bas` comes first
        (2, "moyen", [true, true]),
        (3, "moyen", [true, true]),
        (4, "haut", [false, false]), // no `if` holds: the last level
        (9, "haut", [false, false]),
    ])
    func firstHoldingLevelWins(logins: Int, level: String, alerts: [Bool]) throws {
        let simulation = try Self.simulation(logins: logins)
        let result = simulation.evaluate(day: 60, parameters: simulation.startingParameters)[0]
        let index = try #require(result.levels[0])
        #expect(simulation.ruleset.scores[0].levels[index].name == level)
        #expect(result.alerts == alerts)
    }

    @Test func levelsFollowTheDay() throws {
        // Logins on days 1..4: count(login) is the day number up to day 4.
        let simulation = try Self.simulation(logins: 4)
        let history = simulation.history(parameters: simulation.startingParameters)
        let names = (1...6).map { day in history.level(claimant: 0, day: day, score: 0).map { simulation.ruleset.scores[0].levels[$0].name } }
        #expect(names == ["bas", "moyen", "moyen", "haut", "haut", "haut"])
    }

    @Test func levelConditionsReadParameters() throws {
        let ruleset = Fixture.ruleset(scores: Fixture.score("s", "count(login)", levels: [
            "{name: bas, if: \"value < seuil\", severity: alert}",
            "{name: haut, severity: ok}",
        ]))
        let events = ["{day: 1, type: login}", "{day: 2, type: login}"]
        let simulation = try Fixture.simulation(ruleset: ruleset, scenario: Fixture.scenario(people: [Fixture.Person("c", events: events)]))
        #expect(simulation.evaluate(day: 10, parameters: simulation.startingParameters)[0].levels == [0]) // 2 < 3
        let lowered = try simulation.startingParameters.applying(assignment: "seuil=2", in: simulation.ruleset)
        #expect(simulation.evaluate(day: 10, parameters: lowered)[0].levels == [1])
    }

    @Test func aScoreWithoutLevelsHasNone() throws {
        let simulation = try Fixture.single("count(login)", events: [])
        #expect(simulation.evaluate(day: 10, parameters: simulation.startingParameters)[0].levels == [nil])
    }

    @Test func theLastLevelAppliesEvenIfItHasAnIfWithAWarning() throws {
        let ruleset = Fixture.ruleset(scores: Fixture.score("s", "count(login)", levels: [
            "{name: bas, if: \"value > 100\", severity: alert}",
            "{name: haut, if: \"value > 100\", severity: ok}",
        ]))
        let report = try Fixture.load(ruleset: ruleset, scenario: Fixture.scenario(people: [Fixture.Person("c")]))
        #expect(report.diagnostics.errors.isEmpty)
        #expect(report.diagnostics.warnings.map(\.english) == ["the last level applies when no other does: its 'if' is ignored"])
        let simulation = try #require(report.simulation)
        #expect(simulation.evaluate(day: 10, parameters: simulation.startingParameters)[0].levels == [1])
    }

    @Test func aLevelBeforeTheLastNeedsAnIf() throws {
        let errors = try Fixture.rulesetErrors(scores: Fixture.score("s", "count(login)", levels: [
            "{name: bas, severity: alert}",
            "{name: haut, severity: ok}",
        ]))
        #expect(errors.map(\.english) == ["level 'bas' is not the last one: it needs an 'if' (otherwise the levels after it never apply)"])
    }

    @Test func levelNamesAreComparedAsWritten() throws {
        let ruleset = Fixture.ruleset(
            scores: Fixture.score("s", "count(login)", levels: Self.levels) + Fixture.score("t", "if(s.level = 'bas', 100, 0)"))
        let simulation = try Fixture.simulation(ruleset: ruleset, scenario: Fixture.scenario(people: [Fixture.Person("c")]))
        #expect(simulation.evaluate(day: 10, parameters: simulation.startingParameters)[0].scoreValues == [0, 100])
    }

    @Test func aLevelCanReadEarlierScoresAndLevels() throws {
        let ruleset = Fixture.ruleset(scores:
            Fixture.score("s", "count(login)", levels: Self.levels)
            + Fixture.score("t", "count(response)", levels: [
                "{name: critique, if: \"s.level = 'bas' and value = 0\", severity: alert}",
                "{name: normal, severity: ok}",
            ]))
        let simulation = try Fixture.simulation(ruleset: ruleset, scenario: Fixture.scenario(people: [
            Fixture.Person("a"),
            Fixture.Person("b", events: ["{day: 1, type: response, outcome: refus}"]),
            Fixture.Person("c", events: (1...5).map { "{day: \($0), type: login}" }),
        ]))
        let results = simulation.evaluate(day: 10, parameters: simulation.startingParameters)
        #expect(results.map { $0.levels[1] } == [0, 1, 1])
    }
}
