import Foundation
import Testing
@testable import JRECore
@testable import JREPopulation
import JREBundledScenarios
import JREText

/// `population evaluate --ruleset suspicion --capacity N`: the trained score read as a national
/// control capacity, as the printed section says it (who is controlled, how many are honest).
@Suite struct CapacityReportTests {
    static let population = SyntheticPopulation(size: 8_000, seed: 7, days: 182)

    static func outcome(groupBy: [String] = ["nationalite", "banque"]) throws -> (CapacityRun.Outcome, PopulationRules) {
        let input = PopulationInput.synthetic(population)
        let library = ScenarioLibrary(bundled: BundledScenarios.files, models: BundledScenarios.models)
        let loaded = PopulationRules.load("suspicion", library: library, for: input, lang: .fr)
        let rules = try #require(loaded.0, "\(loaded.1.map { $0.render(.en) })")
        let score = try #require(CapacityRun.trainedScore(rules), "the suspicion ruleset has a trained score")
        let outcome = try CapacityRun.evaluate(population, rules: rules, score: score, day: 182,
                                               parameters: ParameterValues(defaultsOf: rules.ruleset), groupBy: groupBy)
        return (outcome, rules)
    }

    @Test func theSectionSaysTheFraudServicesCapacityIsNotPublicInBothLanguages() throws {
        let (outcome, rules) = try Self.outcome()
        let report = CapacityReport(outcome: outcome, rules: rules, capacity: CapacityReport.controls2024)
        let french = report.text(.fr), english = report.text(.en)
        #expect(french.contains("La capacité du service de lutte contre la fraude n'est pas publique"))
        #expect(french.contains("610\u{202F}780 contrôles"))
        #expect(french.contains("les contrôles de la recherche d'emploi de 2024"))
        #expect(english.contains("The fraud service's own capacity is not public"))
        #expect(CapacityReport(outcome: outcome, rules: rules, capacity: CapacityReport.target2027).text(.en).contains("1.5 million controls by 2027"))
    }

    @Test func theCapacityControlsAtLeastItsShareOfTheSampleAndAlmostOnlyHonestPeople() throws {
        let (outcome, rules) = try Self.outcome()
        let report = CapacityReport(outcome: outcome, rules: rules, capacity: CapacityReport.controls2024)
        let share = Double(CapacityReport.controls2024) / Double(PopulationReport.nationalClaimants)
        #expect(Double(report.selected) >= share * Double(report.sampleSize) - 1, "ties included, never fewer than the capacity")
        #expect(report.selected < report.sampleSize / 2, "610,780 of 5.49 M is about 11 %, ties included: \(report.selected)")
        // Fraud is rare (about 1 %): at this capacity most people controlled are honest.
        #expect(report.honestSelected > 9 * report.fraudSelected)
        for table in report.groups {
            #expect(table.lines.reduce(0) { $0 + $1.people } == report.sampleSize, "\(table.attribute): every person in one group")
            #expect(table.lines.reduce(0) { $0 + $1.selected } == report.selected)
            #expect(table.lines.reduce(0) { $0 + $1.honestSelected } == report.honestSelected)
        }
    }

    @Test func aCapacityOfEveryoneControlsEveryHonestPerson() throws {
        let (outcome, rules) = try Self.outcome()
        let report = CapacityReport(outcome: outcome, rules: rules, capacity: PopulationReport.nationalClaimants)
        #expect(report.selected == report.sampleSize)
        for line in report.groups.flatMap(\.lines) {
            #expect(line.falsePositiveRate == 1, "\(line.value)")
            #expect(line.ratioOutsideTolerance == false)
        }
        #expect(report.text(.en).contains("outside the European Union           851      100.0%          100.0%"), "\(report.text(.en))")
    }

    @Test func aRulesOnlyRulesetHasNoTrainedScore() throws {
        let input = PopulationInput.synthetic(Self.population)
        let rules = try #require(PopulationRules.load("jre-standard", library: ScenarioLibrary(bundled: BundledScenarios.files), for: input, lang: .fr).0)
        #expect(CapacityRun.trainedScore(rules) == nil)
    }

    @Test func countingTheCapacityInTheSameWalkLeavesTheReportAsItWas() throws {
        let input = PopulationInput.synthetic(Self.population)
        let library = ScenarioLibrary(bundled: BundledScenarios.files, models: BundledScenarios.models)
        let rules = try #require(PopulationRules.load("suspicion", library: library, for: input, lang: .fr).0)
        let parameters = ParameterValues(defaultsOf: rules.ruleset)
        let plain = try PopulationRun.evaluate(input, rules: rules, day: 182, parameters: parameters, groupBy: ["nationalite"])
        let both = try PopulationRun.evaluate(input, rules: rules, day: 182, parameters: parameters, groupBy: ["nationalite"],
                                              capacityScore: CapacityRun.trainedScore(rules))
        #expect(plain.capacity == nil)
        #expect(both.tally == plain.tally)
        let capacity = try #require(both.capacity)
        #expect(capacity.overall.reduce(0, +) + capacity.unscored == Self.population.size)
    }

    @Test func theHiddenFraudCountedIsTheFraudWorlds() throws {
        let (outcome, rules) = try Self.outcome()
        let report = CapacityReport(outcome: outcome, rules: rules, capacity: PopulationReport.nationalClaimants)
        let frauds = FraudWorld.profiles(Self.population).filter { $0.fraud != .none }.count
        #expect(report.frauds == frauds)
        // Everyone controlled: every defrauder is found, and precision is the share of defrauders.
        #expect(report.confusion.recall == 1)
        #expect(report.confusion.precision == Double(frauds) / Double(Self.population.size))
    }

    @Test func jsonAndCSVCarryEachCapacityAndSayTheFraudServicesIsNotPublic() throws {
        let (outcome, rules) = try Self.outcome()
        let input = PopulationInput.synthetic(Self.population)
        let parameters = ParameterValues(defaultsOf: rules.ruleset)
        let run = try PopulationRun.evaluate(input, rules: rules, day: 182, parameters: parameters, groupBy: ["nationalite", "banque"])
        let report = PopulationReport(origin: .synthetic(Self.population), rules: rules, day: 182, days: 182, parameters: parameters, outcome: run)
        let capacities = [CapacityReport.controls2024, CapacityReport.target2027].map { CapacityReport(outcome: outcome, rules: rules, capacity: $0) }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json(.en, capacities: capacities).utf8)) as? [String: Any])
        let sections = try #require(json["capacities"] as? [[String: Any]])
        #expect(sections.map { $0["capacity"] as? Int } == [610_780, 1_500_000])
        #expect(sections.map { $0["source"] as? String } == ["controls_2024", "target_2027"])
        #expect(sections.allSatisfy { $0["fraud_service_capacity_public"] as? Bool == false })
        let groups = try #require(sections[0]["groups"] as? [[String: Any]])
        #expect(groups.map { $0["attribute"] as? String } == ["nationalite", "banque"])
        #expect(report.json(.en).contains("capacities") == false, "without --capacity the JSON is as before")
        let csv = report.csv(.en, capacities: capacities)
        #expect(csv.contains("\ncapacity,,,610780,fraud_service_capacity_public,0\n"))
        #expect(csv.contains("\ncapacity,nationalite,hors_ue,1500000,false_positive_rate,"))
        #expect(csv.hasPrefix(report.csv(.en)), "the capacity rows come after the report's, which are unchanged")
    }
}
