import JRECore
import JREPopulation
import JREText

/// Trains a ruleset's trained score with libxgboost on a population's control history (generated, or a folder's `controls.csv`).
///
/// Each controlled person's features are evaluated by the one evaluator (the engine's
/// ``RuleEvaluator``, through the population path) on the day of their control; the label is what the control found. One row in
/// five (by claimant index) is held out for the card's figures. Same inputs, seed and thread
/// count give the same model bytes and the same card.
public enum ScoreTrainer {
    /// What a training run produced.
    public struct Outcome: Sendable {
        /// The model in XGBoost's JSON format, as libxgboost saved it.
        public var model: [UInt8]
        /// The model card (YAML), written beside the model; empty when none was asked for.
        public var card: String
        /// The controlled people learnt from (one in five held out for the card), and among them the
        /// labels « fraud found »: a few dozen of those and the model learns noise.
        public var controlled = 0
        public var positives = 0
    }

    /// A training problem the user can fix: the message says what.
    public struct Failure: Error, Sendable {
        private let words: @Sendable (Lang) -> String

        /// The message in English.
        public var message: String { words(.en) }

        /// The message in `lang`.
        public func message(_ lang: Lang) -> String { words(lang) }

        /// A message of the string table.
        public init(_ text: LocalizedMessage) { words = { text.render($0) } }

        /// A message in the same words in both languages.
        public init(message: String) { words = { _ in message } }

        /// A message written in the language asked for (diagnostics rendered in it, for instance).
        init(render: @escaping @Sendable (Lang) -> String) { words = render }

        /// The ruleset has no trained score `scoreId`: which ones it has.
        static func noTrainedScore(_ ruleset: Ruleset, _ scoreId: String) -> Failure {
            let trained = ruleset.scores.filter { $0.model != nil }.map(\.id)
            return Failure(LocalizedMessage(Strings.trainNoTrainedScore, [
                .text(scoreId), trained.isEmpty ? .message(LocalizedMessage(Strings.trainNone)) : .text(trained.joined(separator: ", ")),
            ]))
        }

        /// The first errors of a ruleset that does not bind to a population, in the language asked for.
        static func doesNotFit(_ phrase: Phrase, _ diagnostics: [Diagnostic]) -> Failure {
            let errors = diagnostics.errors.prefix(3)
            return Failure { lang in phrase.format(lang, errors.map { $0.headline(lang) }.joined(separator: "; ")) }
        }

        /// Diagnostics as the user reads them, one after the other.
        static func diagnostics(_ diagnostics: [Diagnostic], under phrase: Phrase? = nil) -> Failure {
            Failure { lang in
                let text = diagnostics.map { $0.render(lang) }.joined(separator: "\n")
                return phrase.map { $0.format(lang, text) } ?? text
            }
        }
    }


