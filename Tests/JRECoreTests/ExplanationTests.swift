import Testing
@testable import JRECore
import JREText

/// « Pourquoi ? »: what the explanation shows a facilitator.
@Suite struct ExplanationTests {
    @Test func aHugeWindowIsExplainedNotACrash() throws {
        // A window longer than any run: every login up to today counts, as on the board.
        let simulation = try Fixture.single("count(login, 99999999999999999999)", events: ["{day: 2, type: login}", "{day: 9, type: login}"])
        #expect(simulation.evaluate(day: 10, parameters: simulation.startingParameters)[0].scoreValues == [2])
        let explanation = simulation.explain(claimant: 0, day: 10, parameters: simulation.startingParameters)
        #expect(explanation.scores[0].value == 2)
        let text = ExplanationText(simulation: simulation, lang: .fr).render(explanation)
        #expect(text.contains { $0.contains("jour 9") || $0.contains("09/") })
    }

    @Test func explanationNamesTheClaimantTheDayAndTheScore() throws {
        let simulation = try Fixture.single("count(login, window)", events: ["{day: 24, type: login, note: \"depuis la médiathèque\"}", "{day: 23, type: login}"])
        let explanation = simulation.explain(claimant: 0, day: 30, parameters: simulation.startingParameters)
        let lines = ExplanationText(simulation: simulation, lang: .fr).render(explanation)
        #expect(lines.first?.contains("Personne c") == true)
        #expect(lines.first?.contains("mardi 2 avril 2024") == true) // day 30
        #expect(lines.contains { $0.contains("window = 7") })
        #expect(lines.contains { $0.contains("[s] = 1") })
        #expect(lines.contains { $0.contains("depuis la médiathèque") }, "the counted event is cited with its note")
        let english = ExplanationText(simulation: simulation, lang: .en).render(explanation)
        #expect(english.first?.contains("Tuesday 2 April 2024") == true)
        #expect(english != lines)
    }

    @Test func aSkippedBranchIsShownAsNotEvaluated() throws {
        let simulation = try Fixture.single("if(has(profile.registered), days_registered, 0)", events: [], profile: "{age: 30}")
        let explanation = simulation.explain(claimant: 0, day: 5, parameters: simulation.startingParameters)
        #expect(explanation.fault == nil)
        #expect(explanation.scores[0].value == 0)
        let tree = explanation.scores[0].tree
        #expect(tree.children.count == 3)
        #expect(tree.children[1].evaluated == false, "days_registered was not needed")
        #expect(tree.children[2].evaluated == true)
    }

    @Test func aFaultedScoreIsExplainedAsAFault() throws {
        let simulation = try Fixture.simulation(
            ruleset: Fixture.ruleset(scores: Fixture.score("ratio", "10 / count(login)")),
            scenario: Fixture.scenario(people: [Fixture.Person("c")]))
        let explanation = simulation.explain(claimant: 0, day: 5, parameters: simulation.startingParameters)
        #expect(explanation.fault?.kind == .divisionByZero)
        #expect(explanation.fault?.rule == .score("ratio"))
        #expect(explanation.scores[0].value == nil)
        let lines = ExplanationText(simulation: simulation, lang: .fr).render(explanation)
        #expect(lines.contains { $0.contains("division par zéro") })
        let english = ExplanationText(simulation: simulation, lang: .en).render(explanation)
        #expect(english.contains { $0.contains("division by zero") })
    }
}
