/// Evaluates one claimant after another with a ``PopulationProgram`` (one per worker thread).
///
/// Mirrors ``Simulation``'s evaluation of one claimant on one day: scores in order, the first level
/// whose condition holds, then alerts and advice; the first fault stops the claimant's evaluation,
/// leaving later scores NaN, as the engine does. The rule table is copied into flat memory.
final class ClaimantEvaluator {
    let program: PopulationProgram
    let timeline: AssembledTimeline
    let frame: PopulationFrame
    /// Score values and level indexes (-1: no levels, or after a fault) of the last evaluation.
    let values: UnsafeMutablePointer<Double>
    let levels: UnsafeMutablePointer<Int8>
    private let savedValues: UnsafeMutablePointer<Double>
    private let savedLevels: UnsafeMutablePointer<Int8>
    /// The claimant's profile values in the program's slots (NaN when missing); sources fill it.
    let profile: UnsafeMutablePointer<Double>
    private let scoreCount: Int
    private let alertCount: Int
    private let adviceCount: Int
    /// Rules as instruction ranges: lower and upper bounds (-1 for a level without condition).
    private let scoreBounds: UnsafeMutablePointer<Int>
    private let levelBounds: UnsafeMutablePointer<Int>
    private let levelStarts: UnsafeMutablePointer<Int>
    private let levelCounts: UnsafeMutablePointer<Int>
    private let levelNameIds: UnsafeMutablePointer<Double>
    private let alertBounds: UnsafeMutablePointer<Int>
    private let adviceBounds: UnsafeMutablePointer<Int>
    private let aggregates: UnsafeMutablePointer<TypedNode.Aggregate>
    private let code: UnsafePointer<Instruction>
    /// The alert and advice bits of the last evaluation.
    private let bits: UnsafeMutablePointer<UInt64>
    private let noAdvice: [Bool]
    /// The last evaluation's fault, if any.
    private(set) var fault: EvaluationFault?

