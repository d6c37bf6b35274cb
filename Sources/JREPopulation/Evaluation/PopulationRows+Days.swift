import JRECore

extension PopulationRun {
    /// Chosen claimants' rows, each on a day of its own (`days[claimant]`; nil: skipped), by
    /// claimant index, in one pass over the population: `extract` reads the engine's evaluator
    /// after that claimant's evaluation, as in ``rows(_:rules:day:parameters:groupBy:progress:cancellation:extract:)``.
    ///
    /// For `model train --population`: each controlled person on the day of their control.
    package static func rows<Row>(_ input: PopulationInput, rules: PopulationRules, days: [Int?], parameters: ParameterValues,
                                  progress: ProgressSink? = nil, cancellation: PopulationCancellation? = nil,
                                  extract: @escaping (RuleEvaluator) -> Row) throws -> [Row?] {
        let (visitors, _) = try walk(input, program: rules.program, groupings: [], parameters: parameters, progress: progress, cancellation: cancellation) {
            DayRowsVisitor(days: days, extract: extract)
        }
        var placed = [Row?](repeating: nil, count: input.claimantCount)
        for visitor in visitors {
            for (position, claimant) in visitor.claimants.enumerated() { placed[claimant] = visitor.rows[position] }
        }
        return placed
    }
}

/// Evaluates each chosen claimant on its own day and keeps the extracted row.
struct DayRowsVisitor<Row>: ClaimantVisitor {
    let days: [Int?]
    let extract: (RuleEvaluator) -> Row
    var claimants: [Int] = []
    var rows: [Row] = []

    init(days: [Int?], extract: @escaping (RuleEvaluator) -> Row) {
        self.days = days
        self.extract = extract
    }

    mutating func visit(_ claimant: Int, situation: TrueSituation?, fraud: Bool?, groups codes: UnsafePointer<Int32>, evaluator: ClaimantEvaluator) {
        guard claimant < days.count, let day = days[claimant] else { return }
        evaluator.evaluate(day: day)
        claimants.append(claimant)
        rows.append(extract(evaluator.rules))
    }
}
