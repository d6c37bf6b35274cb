import JRECore
import JREText

extension PopulationRules {
    /// The population path evaluates each person alone, streamed: an alert chosen by rank (the top N
    /// among all claimants, ``CohortRank``) cannot be computed there. Refused, located at its `rank:`,
    /// pointing to `--capacity` (the N highest scores of a population, read from one walk's histogram).
    /// ``load(_:library:for:lang:)`` (`population evaluate`, the population screen's rulesets) refuses
    /// it; ``bind(_:to:lang:)`` does not (training and audits read scores only, never alerts).
    static func rankRefusal(_ compiled: CompiledRuleset) -> Diagnostic? {
        guard let rank = compiled.ranks.first, let definition = compiled.ruleset.alerts[rank.alert].rank else { return nil }
        let ruleset = compiled.ruleset, alert = ruleset.alerts[rank.alert]
        let top = String(rank.top(ParameterValues(defaultsOf: ruleset)))
        return Diagnostic(.error, file: ruleset.source.path, line: definition.position.line, column: definition.position.column, length: 1,
                          message: LocalizedMessage(Strings.diagRankPopulation, alert.id, top, ruleset.scores[rank.score].id),
                          context: [LocalizedMessage(Strings.ctxAlert, alert.id)], sourceLine: ruleset.source.line(definition.position.line))
    }
}
