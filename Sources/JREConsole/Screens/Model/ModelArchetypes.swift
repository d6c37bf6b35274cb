import JRECore

/// Archetypes: the selected person's model inputs with one of them changed, and the score each time.
///
/// The same row the engine gave the model (``Simulation/modelInputs(score:rows:parameters:)``),
/// one input set to another value; nothing else about the person moves.
enum ModelArchetypes {
    /// One changed input: which feature, the value it gets, and the score with it.
    struct Variant {
        var feature: Int
        /// The value given, as the model reads it (a category's index for a categorical feature).
        var value: Float
        var isCurrent: Bool
        var score: Double
    }

    /// One feature's row of variants.
    struct Row {
        var feature: Int
        var variants: [Variant]
    }

    /// The features archetypes change, by name, and the values tried for a numeric one.
    static let tried: [(name: String, values: [Float])] = [
        ("nationalite", []),
        ("age", [22, 35, 58]),
        ("compte_etranger", [0, 1]),
        ("connexions_etranger", [0, 3, 10]),
    ]

    /// `trained` replaces the ruleset's model (after a retraining on the model screen); the inputs are the engine's.
    static func rows(_ simulation: Simulation, score: Int, claimant: Int, day: Int, parameters: ParameterValues, trained: TrainedModel? = nil) -> (current: Double, rows: [Row])? {
        guard let model = simulation.ruleset.scores[score].model,
              let row = simulation.modelInputs(score: score, rows: [(claimant: claimant, day: day)], parameters: parameters) else { return nil }
        let trained = trained ?? model.trained
        let current = trained.score(row)
        var rows: [Row] = []
        for (name, values) in tried {
            guard let index = model.features.firstIndex(where: { $0.name == name }) else { continue }
            var candidates = model.features[index].categories.map { $0.indices.map(Float.init) } ?? values
            // The person's own value is always one of them, in order.
            if !row[index].isNaN, !candidates.contains(row[index]) { candidates = (candidates + [row[index]]).sorted() }
            let variants = candidates.map { value -> Variant in
                var changed = row
                changed[index] = value
                // Logins from abroad are logins: the total is at least as large.
                if name == "connexions_etranger", let total = model.features.firstIndex(where: { $0.name == "connexions" }), !changed[total].isNaN {
                    changed[total] = max(changed[total] - row[index] + value, value)
                }
                return Variant(feature: index, value: value, isCurrent: value == row[index], score: trained.score(changed))
            }
            rows.append(Row(feature: index, variants: variants))
        }
        return (current, rows)
    }
}