    init(program: PopulationProgram, parameters: ParameterValues) {
        self.program = program
        timeline = AssembledTimeline(program: program)
        scoreCount = program.scoreCount
        alertCount = program.code.alertRules.count
        adviceCount = program.code.adviceRules.count
        frame = PopulationFrame(parameterCount: parameters.values.count, scoreCount: scoreCount, stackDepth: program.program.stackDepth)
        for (index, value) in parameters.values.enumerated() { frame.slots[frame.parameterBase + index] = value }
        let scores = max(1, scoreCount)
        values = .allocate(capacity: scores)
        values.initialize(repeating: 0, count: scores)
        levels = .allocate(capacity: scores)
        levels.initialize(repeating: -1, count: scores)
        savedValues = .allocate(capacity: scores)
        savedLevels = .allocate(capacity: scores)
        profile = .allocate(capacity: max(1, program.profileKeys.count))
        profile.initialize(repeating: .nan, count: max(1, program.profileKeys.count))
        func bounds(_ ranges: [Range<Int>?]) -> UnsafeMutablePointer<Int> {
            let pointer = UnsafeMutablePointer<Int>.allocate(capacity: max(2, ranges.count * 2))
            for (index, range) in ranges.enumerated() {
                pointer[index * 2] = range?.lowerBound ?? -1
                pointer[index * 2 + 1] = range?.upperBound ?? -1
            }
            return pointer
        }
        func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
            let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(1, array.count))
            if !array.isEmpty { pointer.initialize(from: array, count: array.count) }
            return pointer
        }
        scoreBounds = bounds(program.code.scoreRules)
        levelBounds = bounds(program.code.levelRules)
        levelStarts = copy(program.code.levelStarts)
        levelCounts = copy(program.code.levelCounts)
        levelNameIds = copy(program.code.levelNameIds)
        alertBounds = bounds(program.code.alertRules)
        adviceBounds = bounds(program.code.adviceRules)
        aggregates = copy(TypedNode.Aggregate.allCases)
        code = UnsafePointer(program.program.instructions.baseAddress ?? UnsafeMutablePointer<Instruction>.allocate(capacity: 1))
        noAdvice = Array(repeating: false, count: program.code.adviceRules.count)
        bits = .allocate(capacity: 2)
        bits.initialize(repeating: 0, count: 2)
    }

    deinit {
        values.deallocate()
        savedValues.deallocate()
        savedLevels.deallocate()
        levels.deallocate()
        profile.deallocate()
        for pointer in [scoreBounds, levelBounds, levelStarts, levelCounts, alertBounds, adviceBounds] { pointer.deallocate() }
        levelNameIds.deallocate()
        aggregates.deallocate()
        bits.deallocate()
    }

    /// Alerts on in the last evaluation (bit `i` for alert `i`).
    @inline(__always) var alerts: UInt64 { bits[0] }
    /// Advice shown in the last evaluation.
    @inline(__always) var advice: UInt64 { bits[1] }

    /// The alerts of the loaded claimant on `day`, leaving the last evaluation's results in place
    /// (not the frame's slots: evaluate again before ``reevaluate(_:)``).
    func alerts(onEarlierDay day: Int) -> UInt64 {
        savedValues.update(from: values, count: scoreCount)
        savedLevels.update(from: levels, count: scoreCount)
        let (savedAlerts, savedAdvice, savedFault) = (bits[0], bits[1], fault)
        _ = evaluate(day: day, advice: false)
        let earlier = bits[0]
        values.update(from: savedValues, count: scoreCount)
        levels.update(from: savedLevels, count: scoreCount)
        (bits[0], bits[1]) = (savedAlerts, savedAdvice)
        fault = savedFault
        return earlier
    }

    /// Sets parameter `index` for the following evaluations.
    func setParameter(_ index: Int, to value: Double) {
        frame.slots[frame.parameterBase + index] = value
    }

    /// Indexes the claimant's events; call before ``evaluate(day:)``.
    @inline(__always)
    func load(_ events: ClaimantEvents, cells: CellTable) {
        timeline.assemble(events, cells: cells)
    }

    @inline(__always)
    private func run(_ bounds: UnsafeMutablePointer<Int>, _ rule: Int) -> Double {
        PopulationMachine.run(code, bounds[rule * 2], bounds[rule * 2 + 1], frame: frame, timeline: timeline,
                              profile: profile, aggregates: aggregates, owner: program)
    }

    /// Evaluates the loaded claimant on `day`; returns false on a fault (then see ``fault``).
    @discardableResult
    func evaluate(day: Int) -> Bool {
        evaluate(day: day, advice: true)
    }

    /// Evaluates on `day`, advice included or not.
    private func evaluate(day: Int, advice: Bool) -> Bool {
        frame.begin(day: day)
        if fault != nil { fault = nil }
        bits[0] = 0
        bits[1] = 0
        for score in 0..<scoreCount where !evaluateScore(score) { return false }
        return evaluateAlertsAndAdvice(onlyAlerts: nil, onlyAdvice: advice ? nil : noAdvice)
    }

    /// Re-evaluates, after a parameter change, only what depends on it; the previous evaluation
    /// must be of the same claimant and day, without fault. Returns false on a fault.
    func reevaluate(_ dependencies: ParameterDependencies) -> Bool {
        frame.faulted.pointee = false
        for score in 0..<scoreCount where dependencies.levels[score] {
            if dependencies.values[score] {
                if !evaluateScore(score) { return false }
            } else if !evaluateLevel(score) {
                return false
            }
        }
        return evaluateAlertsAndAdvice(onlyAlerts: dependencies.alerts, onlyAdvice: dependencies.advice)
    }

    @inline(__always)
    private func evaluateScore(_ score: Int) -> Bool {
        let value = run(scoreBounds, score)
        if frame.faulted.pointee {
            let definition = program.ruleset.scores[score]
            return failed(.score(definition.id), definition.value.text, from: score)
        }
        frame.slots[frame.scoreBase + score] = value
        values[score] = value
        return evaluateLevel(score)
    }

    @inline(__always)
    private func evaluateLevel(_ score: Int) -> Bool {
        let count = levelCounts[score]
        guard count > 0 else {
            levels[score] = -1
            frame.slots[frame.levelBase + score] = -1
            return true
        }
        frame.slots[PopulationFrame.subjectSlot] = values[score]
        let first = levelStarts[score]
        var chosen = count - 1
        for index in 0..<count {
            let rule = first + index
            guard levelBounds[rule * 2] >= 0 else { chosen = index; break }
            let holds = run(levelBounds, rule) != 0
            if frame.faulted.pointee {
                let level = program.ruleset.scores[score].levels[index]
                return failed(.level(score: program.ruleset.scores[score].id, level: level.name), level.condition?.text ?? "", from: score)
            }
            if holds { chosen = index; break }
        }
        levels[score] = Int8(chosen)
        frame.slots[frame.levelBase + score] = levelNameIds[first + chosen]
        return true
    }

    @inline(__always)
    private func evaluateAlertsAndAdvice(onlyAlerts: [Bool]?, onlyAdvice: [Bool]?) -> Bool {
        for index in 0..<alertCount where onlyAlerts?[index] ?? true {
            let on = run(alertBounds, index) != 0
            let bit: UInt64 = 1 << UInt64(index)
            bits[0] = on ? bits[0] | bit : bits[0] & ~bit
            if frame.faulted.pointee {
                let alert = program.ruleset.alerts[index]
                return failed(.alert(alert.id), alert.when.text, from: scoreCount)
            }
        }
        for index in 0..<adviceCount where onlyAdvice?[index] ?? true {
            let on = run(adviceBounds, index) != 0
            let bit: UInt64 = 1 << UInt64(index)
            bits[1] = on ? bits[1] | bit : bits[1] & ~bit
            if frame.faulted.pointee {
                let entry = program.ruleset.advice[index]
                return failed(.advice(entry.id), entry.when.text, from: scoreCount)
            }
        }
        return true
    }

    /// Records the frame's fault as the engine does: later scores NaN, no alerts or advice.
    private func failed(_ rule: EvaluationFault.Rule, _ expression: String, from score: Int) -> Bool {
        for index in score..<scoreCount {
            values[index] = .nan
            levels[index] = -1
        }
        bits[0] = 0
        bits[1] = 0
        let (kind, span) = frame.fault
        fault = EvaluationFault(kind: kind, rule: rule, span: span, expression: expression)
        return false
    }
}
