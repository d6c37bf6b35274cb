import JRECore

extension PopulationRun {
    /// Every claimant's row on `day`, by claimant index: `extract` reads the engine's evaluator
    /// after the claimant's evaluation (scores, or a trained score's ``RuleEvaluator`` inputs), on the
    /// worker thread that evaluated them. With the claimant's group codes for `groupBy` (indexes into
    /// each grouping's values; the fraud world's attributes are available by name).
    ///
    /// The claimants come through the normal population path (``PopulationInput``, the assembled
    /// timeline, the engine's evaluator), so a row is what `population evaluate` computes. Pair it
    /// with ``FraudWorld/controls(_:)`` for the labels.
    package static func rows<Row>(_ input: PopulationInput, rules: PopulationRules, day: Int, parameters: ParameterValues,
                                  groupBy names: [String] = [], progress: ProgressSink? = nil,
                                  cancellation: PopulationCancellation? = nil,
                                  extract: @escaping (RuleEvaluator) -> Row) throws -> (rows: [Row], groups: [[Int32]], groupings: [PopulationGrouping]) {
        let groupings = try resolve(names, in: input)
        let (visitors, _) = try walk(input, program: rules.program, groupings: names, parameters: parameters, progress: progress,
                                     cancellation: cancellation) {
            RowsVisitor(day: day, groupCount: groupings.count, extract: extract)
        }
        let count = input.claimantCount
        var placed = [Row?](repeating: nil, count: count)
        var groups = groupings.map { _ in [Int32](repeating: -1, count: count) }
        for visitor in visitors {
            for (position, claimant) in visitor.claimants.enumerated() {
                placed[claimant] = visitor.rows[position]
                for grouping in groups.indices { groups[grouping][claimant] = visitor.groups[position * groupings.count + grouping] }
            }
        }
        return (placed.compactMap { $0 }, groups, groupings)
    }
}

/// Keeps each claimant's extracted row and group codes.
struct RowsVisitor<Row>: ClaimantVisitor {
    let day: Int
    let groupCount: Int
    let extract: (RuleEvaluator) -> Row
    var claimants: [Int] = []
    var rows: [Row] = []
    var groups: [Int32] = []

    init(day: Int, groupCount: Int, extract: @escaping (RuleEvaluator) -> Row) {
        self.day = day
        self.groupCount = groupCount
        self.extract = extract
    }

    mutating func visit(_ claimant: Int, situation: TrueSituation?, fraud: Bool?, groups codes: UnsafePointer<Int32>, evaluator: ClaimantEvaluator) {
        evaluator.evaluate(day: day)
        claimants.append(claimant)
        rows.append(extract(evaluator.rules))
        for grouping in 0..<groupCount { groups.append(codes[grouping]) }
    }
}
