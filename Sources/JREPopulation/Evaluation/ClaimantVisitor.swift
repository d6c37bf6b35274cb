import JRECore

/// What a worker does with each claimant once its events and profile are loaded into the evaluator.
///
/// `situation` is the hidden situation and `fraud` the fraud world's hidden truth (some fraud or
/// none), when the source knows them (a synthetic population knows both); the rules never read them.
protocol ClaimantVisitor {
    mutating func visit(_ claimant: Int, situation: TrueSituation?, fraud: Bool?, groups: UnsafePointer<Int32>, evaluator: ClaimantEvaluator)
}

/// A source of claimants for one worker thread: fills the evaluator block by block.
protocol ClaimantBlockReader {
    func read<Visitor: ClaimantVisitor>(block: Int, into evaluator: ClaimantEvaluator, visitor: inout Visitor) throws
}

/// Counts each claimant's results on `day`, and the alerts that were off seven days earlier; with
/// `capacity`, also the trained score's histogram by hidden truth and group, in the same walk.
struct TallyVisitor: ClaimantVisitor {
    var tally: PopulationTally
    let day: Int
    var capacity: CapacityCounts? = nil

    mutating func visit(_ claimant: Int, situation: TrueSituation?, fraud: Bool?, groups: UnsafePointer<Int32>, evaluator: ClaimantEvaluator) {
        evaluator.evaluate(day: day)
        var prior: UInt64 = 0
        // Only alerts on today can have appeared this week: without any, the earlier day is not needed.
        if day > 7, evaluator.alerts != 0 { prior = evaluator.alerts(onEarlierDay: day - 7) }
        tally.add(claimant: claimant, evaluator: evaluator, priorAlerts: prior, situation: situation, groups: groups)
        capacity?.add(evaluator, fraud: fraud ?? false, groups: groups)
    }
}

/// Counts each claimant's results on `day` for every value of one parameter, re-evaluating only
/// the rules that read it (see ``ParameterDependencies``).
struct SweepVisitor: ClaimantVisitor {
    var tallies: [PopulationTally]
    let day: Int
    let parameter: Int
    let values: [Double]
    let dependencies: ParameterDependencies

    mutating func visit(_ claimant: Int, situation: TrueSituation?, fraud: Bool?, groups: UnsafePointer<Int32>, evaluator: ClaimantEvaluator) {
        evaluator.setParameter(parameter, to: values[0])
        var clean = evaluator.evaluate(day: day)
        tallies[0].add(claimant: claimant, evaluator: evaluator, priorAlerts: evaluator.alerts, situation: situation, groups: groups)
        for index in 1..<values.count {
            evaluator.setParameter(parameter, to: values[index])
            // After a fault the partial state is incomplete: evaluate everything again.
            if clean, evaluator.reevaluate(dependencies) { clean = true } else { clean = evaluator.evaluate(day: day) }
            tallies[index].add(claimant: claimant, evaluator: evaluator, priorAlerts: evaluator.alerts, situation: situation, groups: groups)
        }
    }
}

/// Keeps every claimant's full results (for tests and small samples).
struct ResultsVisitor: ClaimantVisitor {
    var results: [(claimant: Int, result: ClaimantResult)] = []
    let day: Int

    mutating func visit(_ claimant: Int, situation: TrueSituation?, fraud: Bool?, groups: UnsafePointer<Int32>, evaluator: ClaimantEvaluator) {
        evaluator.evaluate(day: day)
        results.append((claimant, evaluator.rules.result))
    }
}
