import Foundation
import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText

/// The decision dialog: what the room decides is recorded with what the screen showed.
struct WorkshopDecisionTests {
    /// The decision entries the updates asked to record.
    static func recordedDecisions(_ effects: [ConsoleEffect]) -> [DecisionRecord] {
        // The update queues what it records and asks for the queue to be written.
        effects.flatMap { effect -> [DecisionRecord] in
            if case .record(let entry) = effect { return entry.decision.map { [$0] } ?? [] }
            if case .writeJournal(let pending) = effect { return pending.compactMap(\.entry.decision) }
            return []
        }
    }

    @Test func aDecisionIsRecordedWithTheAlertsOnScreen() throws {
        // Gérard Lemoine has no event at all: on day 30 « Dynamique de recherche faible » is on.
        var state = try Console.onBoard(day: 30, width: 120, height: 40)
        state.selectOnBoard("Gérard Lemoine")
        state.press(.char("d"))
        #expect(state.text().contains("Décision pour Gérard Lemoine — jour 30"))
        var effects = state.press(.enter)            // « Aucune action », the first decision
        effects += state.type("Rien à faire")
        effects += state.press(.enter)
        let decision = try #require(Self.recordedDecisions(effects).first)
        #expect(decision.claimant == "gerard")
        #expect(decision.day == 30)
        #expect(decision.decision == "aucune_action")
        #expect(decision.justification == "Rien à faire")
        #expect(decision.alerts.contains("dynamique_faible"))
        #expect(decision.levels["dynamique"] == "faible")
        #expect(decision.parameters["window"] != nil)
        #expect(state.dialog == nil)
        // « enregistrée » only once the journal says the decision is on disk.
        #expect(!state.text().contains("Décision enregistrée"))
        _ = state.update(.journalWritten(through: state.journal.nextSequence - 1, failure: nil))
        #expect(state.text().contains("Décision enregistrée"))
        // The board now shows it.
        #expect(state.workshop?.lastDecision(for: state.workshop!.selectedClaimant)?.decision == "aucune_action")
    }

    @Test func aReferralToControlNeedsAJustification() throws {
        var state = try Console.onBoard(day: 30, width: 120, height: 40)
        state.selectOnBoard("Gérard Lemoine")
        let decisions = try #require(state.workshop?.ruleset.decisions)
        let referral = try #require(decisions.firstIndex { $0.id == "signalement_controle" })
        var effects = state.press(.char("d"))
        effects += state.press(.down, times: referral)
        effects += state.press(.enter, .enter)    // no justification typed
        #expect(state.text().contains("exige une justification"))
        #expect(Self.recordedDecisions(effects).isEmpty)
        #expect(state.dialog != nil)
    }

    @Test func theGuardRailNeedsTwoIndicesFromTwoDomains() throws {
        var state = try Console.onBoard(day: 30, width: 120, height: 40)
        state.selectOnBoard("Gérard Lemoine")
        let ruleset = try #require(state.workshop?.ruleset)
        let referral = try #require(ruleset.decisions.firstIndex { $0.id == "signalement_controle" })
        let requirement = try #require(ruleset.decisions[referral].evidence, "jre-standard's referral has a guard-rail")
        #expect(requirement.count >= 2 && requirement.domains >= 2)
        var effects = state.press(.char("d"))
        effects += state.press(.down, times: referral)
        effects += state.press(.enter)
        effects += state.type("Aucune connexion")
        effects += state.press(.enter)
        // One index only: refused.
        effects += state.press(.char(" "), .enter)
        #expect(state.text().contains("Pas assez d'indices"))
        #expect(Self.recordedDecisions(effects).isEmpty)
        // Add indices until two distinct domains are named (walking down the list).
        let evidence = ruleset.evidence
        var named = [evidence[0]]
        var cursor = 0
        while Set(named.map(\.domain)).count < requirement.domains || named.count < requirement.count {
            cursor += 1
            guard cursor < evidence.count else { break }
            state.press(.down)
            if !named.contains(where: { $0.domain == evidence[cursor].domain }) || named.count < requirement.count {
                state.press(.char(" "))
                named.append(evidence[cursor])
            }
        }
        effects += state.press(.enter)
        let decision = try #require(Self.recordedDecisions(effects).first)
        #expect(decision.decision == "signalement_controle")
        #expect(Set(decision.evidence) == Set(named.map(\.id)))
        #expect(decision.justification == "Aucune connexion")
    }

    @Test func escapeCancelsAndQuittingWithTypedTextAsksFirst() throws {
        var state = try Console.onBoard(day: 30, width: 120, height: 40)
        state.press(.char("d"), .enter)
        state.type("brouillon")
        state.press(.ctrl("c"))
        #expect(!state.isFinished)
        #expect(state.text().contains("Quitter sans enregistrer"))
        state.press(.char("n"))         // any other key: stay
        #expect(!state.isFinished)
        #expect(state.dialog?.justification == "brouillon")
        state.press(.escape, .escape)   // back to the choice, then closed
        #expect(state.dialog == nil)
        state.press(.char("q"))
        #expect(state.isFinished)
    }
}
