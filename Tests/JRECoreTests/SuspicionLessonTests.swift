import Foundation
import Testing
@testable import JRECore
import JREBundledScenarios
import JREText

/// The `suspicion` scenario's critique, as a user reads it on the board (`report --format json`)
/// and in the debrief (`debrief --format json`): a model learnt from targeted past controls puts
/// honest people with an account or logins abroad under priority control, and misses the one fraud.
///
/// Who is flagged is not written in the scenario: the bundled model (`rulesets/models/suspicion.json`)
/// computes it. A retrained model that breaks the story fails here; re-run
/// `jre-console report suspicion --day N` and adjust the people (see the scenario's header).
@Suite struct SuspicionLessonTests {
    static let library = ScenarioLibrary(bundled: BundledScenarios.files, models: BundledScenarios.models)

    /// The scenario, loaded from `text` (the bundled file by default) as if it were bundled.
    static func simulation(_ text: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> Simulation {
        let text = try #require(text ?? BundledScenarios.files["suspicion.yaml"], "suspicion.yaml is not bundled", sourceLocation: sourceLocation)
        let located = ScenarioLibrary.Located(origin: .bundled("suspicion.yaml"), file: SourceFile(path: "bundled:suspicion.yaml", text: text))
        let report = library.loadScenario(located, lang: .fr)
        return try #require(report.simulation, "\(report.diagnostics.map { $0.render(.en) }.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    /// One claimant's line of the board's JSON on `day`.
    struct BoardLine {
        var value: Double
        var level: String
        var alerts: [String]
    }

    static func board(_ simulation: Simulation, day: Int, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: BoardLine] {
        let text = BoardReport(simulation: simulation, day: day, parameters: simulation.startingParameters, lang: .fr).json()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], sourceLocation: sourceLocation)
        let claimants = try #require(json["claimants"] as? [[String: Any]], sourceLocation: sourceLocation)
        var lines: [String: BoardLine] = [:]
        for claimant in claimants {
            let id = try #require(claimant["id"] as? String, sourceLocation: sourceLocation)
            let score = try #require((claimant["scores"] as? [String: Any])?["suspicion"] as? [String: Any], "\(id): no suspicion score", sourceLocation: sourceLocation)
            lines[id] = BoardLine(value: try #require(score["value"] as? Double, "\(id): no value on day \(day)", sourceLocation: sourceLocation),
                                  level: score["level"] as? String ?? "", alerts: claimant["alerts"] as? [String] ?? [])
        }
        return lines
    }

