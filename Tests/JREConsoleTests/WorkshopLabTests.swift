import Foundation
import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText

/// The threshold lab: moving a threshold changes who is flagged, by name, and is recorded.
struct WorkshopLabTests {
    /// The index of a parameter in the bundled jre-standard ruleset.
    static func parameter(_ id: String, in state: AppState) throws -> Int {
        try #require(state.workshop?.ruleset.parameterIndex(id))
    }

    /// Whether a claimant (by name) is under an alert (by id) on the current day.
    static func isFlagged(_ name: String, _ alert: String, in state: AppState) throws -> Bool {
        let workshop = try #require(state.workshop)
        let claimant = try #require(workshop.scenario.claimants.firstIndex { $0.name == name })
        let index = try #require(workshop.ruleset.alerts.firstIndex { $0.id == alert })
        return workshop.result(claimant).alerts[index]
    }

    @Test func typingAThresholdFlagsTheClaimantItCrosses() throws {
        // On day 30, Inès Benali's search dynamic is 16.5 (worked by hand in the core's golden checks):
        // « faible » needs value < threshold, so 17 flags her and 16 does not.
        var state = try Console.onBoard(day: 30, width: 120, height: 40)
        #expect(try !Self.isFlagged("Inès Benali", "dynamique_faible", in: state))
        state.press(.char("t"))
        #expect(state.screen == .lab)
        let index = try Self.parameter("seuil_dynamique_faible", in: state)
        state.press(.down, times: index)
        state.type("16")
        state.press(.enter)
        #expect(try !Self.isFlagged("Inès Benali", "dynamique_faible", in: state))
        state.type("17")
        state.press(.enter)
        #expect(try Self.isFlagged("Inès Benali", "dynamique_faible", in: state))
        // The lab names her among those who gain the alert, and the header says thresholds changed.
        let gains = state.lines().first { $0.contains("de plus sous « Dynamique de recherche faible »") }
        #expect(gains?.contains("Inès Benali") == true)
        #expect(state.text().contains("1 seuil modifié"))
    }

    @Test func aValueOutOfRangeIsRefusedAndNothingChanges() throws {
        var state = try Console.onBoard(day: 30, width: 120, height: 40)
        state.press(.char("t"))
        let index = try Self.parameter("seuil_dynamique_faible", in: state)
        state.press(.down, times: index)
        let before = state.workshop?.parameters
        var effects = state.type("999")
        effects += state.press(.enter)
        #expect(state.workshop?.parameters == before)
        #expect(state.text().contains("« 999 » refusé"))
        #expect(!effects.contains { if case .record = $0 { return true } else { return false } })
    }

    @Test func arrowsMoveByStepWithinTheRangeAndEachStepIsRecorded() throws {
        var state = try Console.onBoard(day: 30, width: 120, height: 40)
        state.press(.char("t"))
        let window = try Self.parameter("window", in: state)
        state.press(.down, times: window)
        let start = try #require(state.workshop?.parameters[window])
        let effects = state.press(.right, .right, .left)
        #expect(state.workshop?.parameters[window] == start + 1)
        // Each key asks for the journal's queue to be written: the last request holds every step, in order.
        let queue = effects.compactMap { effect -> [PendingEntry]? in
            if case .writeJournal(let pending) = effect { return pending }
            return nil
        }.last ?? []
        let recorded = queue.map(\.entry).filter { $0.kind == .thresholdChanged }
        #expect(recorded.map(\.value) == [start + 1, start + 2, start + 1])
        #expect(recorded.allSatisfy { $0.parameter == "window" && $0.day == 30 })
        // Down to the minimum and no further.
        state.press(.left, times: 500)
        let minimum = try #require(state.workshop?.ruleset.parameters[window].min)
        #expect(state.workshop?.parameters[window] == minimum)
    }

    @Test func resetOneAndResetAllPutTheStartingValuesBack() throws {
        var state = try Console.onBoard(day: 30, width: 120, height: 40)
        let starting = try #require(state.workshop?.simulation.startingParameters)
        state.press(.char("t"))
        state.press(.right, .down, .right, .right)
        #expect(state.workshop?.parameters != starting)
        state.press(.char("r"))
        #expect(state.workshop?.parameters[1] == starting[1])
        #expect(state.workshop?.parameters[0] != starting[0])
        state.press(.char("R"))
        #expect(state.workshop?.parameters == starting)
        #expect(!state.text().contains("seuil modifié") && !state.text().contains("seuils modifiés"))
    }

    @Test func theTippingPointOfTheSelectedClaimantIsShown() throws {
        var state = try Console.onBoard(day: 30, width: 120, height: 40)
        state.selectOnBoard("Inès Benali")
        state.press(.char("t"))
        let index = try Self.parameter("seuil_dynamique_faible", in: state)
        state.press(.down, times: index)
        // 16.5 lies between 16 and 17: « faible » switches on from 17.
        let text = state.text()
        #expect(text.contains("Bascule pour Inès Benali"))
        #expect(text.contains("Dynamique de recherche faible : bascule à 17"))
    }

    @Test func escapeGoesBackToTheBoardWithTheNewThresholds() throws {
        var state = try Console.onBoard(day: 30, width: 120, height: 40)
        state.press(.char("t"))
        let index = try Self.parameter("seuil_dynamique_faible", in: state)
        state.press(.down, times: index)
        state.type("17")
        state.press(.enter, .escape)
        #expect(state.screen == .board)
        #expect(Self.names(under: "Dynamique de recherche faible (", in: state.lines()).contains { $0.hasPrefix("Inès Benali") })
        #expect(try Self.isFlagged("Inès Benali", "dynamique_faible", in: state))
    }

    /// The claimant lines listed under a group heading of the board, up to the next heading.
    static func names(under heading: String, in lines: [String]) -> [String] {
        guard let start = lines.firstIndex(where: { $0.contains(heading) }) else { return [] }
        var names: [String] = []
        for line in lines[(start + 1)...] {
            guard line.hasPrefix("  ") || line.hasPrefix("★ ") || line.hasPrefix("* ") else { break }
            names.append(String(line.dropFirst(2).prefix { $0 != "│" }).trimmingCharacters(in: .whitespaces))
        }
        return names
    }
}
