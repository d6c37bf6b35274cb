import JRECore
import JREPopulation
import JREText

/// Trains a ruleset's trained score with libxgboost on a population's control history (generated, or a folder's `controls.csv`).
///
/// Each controlled person's features are evaluated by the one evaluator (the engine's
/// ``Simulation``) on the day of their control; the label is what the control found. One row in
/// five (by claimant index) is held out for the card's figures. Same inputs, seed and thread
/// count give the same model bytes and the same card.
public enum ScoreTrainer {
    /// What a training run produced.
    public struct Outcome: Sendable {
        /// The model in XGBoost's JSON format, as libxgboost saved it.
        public var model: [UInt8]
        /// The model card (YAML), written beside the model.
        public var card: String
    }

    /// A training problem the user can fix: the message says what.
    public struct Failure: Error, Sendable {
        public var message: String
    }


    public static func train(
        ruleset: Ruleset, score scoreId: String, population: SyntheticPopulation, labels: ControlLabelSource,
        labelSourceName: String, truth: [Bool]? = nil, recipe: TrainingRecipe, modelFileName: String
    ) throws -> Outcome {
        guard let scoreIndex = ruleset.scoreIndex(scoreId), let model = ruleset.scores[scoreIndex].model else {
            let trained = ruleset.scores.filter { $0.model != nil }.map(\.id)
            throw Failure(message: "the ruleset has no trained score '\(scoreId)' (trained scores: \(trained.isEmpty ? "none" : trained.joined(separator: ", ")))")
        }
        let (simulation, diagnostics) = PopulationSample.simulation(population, range: 0..<population.size, ruleset: ruleset, lang: .en)
        guard let simulation else {
            throw Failure(message: "the ruleset does not fit the population: " + diagnostics.errors.prefix(3).map { $0.headline(.en) }.joined(separator: "; "))
        }
        var rows: [(claimant: Int, day: Int)] = [], targets: [Bool] = []
        for claimant in 0..<population.size {
            guard let label = labels(claimant) else { continue }
            rows.append((claimant, min(max(1, label.day), population.days)))
            targets.append(label.fraudFound)
        }
        try checkLabels(rows.count, targets)
        guard let inputs = simulation.modelInputs(score: scoreIndex, rows: rows, parameters: simulation.startingParameters) else {
            throw Failure(message: "'\(scoreId)' is not a trained score")
        }
        let everyone = (0..<population.size).map { (claimant: $0, day: population.days) }
        let table = TrainingTable(
            claimants: rows.map(\.claimant), targets: targets, inputs: inputs, count: population.size,
            everyone: simulation.modelInputs(score: scoreIndex, rows: everyone, parameters: simulation.startingParameters) ?? [],
            controls: (0..<population.size).map { labels($0).map { $0.fraudFound ? 1 : 0 } }, truth: truth,
            profile: { key in simulation.scenario.claimants.map { $0.profileValue(key)?.description } })
        return try fit(table, ruleset: ruleset, model: model, recipe: recipe, labelSourceName: labelSourceName, modelFileName: modelFileName)
    }

    /// Too few labels, or only one kind, cannot be learnt from.
    static func checkLabels(_ count: Int, _ targets: [Bool]) throws {
        guard count >= 10, targets.contains(true), targets.contains(false) else {
            throw Failure(message: "too few labels to learn from: \(count) controlled people, \(targets.filter { $0 }.count) with fraud found")
        }
    }

