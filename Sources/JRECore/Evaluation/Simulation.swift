import Foundation

/// A scenario bound to its compiled ruleset: evaluates any claimant on any day with any parameters.
public final class Simulation: Sendable {
    public let scenario: Scenario
    public let compiled: CompiledRuleset
    /// The parameter values the scenario starts with: the ruleset's defaults and the scenario's overrides.
    public let startingParameters: ParameterValues
    let timelines: [ClaimantTimeline]
    /// Every rule as bytecode (the same as the population path's).
    let code: RuleCode
    /// The 1st of each month of the run, as clock days (for `recompute: monthly` scores).
    let monthStarts: MonthStarts
    var program: BytecodeProgram { code.program }

    public var ruleset: Ruleset { compiled.ruleset }

    init(scenario: Scenario, compiled: CompiledRuleset, startingParameters: ParameterValues) {
        self.scenario = scenario
        self.compiled = compiled
        self.startingParameters = startingParameters
        let builder = TimelineBuilder(compiled: compiled)
        timelines = scenario.claimants.map { builder.timeline(for: $0, days: scenario.days) }
        code = RuleCode(compiled: compiled, builder: builder)
        monthStarts = MonthStarts(start: scenario.start, length: scenario.days)
    }

    deinit {
        code.deallocate()
    }

    /// An evaluator of this simulation's rules with `parameters`, reading `claimant` first.
    func makeEvaluator(_ parameters: ParameterValues, claimant: Int = 0) -> RuleEvaluator {
        let evaluator = RuleEvaluator(code: code, ruleset: ruleset, parameters: parameters, events: timelines[min(claimant, max(0, timelines.count - 1))].view)
        evaluator.monthStarts = monthStarts
        return evaluator
    }


    /// Every claimant on one day.
    public func evaluate(day: Int, parameters: ParameterValues) -> [ClaimantResult] {
        var results = evaluateUnranked(day: day, parameters: parameters)
        if hasRankAlerts { applyRanks(&results, parameters: parameters) }
        return results
    }

    /// Every claimant on one day, each alert chosen by rank still at its `when` (who may be ranked).
    func evaluateUnranked(day: Int, parameters: ParameterValues) -> [ClaimantResult] {
        guard !timelines.isEmpty else { return [] }
        let evaluator = makeEvaluator(parameters)
        return timelines.map { timeline in
            evaluator.events = timeline.view
            evaluator.evaluate(day: day)
            return evaluator.result
        }
    }

    /// One claimant on one day (the fast path, for one person; the whole day when an alert is chosen by rank).
    public func evaluate(claimant: Int, day: Int, parameters: ParameterValues) -> ClaimantResult {
        // A rank depends on every claimant's score that day.
        if hasRankAlerts { return evaluate(day: day, parameters: parameters)[claimant] }
        let evaluator = makeEvaluator(parameters, claimant: claimant)
        evaluator.evaluate(day: day)
        return evaluator.result
    }

    /// Claimants per block of ``history(parameters:)``: fewer than this run on the calling thread.
    static let historyBlockSize = 32

    /// Every claimant on every day of the run (what a board with sparklines needs), on every core.
    public func history(parameters: ParameterValues) -> BoardHistory {
        let claimants = timelines.count, days = scenario.days, scores = code.scoreRules.count
        var values = [Double](repeating: 0, count: max(1, claimants * days * scores))
        var levels = [Int8](repeating: -1, count: max(1, claimants * days * scores))
        var alertBits = [UInt64](repeating: 0, count: max(1, claimants * days))
        var adviceBits = [UInt64](repeating: 0, count: max(1, claimants * days))
        var faults: [Int: EvaluationFault] = [:]
        values.withUnsafeMutableBufferPointer { valuesBuffer in
            levels.withUnsafeMutableBufferPointer { levelsBuffer in
                alertBits.withUnsafeMutableBufferPointer { alertBuffer in
                    adviceBits.withUnsafeMutableBufferPointer { adviceBuffer in
                        let shared = SharedBuffers(values: valuesBuffer.baseAddress!, levels: levelsBuffer.baseAddress!,
                                                   alerts: alertBuffer.baseAddress!, advice: adviceBuffer.baseAddress!)
                        let blockSize = Self.historyBlockSize
                        guard claimants > 0 else { return }
                        let states = ParallelBlocks.run(blocks: (claimants + blockSize - 1) / blockSize, makeState: {
                            (evaluator: self.makeEvaluator(parameters), faults: [Int: EvaluationFault]())
                        }, body: { state, block in
                            let evaluator = state.evaluator
                            for claimant in block * blockSize..<min(claimants, (block + 1) * blockSize) {
                                evaluator.events = self.timelines[claimant].view
                                for day in 1...days {
                                    let slot = claimant * days + day - 1
                                    let clean = evaluator.evaluate(day: day)
                                    // A few scores: a plain loop, not a call to memmove.
                                    for score in 0..<scores {
                                        shared.values[slot * scores + score] = evaluator.values[score]
                                        shared.levels[slot * scores + score] = evaluator.levels[score]
                                    }
                                    shared.alerts[slot] = evaluator.alerts
                                    shared.advice[slot] = evaluator.advice
                                    if !clean, let fault = evaluator.fault { state.faults[slot] = fault }
                                }
                            }
                        })
                        for state in states { faults.merge(state.faults) { first, _ in first } }
                    }
                }
            }
        }
        if hasRankAlerts {
            applyRanks(values: values, alertBits: &alertBits, claimants: claimants, days: days, scores: scores, parameters: parameters)
        }
        return BoardHistory(
            claimantCount: claimants, dayCount: days, scoreCount: scores, parameters: parameters,
            values: values, levels: levels, alertBits: alertBits, adviceBits: adviceBits,
            faults: faults, alertCount: code.alertRules.count, adviceCount: code.adviceRules.count
        )
    }
}

/// Raw pointers into the history arrays, written by disjoint claimant ranges on each worker.
private struct SharedBuffers: @unchecked Sendable {
    let values: UnsafeMutablePointer<Double>
    let levels: UnsafeMutablePointer<Int8>
    let alerts: UnsafeMutablePointer<UInt64>
    let advice: UnsafeMutablePointer<UInt64>
}
