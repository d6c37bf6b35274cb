import Foundation
@testable import JRECore
import JRETraining
import Testing

/// Trained scores in rulesets: the engine's value of a model score is libxgboost's own prediction on
/// the features the rules compute, with categorical splits and with one-hot columns; levels, alerts
/// and threshold sweeps read it like any score; explanations carry its contributions.
@Suite struct TrainedScoreTests {
    static let people = TrainedScoreFixture.people(count: 80, seed: 5)

    /// The engine's scores on the fixture's day, and libxgboost's predictions for the same people.
    static func scores(oneHot: Bool) throws -> (simulation: Simulation, engine: [Double], library: [Float], booster: Booster) {
        let booster = try TrainedScoreFixture.booster(oneHot: oneHot)
        let json = String(decoding: try booster.jsonModel(), as: UTF8.self)
        let report = TrainedScoreFixture.load(ruleset: TrainedScoreFixture.ruleset(features: TrainedScoreFixture.features(oneHot: oneHot)),
                                              people: people, models: ["models/m.json": json])
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { $0.render(.en) })")
        let simulation = try #require(report.simulation)
        let results = simulation.evaluate(day: TrainedScoreFixture.day, parameters: simulation.startingParameters)
        let library = try booster.predict(TrainedScoreFixture.matrix(people, oneHot: oneHot), kind: .value, kinds: TrainedScoreFixture.kinds(oneHot: oneHot))
        return (simulation, results.map { $0.scoreValues[0] }, library, booster)
    }

    @Test(arguments: [false, true])
    func theScoreIsTheLibrarysPredictionOnTheRulesFeatures(oneHot: Bool) throws {
        let (_, engine, library, _) = try Self.scores(oneHot: oneHot)
        #expect(engine.count == Self.people.count)
        let worst = zip(engine, library).map { abs($0 - Double($1)) }.max() ?? .infinity
        #expect(worst < 1e-5, "largest difference \(worst)")
        // The scores really vary: the features reach the model.
        #expect(Set(library.map { ($0 * 1000).rounded() }).count > 5)
    }

    @Test func aMissingProfileValueIsAMissingFeatureNotAFault() throws {
        let (simulation, engine, _, _) = try Self.scores(oneHot: false)
        let missing = Self.people.indices.filter { Self.people[$0].x == nil }
        #expect(!missing.isEmpty)
        let results = simulation.evaluate(day: TrainedScoreFixture.day, parameters: simulation.startingParameters)
        for index in missing {
            #expect(results[index].fault == nil)
            #expect(engine[index].isFinite)
        }
    }

    @Test func levelsAndAlertsReadTheModelsOutput() throws {
        let (simulation, _, library, _) = try Self.scores(oneHot: false)
        var parameters = simulation.startingParameters
        for threshold in [0.2, 0.5, 0.8] {
            parameters[0] = threshold
            let results = simulation.evaluate(day: TrainedScoreFixture.day, parameters: parameters)
            for (result, expected) in zip(results, library) {
                let high = Double(expected) >= threshold
                #expect(result.levels[0] == (high ? 0 : 1))
                #expect(result.alerts[0] == high)
            }
        }
    }

    @Test func aSweepOfTheThresholdCountsThePeopleAboveEachValue() throws {
        let (simulation, _, library, _) = try Self.scores(oneHot: true)
        let sweep = simulation.sweep(parameter: 0, day: TrainedScoreFixture.day, parameters: simulation.startingParameters)
        #expect(sweep.values.count == 21)
        for (index, value) in sweep.values.enumerated() {
            let expected = library.filter { Double($0) >= value }.count
            #expect(sweep.count(value: index, alert: 0) == expected, "at \(value)")
        }
        // Someone's tipping point is where their prediction crosses the step grid.
        let tipping = simulation.tippingPoints(claimant: 0, parameter: 0, day: TrainedScoreFixture.day, parameters: simulation.startingParameters)
        let crossing = sweep.values.first { $0 > Double(library[0]) }
        #expect(tipping[0].flips == (crossing.map { [$0] } ?? []))
    }

    @Test(arguments: [false, true])
    func theExplanationGivesTheLibrarysContributions(oneHot: Bool) throws {
        let (simulation, _, _, booster) = try Self.scores(oneHot: oneHot)
        let width = TrainedScoreFixture.names(oneHot: oneHot).count
        let library = try booster.predict(TrainedScoreFixture.matrix(Self.people, oneHot: oneHot), kind: .contributions, kinds: TrainedScoreFixture.kinds(oneHot: oneHot))
        for claimant in [0, 1, 2, 3, 7] {
            let explanation = simulation.explain(claimant: claimant, day: TrainedScoreFixture.day, parameters: simulation.startingParameters)
            let contributions = try #require(explanation.scores[0].contributions)
            #expect(contributions.features.map(\.name) == TrainedScoreFixture.names(oneHot: oneHot))
            for (column, feature) in contributions.features.enumerated() {
                #expect(abs(feature.contribution - Double(library[claimant * (width + 1) + column])) < 1e-5)
            }
            #expect(abs(contributions.bias - Double(library[claimant * (width + 1) + width])) < 1e-5)
            #expect(abs((explanation.scores[0].value ?? .nan) - contributions.score) < 1e-12)
            #expect(contributions.features[0].isMissing == (Self.people[claimant].x == nil))
        }
    }

    @Test func theTextExplanationRanksEachFeaturesPushWithTheValueAndUnit() throws {
        let (simulation, _, _, _) = try Self.scores(oneHot: false)
        let claimant = try #require(Self.people.firstIndex { $0.x != nil && $0.logins > 0 })
        let explanation = simulation.explain(claimant: claimant, day: TrainedScoreFixture.day, parameters: simulation.startingParameters)
        let lines = ExplanationText(simulation: simulation, lang: .en).render(explanation)
        let contributions = try #require(explanation.scores[0].contributions)
        let ranked = contributions.ranked.map(\.name)
        let labels = ["x": "Valeur x", "g": "Groupe", "logins": "Connexions (30 jours)"]
        let order = ranked.compactMap { name in lines.firstIndex { $0.contains("  " + labels[name]! + " = ") } }
        #expect(order == order.sorted() && order.count == 3, "\(lines.joined(separator: "\n"))")
        #expect(lines.contains { $0.contains("Valeur x = \(Int(Self.people[claimant].x!)) points") })
        #expect(lines.contains { $0.contains("Groupe = '\(TrainedScoreFixture.groups[Self.people[claimant].group])'") })
        // The events behind an event-based feature are listed under it.
        #expect(lines.contains { $0.contains("day \(TrainedScoreFixture.day)") && $0.contains("login") }, "\(lines.joined(separator: "\n"))")
    }

    @Test func theReportsJSONGivesEachTrainedScoresContributions() throws {
        let (simulation, _, _, _) = try Self.scores(oneHot: false)
        let report = BoardReport(simulation: simulation, day: TrainedScoreFixture.day, parameters: simulation.startingParameters, lang: .en)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        let claimants = try #require(object["claimants"] as? [[String: Any]])
        let score = try #require((claimants[0]["scores"] as? [String: Any])?["risque"] as? [String: Any])
        #expect(score["value"] is Double)
        #expect(score["level"] is String)
        let contributions = try #require(score["contributions"] as? [String: Double])
        #expect(Set(contributions.keys) == ["x", "g", "logins"])
        let margin = try #require(score["margin"] as? Double), bias = try #require(score["bias"] as? Double)
        #expect(abs(contributions.values.reduce(0, +) + bias - margin) < 1e-9)
    }
}
