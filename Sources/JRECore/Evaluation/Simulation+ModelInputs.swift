extension Simulation {
    /// The inputs trained score `score` gives its model for each `(claimant, day)`, through the one
    /// evaluator: `rows.count × featureCount` values one row after another (NaN: missing; a category's
    /// index). Nil for a score written as an expression. A row whose evaluation faulted is all NaN.
    public func modelInputs(score: Int, rows: [(claimant: Int, day: Int)], parameters: ParameterValues) -> [Float]? {
        guard score < ruleset.scores.count, let model = ruleset.scores[score].model else { return nil }
        let width = model.features.count
        var result = [Float](repeating: .nan, count: rows.count * width)
        guard !timelines.isEmpty else { return result }
        let evaluator = makeEvaluator(parameters)
        for (index, row) in rows.enumerated() {
            evaluator.events = timelines[row.claimant].view
            evaluator.evaluate(day: row.day)
            // Scores before this one faulted: its inputs were never computed.
            guard evaluator.values[score].isFinite || evaluator.fault == nil, let inputs = evaluator.modelInputs(score) else { continue }
            for column in 0..<width { result[index * width + column] = inputs[column] }
        }
        return result
    }
}
