import JRECore
import JREPopulation
import JRETraining

/// What the model screen reads: a trained score over a sample of the synthetic fraud world.
///
/// Each fictional person of the sample is scored by the workshop's ruleset (the one evaluator,
/// through the population path, on the sample's last day), with their past control (who was
/// controlled, what it found: the only labels a model learns from) and the hidden truth only the
/// simulation knows (who defrauded). Drawn off the screen's thread when the screen opens; the
/// capacity then only re-ranks it, and a retrained model only re-scores its inputs.
public final class ModelAudit: Sendable {
    /// The sample the screen draws: its size, seed and length (the card's days, the console's seed).
    public static let defaultSize = 4_000
    public static let seed: UInt64 = 42
    public static let days = 182

    public let scoreIndex: Int
    public let size: Int
    /// Who was controlled in the past: by earlier rules and reports (targeted), or at random.
    public let history: ControlHistoryMode
    /// One per person of the sample (NaN when the evaluation faulted).
    public let scores: [Double]
    /// The model's inputs, `size × width` one person after another: a retrained model scores them again.
    public let inputs: [Float]
    public let width: Int
    public let controlled: [Bool]
    /// Whether the person's past control found fraud (false when never controlled).
    public let found: [Bool]
    /// Whether the person really defrauded: never a label.
    public let defrauded: [Bool]
    /// Per grouping of the model card present in the sample: its sorted values and each person's index into them.
    public let groups: [(attribute: String, values: [String], codes: [Int32])]
    /// Why there are no figures (the ruleset does not fit the synthetic population), or nil.
    public let failure: String?

    init(scoreIndex: Int, size: Int, history: ControlHistoryMode, scores: [Double], inputs: [Float], width: Int, controlled: [Bool], found: [Bool],
         defrauded: [Bool], groups: [(attribute: String, values: [String], codes: [Int32])], failure: String?) {
        self.scoreIndex = scoreIndex
        self.size = size
        self.history = history
        self.scores = scores
        self.inputs = inputs
        self.width = width
        self.controlled = controlled
        self.found = found
        self.defrauded = defrauded
        self.groups = groups
        self.failure = failure
    }

    /// Scores `ruleset`'s trained score `scoreIndex` over a fraud-world sample of `size` people.
    public static func make(ruleset: Ruleset, scoreIndex: Int, size: Int = defaultSize, history: ControlHistoryMode = .targeted,
                            cancellation: PopulationCancellation? = nil) throws(PopulationRunCancelled) -> ModelAudit {
        func failed(_ reason: String) -> ModelAudit {
            ModelAudit(scoreIndex: scoreIndex, size: 0, history: history, scores: [], inputs: [], width: 0, controlled: [], found: [], defrauded: [],
                       groups: [], failure: reason)
        }
        guard scoreIndex < ruleset.scores.count, let model = ruleset.scores[scoreIndex].model else { return failed("no trained score") }
        let population = SyntheticPopulation(size: size, seed: seed, days: days, history: history)
        let input = PopulationInput.synthetic(population)
        let (bound, diagnostics) = PopulationRules.bind(ruleset, to: input, lang: .en)
        guard let rules = bound else { return failed(diagnostics.errors.first?.headline(.en) ?? "no trained score") }
        let width = model.features.count
        let names = ModelCardMetrics.cardGroupings.filter { name in PopulationSchema.attributes.contains { $0.name == name && !$0.values.isEmpty } }
        let rows: (rows: [[Float]], groups: [[Int32]], groupings: [PopulationGrouping])
        do {
            rows = try PopulationRun.rows(input, rules: rules, day: days, parameters: ParameterValues(defaultsOf: ruleset), groupBy: names,
                                          cancellation: cancellation, extract: ScoreTrainer.inputExtractor(scoreIndex, width: width))
        } catch let cancelled as PopulationRunCancelled {
            throw cancelled
        } catch {
            return failed("\(error)")
        }
        let inputs = rows.rows.flatMap { $0 }
        let worlds = FraudWorld.profiles(population)
        // Encoded once, as the model card encodes them (sorted values): the capacity then only re-ranks the sample.
        let groups = rows.groupings.indices.compactMap { index -> (attribute: String, values: [String], codes: [Int32])? in
            let grouping = rows.groupings[index]
            let (values, codes) = ModelCardMetrics.groupCodes(rows.groups[index].map { $0 < 0 ? nil : grouping.values[Int($0)] })
            return values.isEmpty ? nil : (grouping.attribute, values, codes)
        }
        return ModelAudit(scoreIndex: scoreIndex, size: size, history: history, scores: model.trained.scores(inputs, width: width), inputs: inputs,
                          width: width, controlled: worlds.map(\.control.controlled), found: worlds.map { $0.control.controlled && $0.control.fraudFound },
                          defrauded: worlds.map { $0.fraud != .none }, groups: groups, failure: nil)
    }

    /// The same sample scored by another model of the same features (a retrained one).
    public func rescored(with trained: TrainedModel) -> ModelAudit {
        guard failure == nil else { return self }
        return ModelAudit(scoreIndex: scoreIndex, size: size, history: history, scores: trained.scores(inputs, width: width), inputs: inputs,
                          width: width, controlled: controlled, found: found, defrauded: defrauded, groups: groups, failure: failure)
    }

    /// The figures at a capacity of `controls` people (highest scores first), through the core's
    /// model-card metrics: control labels for precision and recall, the hidden truth for false positives.
    public func figures(controls: Int) -> Figures {
        let selected = ModelCardMetrics.selection(scores: scores, capacity: controls)
        let controlLabels: [Int?] = controlled.indices.map { controlled[$0] ? (found[$0] ? 1 : 0) : nil }
        let truthLabels: [Int?] = defrauded.map { $0 ? 1 : 0 }
        let amongControlled = ModelCardMetrics.confusion(selected: selected, labels: controlLabels)
        let truth = ModelCardMetrics.confusion(selected: selected, labels: truthLabels)
        let threshold = scores.indices.filter { selected[$0] }.map { scores[$0] }.min() ?? .nan
        let rates = groups.map { grouping in
            (attribute: grouping.attribute,
             rates: ModelCardMetrics.groupRates(selected: selected, labels: truthLabels, groups: grouping.codes, values: grouping.values))
        }
        return Figures(
            selected: selected.filter { $0 }.count, selectedControlled: amongControlled.truePositives + amongControlled.falsePositives,
            selectedFound: amongControlled.truePositives, precision: amongControlled.precision ?? .nan, recall: amongControlled.recall ?? .nan,
            selectedFrauds: truth.truePositives, frauds: truth.truePositives + truth.falseNegatives, threshold: threshold, groups: rates)
    }

    /// What a capacity selects.
    public struct Figures: Sendable {
        public var selected: Int
        /// Selected people who had a past control, and those whose control found fraud.
        public var selectedControlled: Int
        public var selectedFound: Int
        /// Among the selected who had a past control, the share whose control found fraud.
        public var precision: Double
        /// Among the controls that found fraud, the share of those people selected.
        public var recall: Double
        /// Hidden truth: selected people who really defrauded, and all who did.
        public var selectedFrauds: Int
        public var frauds: Int
        /// The lowest score selected: the threshold this capacity amounts to.
        public var threshold: Double
        /// Per grouping: selection rate (everyone) and false-positive rate (hidden truth: honest people
        /// selected over the group's honest people), with their ratios to the largest group and flags.
        public var groups: [(attribute: String, rates: [ModelCardMetrics.GroupRates])]
    }
}