    /// Trains `scoreId` on a generated population's control history.
    ///
    /// The controlled people's features are evaluated through the population path (the engine's
    /// evaluator over the generated claimants, on every core), each on the day of their control;
    /// with `withCard`, everyone's on the last day too, for the card's selection and group rates
    /// (without it, `Outcome.card` is empty: the console's retraining shows its own figures).
    public static func train(
        ruleset: Ruleset, score scoreId: String, population: SyntheticPopulation, labels: ControlLabelSource,
        labelSourceName: String, truth: [Bool]? = nil, recipe: TrainingRecipe, modelFileName: String,
        withCard: Bool = true, monitor: TrainingMonitor = TrainingMonitor()
    ) throws -> Outcome {
        guard let scoreIndex = ruleset.scoreIndex(scoreId), let model = ruleset.scores[scoreIndex].model else {
            throw Failure.noTrainedScore(ruleset, scoreId)
        }
        let input = PopulationInput.synthetic(population)
        let (bound, diagnostics) = PopulationRules.bind(ruleset, to: input, lang: .en)
        guard let rules = bound else {
            throw Failure.doesNotFit(Strings.trainRulesetDoesNotFit, diagnostics)
        }
        let controls = (0..<population.size).map { labels($0) }
        let claimants = controls.indices.filter { controls[$0] != nil }
        let targets = claimants.map { controls[$0]?.fraudFound == true }
        try checkLabels(claimants.count, targets)
        let parameters = ParameterValues(defaultsOf: ruleset)
        let width = model.features.count, extract = inputExtractor(scoreIndex, width: width)
        let days = controls.map { label in label.map { min(max(1, $0.day), population.days) } }
        let placed: [[Float]?]
        let features: ProgressSink = { monitor.progress(.evaluatingFeatures($0)) }
        do {
            placed = try PopulationRun.rows(input, rules: rules, days: days, parameters: parameters, progress: features,
                                            cancellation: monitor.cancellation, extract: extract)
        } catch is PopulationRunCancelled {
            throw TrainingCancelled()
        }
        var everyone: [Float] = [], profile: [String: [String?]] = [:]
        if withCard {
            let names = ModelCardMetrics.cardGroupings.filter { name in PopulationSchema.attributes.contains { $0.name == name && !$0.values.isEmpty } }
            let card: ProgressSink = { monitor.progress(.card($0)) }
            do {
                let all = try PopulationRun.rows(input, rules: rules, day: population.days, parameters: parameters, groupBy: names,
                                                 progress: card, cancellation: monitor.cancellation, extract: extract)
                everyone = all.rows.flatMap { $0 }
                for (index, grouping) in all.groupings.enumerated() {
                    profile[grouping.attribute] = all.groups[index].map { $0 < 0 ? nil : grouping.values[Int($0)] }
                }
            } catch is PopulationRunCancelled {
                throw TrainingCancelled()
            }
        }
        let table = TrainingTable(
            claimants: claimants, targets: targets, inputs: claimants.flatMap { placed[$0] ?? [Float](repeating: .nan, count: width) },
            count: population.size, everyone: everyone,
            controls: controls.map { $0.map { $0.fraudFound ? 1 : 0 } }, truth: truth, profile: { profile[$0] })
        return try fit(table, ruleset: ruleset, model: model, recipe: recipe, labelSourceName: labelSourceName, modelFileName: modelFileName,
                       withCard: withCard, monitor: monitor)
    }

    /// Reads a trained score's inputs from the engine's evaluator after a claimant's evaluation, as
    /// ``Simulation/modelInputs(score:rows:parameters:)`` does: a row whose evaluation faulted before this score is all missing.
    package static func inputExtractor(_ scoreIndex: Int, width: Int) -> (RuleEvaluator) -> [Float] {
        { evaluator in
            guard evaluator.values[scoreIndex].isFinite || evaluator.fault == nil, let inputs = evaluator.modelInputs(scoreIndex) else {
                return [Float](repeating: .nan, count: width)
            }
            return Array(inputs.prefix(width))
        }
    }

    /// Too few labels, or only one kind, cannot be learnt from.
    static func checkLabels(_ count: Int, _ targets: [Bool]) throws {
        guard count >= 10, targets.contains(true), targets.contains(false) else {
            throw Failure(LocalizedMessage(Strings.trainTooFewLabels, String(count), String(targets.filter { $0 }.count)))
        }
    }

    /// Trains on `table`'s controlled rows (one in five, by claimant index, held out) and writes the card.
    static func fit(_ table: TrainingTable, ruleset: Ruleset, model: ScoreModel, recipe: TrainingRecipe, labelSourceName: String,
                    modelFileName: String, withCard: Bool = true, monitor: TrainingMonitor = TrainingMonitor()) throws -> Outcome {
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
        try monitor.check()
        monitor.progress(.learning(tree: 0, trees: parameters.trees))
        let booster = try Booster.train(features: matrix(kept), labels: kept.map { targets[$0] ? 1 : 0 }, names: model.features.map(\.name),
                                        kinds: kinds, parameters: parameters) { done in
            monitor.progress(.learning(tree: done, trees: parameters.trees))
            return !monitor.isCancelled
        }
        try monitor.check()
        let bytes = try booster.jsonModel()
        let positives = targets.filter { $0 }.count
        guard withCard else { return Outcome(model: bytes, card: "", controlled: table.claimants.count, positives: positives) }
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
            controlled: table.claimants.count, positives: positives, training: kept.count, held: held.count,
            auc: ModelCardMetrics.auc(scores: heldScores, labels: heldLabels), heldOut: heldConfusion,
            selected: selected.filter { $0 }.count, truth: truthLabels.map { ModelCardMetrics.confusion(selected: selected, labels: $0) },
            groups: groupings(table.profile, selected: selected, controls: table.controls, truth: truthLabels)
        ).yaml()
        return Outcome(model: bytes, card: card, controlled: table.claimants.count, positives: positives)
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