    /// The debrief's JSON of a session that only moved the clock to the last day.
    static func debrief(_ simulation: Simulation, lang: Lang = .fr) throws -> [String: Any] {
        var session = SessionSnapshot()
        session.day = simulation.scenario.days
        let text = DebriefExport(simulation: simulation, session: session, lang: lang).json()
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// `id`'s block of the scenario with `from` replaced by `to`, the rest of the file unchanged.
    static func changing(_ id: String, _ from: String, to: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let text = try #require(BundledScenarios.files["suspicion.yaml"], sourceLocation: sourceLocation)
        let start = try #require(text.range(of: "- id: \(id)\n"), sourceLocation: sourceLocation)
        let end = text.range(of: "\n  - id: ", range: start.upperBound..<text.endIndex)?.lowerBound ?? text.endIndex
        let block = String(text[start.lowerBound..<end])
        #expect(block.contains(from), "\(id) has no \(from)", sourceLocation: sourceLocation)
        return text.replacingCharacters(in: start.lowerBound..<end, with: block.replacingOccurrences(of: from, with: to))
    }

    static let alert = "controle_prioritaire"
    /// Honest people whose life abroad (an account, logins) the model reads as suspicion.
    static let abroad = ["sebastien", "camille", "nadia", "marta"]
    /// An honest young salesman flagged at times for a 90-day contract and logging in every other day.
    static let diligent = ["hugo"]
    static let fraud = "thierry"

    @Test func honestPeopleWithAnAccountOrLoginsAbroadAreUnderPriorityControl() throws {
        let simulation = try Self.simulation()
        // The student's logins from Montréal count from her fifth week.
        for (id, day) in [("sebastien", 60), ("camille", 40), ("nadia", 60), ("marta", 60)] {
            let line = try #require(try Self.board(simulation, day: day)[id], "no \(id)")
            #expect(line.alerts == [Self.alert], "\(id) on day \(day): \(line.alerts), score \(line.value)")
            #expect(line.level == "prioritaire", "\(id) on day \(day)")
        }
        let debrief = try Self.debrief(simulation)
        let claimants = try #require(debrief["claimants"] as? [[String: Any]])
        for claimant in claimants where Self.abroad.contains(claimant["id"] as? String ?? "") {
            #expect(claimant["active_search"] as? Bool == true, "\(claimant["id"] ?? "?") is an honest active searcher in the debrief")
            #expect((claimant["context"] as? String)?.contains("Aucune fraude") == true)
        }
    }

    @Test func theFirstMonthFlagsTheThreeHonestPeopleTheCheckpointNames() throws {
        let simulation = try Self.simulation()
        let board = try Self.board(simulation, day: 30)
        let flagged = Set(board.filter { $0.value.alerts.contains(Self.alert) }.keys)
        #expect(flagged == ["sebastien", "nadia", "marta"], "the day-30 checkpoint names these three")
        let text = BoardReport(simulation: simulation, day: 30, parameters: simulation.startingParameters, lang: .fr).text()
        #expect(text.contains("(3): Sébastien Thill, Nadia Ferhane, Marta Wiśniewska"), "\(text)")
        #expect(simulation.scenario.checkpoints.first?.prompt.fr?.contains("Sébastien, Nadia, Marta") == true)
        // Without his logins from abroad (all from France), the cross-border worker's score falls.
        let home = try Self.simulation(try Self.changing("sebastien", "pays: etranger", to: "pays: france"))
        let withoutAbroad = try #require(try Self.board(home, day: 30)["sebastien"])
        let withAbroad = try #require(board["sebastien"])
        #expect(withoutAbroad.value < withAbroad.value / 2, "logins abroad carry Sébastien's score: \(withoutAbroad.value) vs \(withAbroad.value)")
    }

    @Test func theOnlyFraudIsNeverFlaggedAndRanksBelowEveryFlaggedHonestPerson() throws {
        let simulation = try Self.simulation()
        let debrief = try Self.debrief(simulation)
        let claimants = try #require(debrief["claimants"] as? [[String: Any]])
        let thierry = try #require(claimants.first { $0["id"] as? String == Self.fraud })
        #expect(thierry["situation"] as? String == "other")
        #expect((thierry["context"] as? String)?.contains("La seule fraude du scénario") == true)
        let days = try #require((thierry["alert_days"] as? [String: Any])?[Self.alert] as? [String: Any])
        #expect(days["count"] as? Int == 0, "the fraud is never under priority control: \(days)")
        for day in [30, 60, 91] {
            let board = try Self.board(simulation, day: day)
            let fraud = try #require(board[Self.fraud])
            #expect(fraud.level == "normal", "day \(day)")
            for (id, line) in board where line.alerts.contains(Self.alert) {
                #expect(fraud.value < line.value, "day \(day): the fraud ranks below \(id)")
            }
        }
    }

    /// Marta's archetype: only her nationality changed moves her score. The bank alone hardly does (less
    /// than 0.001 on day 60: the bundled model's trees give `compte_etranger` almost no weight). (Sébastien's
    /// nationality barely moves his score: his logins from abroad carry it, see the first-month test.)
    @Test func changingOnlyMartasNationalityMovesHerScore() throws {
        let simulation = try Self.simulation()
        let french = try Self.simulation(try Self.changing("marta", "nationalite: \"ue\"", to: "nationalite: \"francaise\""))
        let homeBank = try Self.simulation(try Self.changing("marta", "banque: \"etranger\"", to: "banque: \"france\""))
        for day in [30, 60, 91] {
            let marta = try #require(try Self.board(simulation, day: day)["marta"])
            let martaFrench = try #require(try Self.board(french, day: day)["marta"])
            #expect(abs(martaFrench.value - marta.value) > 0.01, "day \(day): Marta \(marta.value), French Marta \(martaFrench.value)")
        }
        // The day the guide shows her archetypes.
        let marta = try #require(try Self.board(simulation, day: 60)["marta"])
        let martaHomeBank = try #require(try Self.board(homeBank, day: 60)["marta"])
        #expect(abs(martaHomeBank.value - marta.value) < 0.001, "the guide says her account in France hardly moves her score on day 60")
    }

    @Test func theDebriefCountsFiveFlaggedAmongTheElevenHonestPeopleAsTheLastCheckpointSays() throws {
        let simulation = try Self.simulation()
        let debrief = try Self.debrief(simulation)
        let claimants = try #require(debrief["claimants"] as? [[String: Any]])
        let honest = claimants.filter { $0["id"] as? String != Self.fraud }
        let flagged = honest.filter { (($0["alert_days"] as? [String: Any])?[Self.alert] as? [String: Any])?["count"] as? Int ?? 0 > 0 }
        #expect(honest.count == 11)
        #expect(Set(flagged.compactMap { $0["id"] as? String }) == Set(Self.abroad + Self.diligent))
        let cohort = try #require(debrief["cohort"] as? [String: Any])
        #expect(cohort["claimants_flagged"] as? Int == 5, "\(cohort)")
        let last = try #require(simulation.scenario.checkpoints.last)
        #expect(last.prompt.fr?.contains("Cinq des onze personnes honnêtes") == true)
        #expect(last.prompt.en?.contains("Five of the eleven honest people") == true)
    }
}
