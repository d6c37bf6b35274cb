import Testing
@testable import JRECore
@testable import JREPopulation
import JREText

/// A household ruleset run on the synthetic job seekers is told apart: the events its rules count
/// are named (by the ruleset's words), so nobody reads its zeros as a finding.
@Suite struct PopulationAbsentEventsTests {
    static let population = PopulationInput.synthetic(SyntheticPopulation(size: 50, seed: 3, days: 60))

    @Test func aHouseholdRulesetNamesTheEventsTheJobSeekersNeverHave() throws {
        let ruleset = try PopulationAgreementSlowTests.ruleset("rulesets/caf-2014.yaml")
        let rules = try #require(PopulationRules.bind(ruleset, to: Self.population, lang: .fr).0)
        let french = rules.absentEventTypes(.fr), english = rules.absentEventTypes(.en)
        #expect(french.contains("paiements") && french.contains("déclarations mensuelles"), "\(french)")
        #expect(english.contains("payments"), "\(english)")
        #expect(!french.contains { $0.contains("_") }, "identifiers instead of words: \(french)")
    }

    @Test func theJobSeekersRulesetsHaveNothingMissing() throws {
        for path in ["rulesets/jre-standard.yaml", "rulesets/suspicion.yaml", "rulesets/employabilite.yaml"] {
            let ruleset = try PopulationAgreementSlowTests.ruleset(path)
            let rules = try #require(PopulationRules.bind(ruleset, to: Self.population, lang: .fr).0)
            #expect(rules.absentEventTypes(.fr).isEmpty, "\(path): \(rules.absentEventTypes(.fr))")
        }
    }
}
