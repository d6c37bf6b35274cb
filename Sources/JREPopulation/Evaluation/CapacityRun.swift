import JRECore

/// A trained score over a synthetic population, read as a control capacity: who the highest scores
/// select when a fixed number of controls is available, and how many of them were honest.
///
/// Counts only: a fine histogram of the score per group and per hidden truth (fraud or none), from
/// which any capacity is read. The hidden fraud is the fraud world's (``WorldProfile/fraud``), read
/// from each claimant as the walk draws it: it is never visible to the rules. The histogram is
/// counted during the population run itself (``PopulationRun/evaluate(_:rules:day:parameters:groupBy:capacityScore:progress:cancellation:)``):
/// one walk gives the report and every capacity.
public enum CapacityRun {
    /// Histogram bins over [0, 1] (a probability): the selection is read to 1/`bins` of a point.
    public static let bins = 2_000

    /// Per grouping, per value, per truth (0 honest, 1 fraud), per bin: claimants.
    public struct Outcome: Sendable {
        public var score: Int
        public var groupings: [PopulationGrouping]
        /// `overall[truth * bins + bin]`.
        public var overall: [Int]
        /// `groups[grouping][value][truth * bins + bin]`.
        public var groups: [[[Int]]]
        /// Claimants whose score was missing or not a number (never selected).
        public var unscored: Int
    }

    /// The index of the ruleset's first score computed by a model, if any.
    public static func trainedScore(_ rules: PopulationRules) -> Int? {
        rules.ruleset.scores.firstIndex { $0.model != nil }
    }

    /// Evaluates `rules` on `day` over `population` and counts the trained score `score` by group and truth
    /// (the same walk as ``PopulationRun/evaluate(_:rules:day:parameters:groupBy:capacityScore:progress:cancellation:)``, whose report is dropped).
    public static func evaluate(_ population: SyntheticPopulation, rules: PopulationRules, score: Int, day: Int,
                                parameters: ParameterValues, groupBy names: [String],
                                progress: ProgressSink? = nil) throws -> Outcome {
        let outcome = try PopulationRun.evaluate(.synthetic(population), rules: rules, day: day, parameters: parameters, groupBy: names,
                                                 capacityScore: score, progress: progress)
        return outcome.capacity!
    }

    @inline(__always)
    static func bin(_ value: Double) -> Int {
        let clamped = max(0, min(1, value))
        return min(bins - 1, Int(clamped * Double(bins)))
    }
}

/// One worker's score histograms by truth and group (flat), added up at the end of a walk.
struct CapacityCounts {
    let score: Int
    let sizes: [Int]
    let offsets: [Int]
    /// `overall[truth * bins + bin]`.
    var overall: [Int]
    /// Grouping `g`, value `v`: from `offsets[g] + v * 2 * bins`.
    var groups: [Int]
    var unscored = 0

    init(score: Int, sizes: [Int]) {
        self.score = score
        self.sizes = sizes
        var offsets: [Int] = [], total = 0
        for size in sizes { offsets.append(total); total += size * 2 * CapacityRun.bins }
        self.offsets = offsets
        overall = [Int](repeating: 0, count: 2 * CapacityRun.bins)
        groups = [Int](repeating: 0, count: total)
    }

    @inline(__always)
    func offset(_ grouping: Int, _ value: Int) -> Int { offsets[grouping] + value * 2 * CapacityRun.bins }

    /// Counts the last evaluation's score of a claimant whose hidden fraud is `fraud`.
    @inline(__always)
    mutating func add(_ evaluator: ClaimantEvaluator, fraud: Bool, groups codes: UnsafePointer<Int32>) {
        let value = evaluator.values[score]
        guard value.isFinite else { unscored += 1; return }
        let index = (fraud ? CapacityRun.bins : 0) + CapacityRun.bin(value)
        overall[index] += 1
        for grouping in offsets.indices {
            let value = Int(codes[grouping])
            guard value >= 0, value < sizes[grouping] else { continue }
            groups[offset(grouping, value) + index] += 1
        }
    }

    mutating func merge(_ other: CapacityCounts) {
        unscored += other.unscored
        for index in overall.indices { overall[index] += other.overall[index] }
        for index in groups.indices { groups[index] += other.groups[index] }
    }

    func outcome(_ groupings: [PopulationGrouping]) -> CapacityRun.Outcome {
        let width = 2 * CapacityRun.bins
        let nested = sizes.indices.map { grouping in
            (0..<sizes[grouping]).map { value in Array(groups[offset(grouping, value)..<(offset(grouping, value) + width)]) }
        }
        return CapacityRun.Outcome(score: score, groupings: groupings, overall: overall, groups: nested, unscored: unscored)
    }
}
