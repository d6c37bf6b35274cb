import Foundation
import Testing
@testable import JRECore
import JREBundledScenarios
import JREText

/// The `employabilite` scenario's critique, as a user reads it on the board (`report --format json`),
/// in « Pourquoi ? » (`explain`: contributions and the « métiers en tension » counterfactual) and in
/// the debrief (`debrief --format json`): a score learnt from digital traces leaves people who search
/// offline or care for a relative in « suivi à distance » although they return to work.
///
/// Who gets which modality is not written in the scenario: the bundled model
/// (`rulesets/models/employabilite.json`) computes it. A retrained model that breaks the story fails
/// here; re-run `jre-console report employabilite --day N` and adjust the people.
@Suite struct EmployabilityLessonTests {
    static let library = ScenarioLibrary(bundled: BundledScenarios.files, models: BundledScenarios.models)

    static func simulation(lang: Lang = .fr, sourceLocation: SourceLocation = #_sourceLocation) throws -> Simulation {
        let text = try #require(BundledScenarios.files["employabilite.yaml"], "employabilite.yaml is not bundled", sourceLocation: sourceLocation)
        let located = ScenarioLibrary.Located(origin: .bundled("employabilite.yaml"), file: SourceFile(path: "bundled:employabilite.yaml", text: text))
        let report = library.loadScenario(located, lang: lang)
        return try #require(report.simulation, "\(report.diagnostics.map { $0.render(.en) }.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    /// Each claimant's employability level and alerts on `day`, from the board's JSON.
    static func board(_ simulation: Simulation, day: Int, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: (value: Double, level: String, alerts: [String])] {
        let text = BoardReport(simulation: simulation, day: day, parameters: simulation.startingParameters, lang: .fr).json()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], sourceLocation: sourceLocation)
        let claimants = try #require(json["claimants"] as? [[String: Any]], sourceLocation: sourceLocation)
        var lines: [String: (value: Double, level: String, alerts: [String])] = [:]
        for claimant in claimants {
            let id = try #require(claimant["id"] as? String, sourceLocation: sourceLocation)
            let score = try #require((claimant["scores"] as? [String: Any])?["employabilite"] as? [String: Any], sourceLocation: sourceLocation)
            lines[id] = (try #require(score["value"] as? Double, sourceLocation: sourceLocation), score["level"] as? String ?? "", claimant["alerts"] as? [String] ?? [])
        }
        return lines
    }

    /// People who search offline or care for a relative, and who return to work.
    static let leftAtADistanceButReturn = ["jean_pierre", "fatou", "sylvie"]
    /// People given the scarce reinforced support at two months.
    static let reinforced = ["nadia", "thomas", "lea", "samira"]

    @Test func offlineSearchersAndCarersAreLeftAtADistanceAtTwoMonthsWhileOnlineSearchersGetReinforcedSupport() throws {
        let board = try Self.board(try Self.simulation(), day: 60)
        for id in Self.leftAtADistanceButReturn {
            #expect(board[id]?.level == "suivi", "\(id): \(String(describing: board[id]))")
            #expect(board[id]?.alerts.contains("peu_employable") == true, "\(id)")
        }
        for id in Self.reinforced { #expect(board[id]?.level == "renforce", "\(id): \(String(describing: board[id]))") }
        // The very connected candidate who will not find work is ranked above all of those left at a distance.
        let aurelie = try #require(board["aurelie"]?.value)
        for id in Self.leftAtADistanceButReturn { #expect(aurelie > (board[id]?.value ?? 1), "\(id)") }
    }

    @Test func theDebriefShowsThatThosePeopleReturnedToWorkAndTheConnectedCandidateDidNot() throws {
        let simulation = try Self.simulation()
        var session = SessionSnapshot()
        session.day = simulation.scenario.days
        let text = DebriefExport(simulation: simulation, session: session, lang: .fr).json()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let claimants = try #require(json["claimants"] as? [[String: Any]])
        let returned = Dictionary(uniqueKeysWithValues: claimants.compactMap { entry -> (String, Bool)? in
            guard let id = entry["id"] as? String, let flag = entry["returned_to_work"] as? Bool else { return nil }
            return (id, flag)
        })
        #expect(returned.count == simulation.scenario.claimants.count, "every person says whether they returned to work")
        for id in Self.leftAtADistanceButReturn { #expect(returned[id] == true, "\(id)") }
        #expect(returned["aurelie"] == false)
        // In words, in both languages.
        let markdown = DebriefExport(simulation: simulation, session: session, lang: .en).markdown()
        #expect(markdown.contains(Strings.debriefReturnedToWork(.en)))
        #expect(markdown.contains(Strings.debriefNotReturnedToWork(.en)))
    }

    @Test func whyShowsDigitalTracesPullingTheScoreDownAndTheShortageOccupationCounterfactual() throws {
        let simulation = try Self.simulation()
        // For each of them, the digital traces (every feature but age and time registered) pull the score down together.
        for id in Self.leftAtADistanceButReturn {
            let index = try #require(simulation.scenario.claimants.firstIndex { $0.id == id })
            let explanation = simulation.explain(claimant: index, day: 60, parameters: simulation.startingParameters)
            let contributions = try #require(explanation.scores.first { $0.id == "employabilite" }?.contributions)
            let traces = contributions.features.filter { !["age", "anciennete"].contains($0.name) }.reduce(0) { $0 + $1.contribution }
            #expect(traces < -0.1, "\(id): the traces add \(traces)")
        }
        let index = try #require(simulation.scenario.claimants.firstIndex { $0.id == "jean_pierre" })
        let explanation = simulation.explain(claimant: index, day: 60, parameters: simulation.startingParameters)
        let score = try #require(explanation.scores.first { $0.id == "employabilite" })
        // Retargeting every application to a shortage occupation raises his score: the push LQDN fears.
        let whatIf = try #require(score.counterfactuals.first)
        #expect(simulation.ruleset.scores[score.index].model?.features[whatIf.feature].name == "candidatures_tension")
        #expect(whatIf.changed > whatIf.current)
        #expect(abs(whatIf.current - (score.value ?? .nan)) < 1e-12, "the counterfactual starts from the board's score")
        // explain prints it, in French and in English.
        for lang in [Lang.fr, .en] {
            let text = PlainExplanation(simulation: simulation, lang: lang).render(explanation).joined(separator: "\n")
            #expect(text.contains(Strings.counterfactualHeading(lang)), "\(lang)")
        }
    }

    @Test func aCounterfactualNamingAnUnknownFeatureIsLocated() throws {
        let ruleset = try #require(BundledScenarios.files["rulesets/employabilite.yaml"])
        let broken = ruleset.replacingOccurrences(of: "takes: candidatures\n", with: "takes: candidaturez\n")
        #expect(broken != ruleset)
        let located = ScenarioLibrary.Located(origin: .bundled("rulesets/employabilite.yaml"), file: SourceFile(path: "bundled:rulesets/employabilite.yaml", text: broken))
        let (_, diagnostics) = RulesetLoader(file: located.file, lang: .en, models: ModelFileSource(bundled: BundledScenarios.models)).load(id: "employabilite")
        let error = try #require(diagnostics.errors.first)
        let line = try #require(broken.components(separatedBy: "\n").firstIndex { $0.contains("takes: candidaturez") }) + 1
        #expect(error.line == line, "\(error.render(.en))")
        #expect(error.render(.en).contains("'candidaturez' is not another feature"), "\(error.render(.en))")
    }
}