    /// Trains on `table`'s controlled rows (one in five, by claimant index, held out) and writes the card.
    static func fit(_ table: TrainingTable, ruleset: Ruleset, model: ScoreModel, recipe: TrainingRecipe, labelSourceName: String,
                    modelFileName: String) throws -> Outcome {
        let width = model.features.count, inputs = table.inputs, targets = table.targets
        let held = table.claimants.indices.filter { table.claimants[$0] % 5 == 0 }, kept = table.claimants.indices.filter { table.claimants[$0] % 5 != 0 }
        func matrix(_ indices: [Int]) -> FeatureMatrix {
            var values: [Float] = []
            values.reserveCapacity(indices.count * width)
            for index in indices { values += inputs[(index * width)..<((index + 1) * width)] }
            return FeatureMatrix(rows: indices.count, columns: width, values: values)
        }
        let kinds = model.features.map { $0.categories == nil ? FeatureKind.quantitative : .categorical }
        let parameters = TrainingParameters(trees: recipe.trees, depth: recipe.depth, eta: recipe.eta, seed: recipe.trainingSeed, threads: recipe.threads)
        let booster = try Booster.train(features: matrix(kept), labels: kept.map { targets[$0] ? 1 : 0 }, names: model.features.map(\.name),
                                        kinds: kinds, parameters: parameters)
        let bytes = try booster.jsonModel()
        let trained = try TrainedModel.read(text: String(decoding: bytes, as: UTF8.self), file: modelFileName)

        // The card's figures: held-out rows for ranking and precision; every person for selection rates.
        let heldScores = held.map { trained.score(row: $0, of: inputs, width: width) }
        let heldLabels: [Int?] = held.map { targets[$0] ? 1 : 0 }
        let heldSelected = ModelCardMetrics.selection(scores: heldScores, capacity: capacityCount(held.count, recipe.capacity))
        let heldConfusion = ModelCardMetrics.confusion(selected: heldSelected, labels: heldLabels)
        let allScores = trained.scores(table.everyone, width: width)
        let selected = ModelCardMetrics.selection(scores: allScores, capacity: capacityCount(table.count, recipe.capacity))
        let truthLabels: [Int?]? = table.truth.map { $0.map { $0 ? 1 : 0 } }
        let card = ModelCardWriter(
            recipe: recipe, ruleset: ruleset, model: model, modelFileName: modelFileName, trainedKind: trained.kindName, labelSourceName: labelSourceName,
            controlled: table.claimants.count, positives: targets.filter { $0 }.count, training: kept.count, held: held.count,
            auc: ModelCardMetrics.auc(scores: heldScores, labels: heldLabels), heldOut: heldConfusion,
            selected: selected.filter { $0 }.count, truth: truthLabels.map { ModelCardMetrics.confusion(selected: selected, labels: $0) },
            groups: groupings(table.profile, selected: selected, controls: table.controls, truth: truthLabels)
        ).yaml()
        return Outcome(model: bytes, card: card)
    }

    /// How many of `count` people a capacity share selects (at least one).
    static func capacityCount(_ count: Int, _ share: Double) -> Int {
        max(1, min(count, Int((Double(count) * share).rounded())))
    }

    /// Per grouping: the rates of each value among everyone (against the control labels, and the hidden truth when known).
    static func groupings(_ profile: (String) -> [String?]?, selected: [Bool], controls: [Int?], truth: [Int?]?) -> [ModelCardWriter.Grouping] {
        ModelCardMetrics.cardGroupings.compactMap { key -> ModelCardWriter.Grouping? in
            guard let texts = profile(key) else { return nil }
            let (values, codes) = ModelCardMetrics.groupCodes(texts)
            guard !values.isEmpty else { return nil }
            return ModelCardWriter.Grouping(
                attribute: key,
                controls: ModelCardMetrics.groupRates(selected: selected, labels: controls, groups: codes, values: values),
                truth: truth.map { ModelCardMetrics.groupRates(selected: selected, labels: $0, groups: codes, values: values) })
        }
    }
}

/// What training reads, whatever the population: the controlled people (by claimant index, ascending)
/// with their inputs on their control day and their labels, and for the card everyone's inputs on the
/// last day, control labels, hidden truth and profile values.
struct TrainingTable {
    var claimants: [Int]
    var targets: [Bool]
    /// `claimants.count × width` inputs, one row after another.
    var inputs: [Float]
    /// How many people.
    var count: Int
    /// `count × width` inputs on the last day.
    var everyone: [Float]
    /// Per person: 1 when their control found fraud, 0 when it did not, nil when never controlled.
    var controls: [Int?]
    var truth: [Bool]?
    /// Per person, the value of a profile attribute as written (nil: missing); nil when the population has no such attribute.
    var profile: (String) -> [String?]?
}
