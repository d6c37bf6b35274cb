import Testing
@testable import JRECore
@testable import JREPopulation
import JREBundledScenarios

/// The synthetic world's employment outcome (`docs/population-model.md` § 1.6) and what the bundled
/// `employabilite` model does with it, through the population path: offline searchers and carers
/// return to work almost as often as online searchers, yet are left « à distance » far more often.
@Suite struct EmploymentOutcomeTests {
    static let population = SyntheticPopulation(size: 20_000, seed: 7, days: 182)

    /// Every claimant's drawn profile (situation and outcome), by index.
    static let profiles: [SyntheticProfile] = {
        let drawer = ClaimantDrawer(population)
        let events = ClaimantEvents(layout: EventLayout(typeCount: GeneratedVocabulary.types.count, needed: []))
        return (0..<population.size).map { drawer.draw($0, into: events) }
    }()

    static func rate(_ members: [Bool]) -> Double { Double(members.filter { $0 }.count) / Double(max(1, members.count)) }

    static func returnRate(_ situation: TrueSituation) -> Double {
        rate(profiles.filter { $0.situation == situation && $0.registered < population.days }.map(\.world.returnsToWork))
    }

    @Test func theOutcomeFollowsWhatPeopleDoNotTheirTraces() {
        let online = Self.returnRate(.activeOnline), offline = Self.returnRate(.activeOffline), caring = Self.returnRate(.caring)
        #expect(abs(offline - online) < 0.05, "offline \(offline), online \(online)")
        #expect(caring > 0.7 * online, "caring \(caring), online \(online)")
        #expect(Self.returnRate(.discouraged) < 0.5 * online)
        // Overall, near the sourced order of magnitude (35.8 % of registrants in categories A or B within six months).
        let overall = Self.rate(Self.profiles.map(\.world.returnsToWork))
        #expect((0.28...0.42).contains(overall), "\(overall)")
    }

    @Test func theModelLeavesOfflineSearchersAndCarersAtADistanceMoreOften() throws {
        let text = try #require(BundledScenarios.files["rulesets/employabilite.yaml"])
        let file = SourceFile(path: "bundled:rulesets/employabilite.yaml", text: text)
        let (loaded, diagnostics) = RulesetLoader(file: file, lang: .en, models: ModelFileSource(bundled: BundledScenarios.models)).load(id: "employabilite")
        let ruleset = try #require(loaded, "\(diagnostics.map { $0.render(.en) })")
        let (bound, _) = PopulationRules.bind(ruleset, to: .synthetic(Self.population), lang: .en)
        let rules = try #require(bound)
        let score = try #require(ruleset.scoreIndex("employabilite"))
        let distance = try #require(ruleset.scores[score].levels.firstIndex { $0.name == "suivi" })
        let levels = try PopulationRun.rows(.synthetic(Self.population), rules: rules, day: Self.population.days,
                                            parameters: ParameterValues(defaultsOf: ruleset)) { Int($0.levels[score]) }.rows
        func atADistance(_ situation: TrueSituation) -> Double {
            Self.rate(Self.profiles.indices.filter { Self.profiles[$0].situation == situation }.map { levels[$0] == distance })
        }
        let online = atADistance(.activeOnline)
        #expect(atADistance(.activeOffline) > 1.5 * online, "offline \(atADistance(.activeOffline)), online \(online)")
        #expect(atADistance(.caring) > 1.5 * online, "caring \(atADistance(.caring)), online \(online)")
    }
}
