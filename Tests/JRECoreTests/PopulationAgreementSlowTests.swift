import Testing
@testable import JRECore
@testable import JREPopulation
import JREBundledScenarios
import JRETestSupport
import JREText

/// The population evaluation gives exactly the per-claimant engine's results: the same 10,000
/// synthetic claimants are bound as an ordinary scenario (`Simulation`) and evaluated both ways,
/// for every bundled ruleset.
@Suite(.tags(.slow)) struct PopulationAgreementSlowTests {
    static let rulesetPaths = BundledScenarios.files.keys.filter { $0.hasPrefix("rulesets/") }.sorted()
    static let population = SyntheticPopulation(size: 10_000, seed: 20_240_625, days: 182)

    static func ruleset(_ path: String) throws -> Ruleset {
        let text = try #require(BundledScenarios.files[path])
        let (ruleset, diagnostics) = RulesetLoader(file: SourceFile(path: ScenarioLibrary.bundledPrefix + path, text: text), lang: .fr,
                                                  models: ModelFileSource(bundled: BundledScenarios.models)).load(id: path)
        #expect(!diagnostics.hasErrors, "\(diagnostics.map { $0.headline(.en) })")
        return try #require(ruleset)
    }

    static func same(_ a: Double, _ b: Double) -> Bool { a == b || (a.isNaN && b.isNaN) }

    /// Field-by-field differences between the engine's and the population's results.
    static func differences(_ expected: [ClaimantResult], _ actual: [ClaimantResult], day: Int) -> [String] {
        var problems: [String] = []
        if expected.count != actual.count { problems.append("day \(day): \(expected.count) vs \(actual.count) claimants") }
        for (index, (a, b)) in zip(expected, actual).enumerated() {
            let scores = zip(a.scoreValues, b.scoreValues).allSatisfy { same($0, $1) }
            if !scores || a.levels != b.levels || a.alerts != b.alerts || a.advice != b.advice || a.fault != b.fault {
                problems.append("claimant \(index) day \(day): engine \(a) population \(b)")
            }
        }
        return problems
    }

    /// A ruleset with an alert chosen by rank is refused by the population path (``PopulationRules/load(_:library:for:lang:)``), pointing to --capacity.
    static func isRefusedForItsRank(_ ruleset: Ruleset, sample: SyntheticPopulation) -> Bool {
        guard ruleset.alerts.contains(where: { $0.rank != nil }) else { return false }
        let library = ScenarioLibrary(bundled: BundledScenarios.files, models: BundledScenarios.models)
        let (rules, diagnostics) = PopulationRules.load(ruleset.id.replacingOccurrences(of: "rulesets/", with: "").replacingOccurrences(of: ".yaml", with: ""), library: library, for: .synthetic(sample), lang: .en)
        #expect(rules == nil && diagnostics.errors.contains { $0.render(.en).contains("--capacity") }, "\(ruleset.id)")
        return true
    }

    @Test(arguments: rulesetPaths)
    func populationMatchesTheEngine(path: String) throws {
        let ruleset = try Self.ruleset(path)
        if Self.isRefusedForItsRank(ruleset, sample: Self.population) { return }
        let (simulation, diagnostics) = PopulationSample.simulation(Self.population, range: 0..<Self.population.size, ruleset: ruleset, lang: .fr)
        let engine = try #require(simulation, "\(diagnostics.map { $0.headline(.en) })")
        let (bound, bindDiagnostics) = PopulationRules.bind(ruleset, to: .synthetic(Self.population), lang: .fr)
        let rules = try #require(bound, "\(bindDiagnostics.map { $0.headline(.en) })")
        var problems: [String] = []
        for day in [182, 95, 31, 3] {
            let parameters = engine.startingParameters
            let expected = engine.evaluate(day: day, parameters: parameters)
            let actual = try PopulationRun.results(.synthetic(Self.population), rules: rules, day: day, parameters: parameters)
            problems += Self.differences(expected, actual, day: day)
        }
        #expect(problems.isEmpty, "\(problems.count) differences, first: \(problems.prefix(3))")
    }

    @Test(arguments: rulesetPaths)
    func populationMatchesTheEngineWithMovedThresholds(path: String) throws {
        let ruleset = try Self.ruleset(path)
        let sample = SyntheticPopulation(size: 400, seed: 99, days: 120)
        if Self.isRefusedForItsRank(ruleset, sample: sample) { return }
        let engine = try #require(PopulationSample.simulation(sample, range: 0..<sample.size, ruleset: ruleset, lang: .fr).0)
        let rules = try #require(PopulationRules.bind(ruleset, to: .synthetic(sample), lang: .fr).0)
        var problems: [String] = []
        for (index, parameter) in ruleset.parameters.enumerated() {
            for value in [parameter.min, parameter.max] {
                var parameters = engine.startingParameters
                parameters[index] = value
                let expected = engine.evaluate(day: 100, parameters: parameters)
                let actual = try PopulationRun.results(.synthetic(sample), rules: rules, day: 100, parameters: parameters)
                problems += Self.differences(expected, actual, day: 100).map { "\(parameter.id)=\(value): \($0)" }
            }
        }
        #expect(problems.isEmpty, "\(problems.count) differences, first: \(problems.prefix(3))")
    }
}
