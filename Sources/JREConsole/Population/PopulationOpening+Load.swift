import JRECore
import JREPopulation
import JREText

/// The sizes and seed of the population screen's populations.
public struct PopulationSizes: Sendable, Equatable {
    /// The sample recomputed while settings move.
    public var sample: Int
    /// The whole population, evaluated on demand (the national figure by default).
    public var full: Int
    public var seed: UInt64
    public var days: Int

    public init(sample: Int = PopulationScreen.sampleSize, full: Int = PopulationScreen.fullSize, seed: UInt64 = 42,
                days: Int = SyntheticPopulation.defaultDays) {
        self.sample = max(1, sample)
        self.full = max(1, full)
        self.seed = seed
        self.days = min(max(1, days), SyntheticPopulation.maximumDays)
    }
}

extension ConsoleEffectRunner {
    /// Binds the rulesets to the synthetic population and builds the population screen; a ruleset that
    /// does not fit the population's vocabulary, or counts events it never has, is left out, and noted
    /// when it is the one asked for (kept, then, with the note).
    func openPopulation(_ opening: PopulationOpening) -> ConsoleEvent {
        let sizes = populationSizes
        let sample = SyntheticPopulation(size: sizes.sample, seed: sizes.seed, days: sizes.days)
        let full = SyntheticPopulation(size: sizes.full, seed: sizes.seed, days: sizes.days)
        let input = PopulationInput.synthetic(sample)
        var note: String?
        var rulesets: [PopulationRules] = []
        var parameters: ParameterValues?, starting: ParameterValues?, selection = 0
        if let ruleset = opening.ruleset {
            let (rules, diagnostics) = PopulationRules.bind(ruleset, to: input, lang: lang)
            if let rules {
                let absent = rules.absentEventTypes(lang)
                if !absent.isEmpty { note = Strings.popConsoleAbsentTypes.format(lang, ruleset.id, absent.joined(separator: ", ")) }
                rulesets.append(rules)
                parameters = opening.parameters
                starting = opening.startingParameters
                selection = opening.selection
            } else {
                let first = diagnostics.errors.first?.headline(lang) ?? ruleset.id
                note = Strings.popConsoleRulesetUnfit.format(lang, ruleset.id, first)
            }
        }
        let library = self.library ?? ScenarioLibrary(bundled: [:])
        let names = library.rulesetNames.sorted { ($0 == "jre-standard" ? 0 : 1, $0) < ($1 == "jre-standard" ? 0 : 1, $1) }
        for name in names where !rulesets.contains(where: { $0.ruleset.id == name }) {
            // A ruleset made for other data (the CAF's households) would show everyone at 0: not offered.
            if let rules = PopulationRules.load(name, library: library, for: input, lang: lang).0, rules.absentEventTypes(lang).isEmpty {
                rulesets.append(rules)
            }
        }
        guard !rulesets.isEmpty else { return .populationFailedToOpen(reason: Strings.popConsoleNoRuleset(lang)) }
        return .populationOpened(PopulationScreen(rulesets: rulesets, parameters: parameters, startingParameters: starting, selection: selection,
                                                  sample: sample, full: full, returnTo: opening.returnTo), note: note)
    }
}
