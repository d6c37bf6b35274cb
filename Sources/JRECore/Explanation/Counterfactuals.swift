/// A trained score's « what if » for one person: the score (and level) if one of its features took
/// the value of another (`counterfactual: {takes: …}`), everything else about the person unchanged.
///
/// The « métiers en tension » counterfactual of the `employabilite` ruleset gives « applications to a
/// shortage occupation » the value of « applications »: every application retargeted.
public struct ScoreCounterfactual: Sendable, Equatable {
    /// The feature changed and the one whose value it takes (indexes into the score's features).
    public var feature: Int
    public var takes: Int
    /// The feature's input now and with the change (NaN: missing).
    public var currentInput: Float
    public var changedInput: Float
    /// The score now and with the change.
    public var current: Double
    public var changed: Double
    /// The level index now and with the change (nil without levels).
    public var currentLevel: Int?
    public var changedLevel: Int?
}

extension Simulation {
    /// The counterfactuals of every trained score of `claimant` on `day`, by score index (empty for
    /// a score without one), through the one evaluator: its inputs, its model, its level rules.
    public func counterfactuals(claimant: Int, day: Int, parameters: ParameterValues) -> [[ScoreCounterfactual]] {
        var result = [[ScoreCounterfactual]](repeating: [], count: ruleset.scores.count)
        let wanted = ruleset.scores.indices.filter { ruleset.scores[$0].model?.features.contains { $0.counterfactual != nil } == true }
        guard !wanted.isEmpty, claimant < timelines.count else { return result }
        let evaluator = makeEvaluator(parameters, claimant: claimant)
        evaluator.evaluate(day: day)
        for score in wanted {
            guard let model = ruleset.scores[score].model, evaluator.values[score].isFinite, let row = evaluator.modelInputs(score) else { continue }
            // The weights in force: a scorecard's tunable weights as the lab set them.
            let trained = model.trained(with: parameters, in: ruleset)
            let current = evaluator.values[score], currentLevel = evaluator.levels[score] >= 0 ? Int(evaluator.levels[score]) : nil
            for (index, feature) in model.features.enumerated() {
                guard let counterfactual = feature.counterfactual,
                      let takes = model.features.firstIndex(where: { $0.name == counterfactual.takes }) else { continue }
                var changedRow = row
                changedRow[index] = row[takes]
                let changed = trained.score(changedRow)
                result[score].append(ScoreCounterfactual(
                    feature: index, takes: takes, currentInput: row[index], changedInput: row[takes], current: current, changed: changed,
                    currentLevel: currentLevel, changedLevel: evaluator.level(ofScore: score, value: changed)))
            }
        }
        return result
    }
}
