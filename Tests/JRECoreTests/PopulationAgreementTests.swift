import Testing
@testable import JRECore
@testable import JREPopulation

/// The quick form of ``PopulationAgreementSlowTests``: 300 synthetic claimants, jre-standard, two days,
/// evaluated by the per-claimant engine (per-day tables) and by the population (binary searches).
@Suite struct PopulationAgreementTests {
    @Test func aSmallPopulationMatchesTheEngine() throws {
        let ruleset = try PopulationAgreementSlowTests.ruleset("rulesets/jre-standard.yaml")
        let sample = SyntheticPopulation(size: 300, seed: 7, days: 182)
        let engine = try #require(PopulationSample.simulation(sample, range: 0..<sample.size, ruleset: ruleset, lang: .fr).0)
        let rules = try #require(PopulationRules.bind(ruleset, to: .synthetic(sample), lang: .fr).0)
        var problems: [String] = []
        for day in [182, 40] {
            let expected = engine.evaluate(day: day, parameters: engine.startingParameters)
            let actual = try PopulationRun.results(.synthetic(sample), rules: rules, day: day, parameters: engine.startingParameters)
            problems += PopulationAgreementSlowTests.differences(expected, actual, day: day)
        }
        #expect(problems.isEmpty, "\(problems.count) differences, first: \(problems.prefix(3))")
    }
}
