import JRECore

/// A trained score over a synthetic population, read as a control capacity: who the highest scores
/// select when a fixed number of controls is available, and how many of them were honest.
///
/// Counts only: a fine histogram of the score per group and per hidden truth (fraud or none), from
/// which any capacity is read. The hidden fraud is the fraud world's (``FraudWorld``), drawn again
/// for this run: it is never visible to the rules.
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

    /// Evaluates `rules` on `day` over `population` and counts the trained score `score` by group and truth.
    public static func evaluate(_ population: SyntheticPopulation, rules: PopulationRules, score: Int, day: Int,
                                parameters: ParameterValues, groupBy names: [String],
                                progress: ProgressSink? = nil) throws -> Outcome {
        let input = PopulationInput.synthetic(population)
        let groupings = try PopulationRun.resolve(names, in: input)
        let truth = FraudTruth(population)
        let sizes = groupings.map(\.values.count)
        let (visitors, _) = try PopulationRun.walk(input, program: rules.program, groupings: names, parameters: parameters,
                                                  progress: progress) {
            CapacityVisitor(day: day, score: score, truth: truth, sizes: sizes)
        }
        var overall = [Int](repeating: 0, count: 2 * bins)
        var groups = sizes.map { [[Int]](repeating: [Int](repeating: 0, count: 2 * bins), count: $0) }
        var unscored = 0
        for visitor in visitors {
            unscored += visitor.unscored
            for index in overall.indices { overall[index] += visitor.overall[index] }
            for grouping in sizes.indices {
                for value in 0..<sizes[grouping] {
                    let offset = visitor.offset(grouping, value)
                    for index in 0..<(2 * bins) { groups[grouping][value][index] += visitor.groups[offset + index] }
                }
            }
        }
        return Outcome(score: score, groupings: groupings, overall: overall, groups: groups, unscored: unscored)
    }

    @inline(__always)
    static func bin(_ value: Double) -> Int {
        let clamped = max(0, min(1, value))
        return min(bins - 1, Int(clamped * Double(bins)))
    }
}

/// Every claimant's hidden fraud (true: some fraud), by index, drawn in slices to keep memory low.
final class FraudTruth: Sendable {
    let fraud: [Bool]

    init(_ population: SyntheticPopulation) {
        var fraud = [Bool](repeating: false, count: population.size)
        let slice = 262_144
        var start = 0
        while start < population.size {
            let end = min(population.size, start + slice)
            for (offset, world) in FraudWorld.profiles(population, range: start..<end).enumerated() {
                fraud[start + offset] = world.fraud != .none
            }
            start = end
        }
        self.fraud = fraud
    }
}

/// Counts one worker's claimants into the score histograms.
struct CapacityVisitor: ClaimantVisitor {
    let day: Int
    let score: Int
    let truth: FraudTruth
    let offsets: [Int]
    var overall: [Int]
    var groups: [Int]
    var unscored = 0

    init(day: Int, score: Int, truth: FraudTruth, sizes: [Int]) {
        self.day = day
        self.score = score
        self.truth = truth
        var offsets: [Int] = [], total = 0
        for size in sizes { offsets.append(total); total += size * 2 * CapacityRun.bins }
        self.offsets = offsets
        overall = [Int](repeating: 0, count: 2 * CapacityRun.bins)
        groups = [Int](repeating: 0, count: total)
    }

    func offset(_ grouping: Int, _ value: Int) -> Int { offsets[grouping] + value * 2 * CapacityRun.bins }

    mutating func visit(_ claimant: Int, situation: TrueSituation?, groups: UnsafePointer<Int32>, evaluator: ClaimantEvaluator) {
        evaluator.evaluate(day: day)
        let value = evaluator.values[score]
        guard value.isFinite else { unscored += 1; return }
        let index = (truth.fraud[claimant] ? CapacityRun.bins : 0) + CapacityRun.bin(value)
        overall[index] += 1
        for grouping in offsets.indices { self.groups[offset(grouping, Int(groups[grouping])) + index] += 1 }
    }
}
