import Testing
@testable import JRECore
@testable import JREPopulation
import JREBundledScenarios
import JREText

/// The synthetic population: deterministic, drawn from the brief's figures (checked on 40,000 claimants
/// in ``PopulationGeneratorSlowTests``), in jre-standard's vocabulary, and with a hidden situation the
/// rules cannot read.
@Suite struct PopulationGeneratorTests {
    @Test func theSameSeedGivesTheSamePopulation() {
        let small = SyntheticPopulation(size: 300, seed: 5, days: 91)
        let first = PopulationSample.scenario(small, range: 0..<300, ruleset: Self.standard)
        let second = PopulationSample.scenario(small, range: 0..<300, ruleset: Self.standard)
        let other = PopulationSample.scenario(SyntheticPopulation(size: 300, seed: 6, days: 91), range: 0..<300, ruleset: Self.standard)
        func describe(_ event: Event) -> String {
            let attributes = event.attributes.keys.sorted().map { key in "\(key)=\(event.attributes[key]?.description ?? "")" }
            return "\(event.day):\(event.type):" + attributes.joined(separator: ",")
        }
        func fingerprint(_ scenario: Scenario) -> [String] {
            scenario.claimants.map { claimant in
                let profile = claimant.profile.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
                return profile + "|" + (claimant.situation?.rawValue ?? "") + "|" + claimant.events.map(describe).joined(separator: ";")
            }
        }
        #expect(fingerprint(first) == fingerprint(second))
        #expect(fingerprint(first) != fingerprint(other))
    }

    static var standard: Ruleset {
        let text = BundledScenarios.files["rulesets/jre-standard.yaml"] ?? ""
        return RulesetLoader(file: SourceFile(path: "jre-standard.yaml", text: text), lang: .fr).load(id: "jre-standard").0!
    }

    @Test func theGeneratorWritesJreStandardsVocabularyPlusTheFraudWorlds() {
        let ruleset = Self.standard
        let standard = GeneratedVocabulary.types.filter { !GeneratedVocabulary.worldTypes.contains($0.name) }
        #expect(standard.map(\.name) == ruleset.eventTypes.map(\.id))
        for (name, attributes) in standard {
            let own = attributes.filter { !GeneratedVocabulary.worldAttributes.contains($0) }
            #expect(own == (ruleset.eventType(name)?.attributes?.map(\.name) ?? []), "\(name)")
        }
        // The world's additions: the country of each login, the advisor's reports.
        #expect(GeneratedVocabulary.types.first { $0.name == "login" }?.attributes == ["pays"])
        #expect(GeneratedVocabulary.types.last?.name == "signalement")
    }

    @Test func jreStandardIsNotWarnedAboutTheFraudWorld() throws {
        let input = PopulationInput.synthetic(SyntheticPopulation(size: 10, seed: 1, days: 30))
        let rules = try #require(PopulationRules.bind(Self.standard, to: input, lang: .fr).0)
        #expect(rules.ignoredEventTypes.isEmpty)
        #expect(input.defaultGroupings == ["tranche_age", "revenus", "acces_numerique", "aidant", "probleme_sante", "anciennete", "situation"])
    }

    @Test func theHiddenSituationIsNotVisibleToTheRules() throws {
        #expect(!PopulationSchema.attributes.contains { $0.name.contains("situation") })
        let yaml = Fixture.ruleset(scores: Fixture.score("peek", "if(has(profile.situation), 1, 0)"))
        let (ruleset, diagnostics) = RulesetLoader(file: SourceFile(path: "peek.yaml", text: yaml), lang: .fr).load(id: "peek")
        #expect(!diagnostics.hasErrors, "\(diagnostics.map { $0.headline(.en) })")
        let sample = SyntheticPopulation(size: 500, seed: 3, days: 60)
        let peek = try #require(ruleset)
        let rules = try #require(PopulationRules.bind(peek, to: .synthetic(sample), lang: .fr).0)
        let results = try PopulationRun.results(.synthetic(sample), rules: rules, day: 60, parameters: ParameterValues(defaultsOf: rules.ruleset))
        #expect(results.count == 500)
        #expect(results.allSatisfy { $0.scoreValues == [0] })
    }

    @Test func aSweepGivesWhatSeparateEvaluationsGive() throws {
        let sample = SyntheticPopulation(size: 1_500, seed: 8, days: 150)
        let input = PopulationInput.synthetic(sample)
        let rules = try #require(PopulationRules.bind(Self.standard, to: input, lang: .fr).0)
        let defaults = ParameterValues(defaultsOf: rules.ruleset)
        for name in ["seuil_dynamique_faible", "window", "seuil_sans_contact"] {
            let index = try #require(rules.ruleset.parameterIndex(name))
            let parameter = rules.ruleset.parameters[index]
            let values = stride(from: parameter.min, through: parameter.max, by: max(1, (parameter.max - parameter.min) / 6)).map { $0 }
            let swept = try PopulationRun.sweep(input, rules: rules, day: 140, parameters: defaults, parameter: index, values: values, groupBy: ["acces_numerique"])
            for (position, value) in values.enumerated() {
                var moved = defaults
                moved[index] = value
                let single = try PopulationRun.evaluate(input, rules: rules, day: 140, parameters: moved, groupBy: ["acces_numerique"]).tally
                #expect(swept[position].alertCounts == single.alertCounts, "\(name)=\(value)")
                #expect(swept[position].flagged == single.flagged, "\(name)=\(value)")
                #expect(swept[position].levelCountsFlat == single.levelCountsFlat, "\(name)=\(value)")
                #expect(swept[position].group(0, 1).alertCounts == single.group(0, 1).alertCounts, "\(name)=\(value)")
            }
        }
    }
}
