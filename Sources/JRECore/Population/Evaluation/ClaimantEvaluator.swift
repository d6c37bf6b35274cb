/// Evaluates one claimant after another with a ``PopulationProgram`` (one per worker thread).
///
/// Mirrors ``Simulation``'s evaluation of one claimant on one day: scores in order, the first level
/// whose condition holds, then alerts and advice; the first fault stops the claimant's evaluation,
/// leaving later scores NaN, as the engine does.
final class ClaimantEvaluator {
    let program: PopulationProgram
    let timeline: AssembledTimeline
    let frame: EvaluationFrame
    /// Score values and level indexes (-1: no levels, or after a fault) of the last evaluation.
    let values: UnsafeMutablePointer<Double>
    let levels: UnsafeMutablePointer<Int8>
    /// The claimant's profile values in the program's slots (NaN when missing); sources fill it.
    let profile: UnsafeMutablePointer<Double>
    private(set) var alerts: UInt64 = 0
    private(set) var advice: UInt64 = 0
    private(set) var fault: EvaluationFault?

    init(program: PopulationProgram, parameters: ParameterValues) {
        self.program = program
        timeline = AssembledTimeline(program: program)
        let placeholder = ClaimantTimeline(days: [], eventIndexes: [], series: [:], seriesList: [], profile: [:], profileSlots: [], runDays: 0)
        frame = EvaluationFrame(parameterCount: parameters.values.count, scoreCount: program.scoreCount,
                                stackDepth: program.program.stackDepth, timeline: placeholder)
        for (index, value) in parameters.values.enumerated() { frame.slots[frame.parameterBase + index] = value }
        let scores = max(1, program.scoreCount)
        values = .allocate(capacity: scores)
        values.initialize(repeating: 0, count: scores)
        levels = .allocate(capacity: scores)
        levels.initialize(repeating: -1, count: scores)
        profile = .allocate(capacity: max(1, program.profileKeys.count))
        profile.initialize(repeating: .nan, count: max(1, program.profileKeys.count))
    }

    deinit {
        values.deallocate()
        levels.deallocate()
        profile.deallocate()
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

    /// Evaluates the loaded claimant on `day`; returns false on a fault (then see ``fault``).
    @discardableResult
    func evaluate(day: Int) -> Bool {
        frame.today = Double(day)
        frame.fault = nil
        fault = nil
        alerts = 0
        advice = 0
        for score in 0..<program.scoreCount where !evaluateScore(score) { return false }
        return evaluateAlertsAndAdvice(onlyAlerts: nil, onlyAdvice: nil)
    }

    /// Re-evaluates, after a parameter change, only what depends on it; the previous evaluation
    /// must be of the same claimant and day, without fault. Returns false on a fault.
    func reevaluate(_ dependencies: ParameterDependencies) -> Bool {
        frame.fault = nil
        for score in 0..<program.scoreCount where dependencies.levels[score] {
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
        let value = PopulationMachine.run(program.program, program.scoreRules[score], frame: frame, timeline: timeline, profile: profile)
        if frame.fault != nil {
            let definition = program.ruleset.scores[score]
            return failed(.score(definition.id), definition.value.text, from: score)
        }
        frame.slots[frame.scoreBase + score] = value
        values[score] = value
        return evaluateLevel(score)
    }

    @inline(__always)
    private func evaluateLevel(_ score: Int) -> Bool {
        let count = program.levelCounts[score]
        guard count > 0 else {
            levels[score] = -1
            frame.slots[frame.levelBase + score] = -1
            return true
        }
        frame.slots[EvaluationFrame.subjectSlot] = values[score]
        let first = program.levelStarts[score]
        var chosen = count - 1
        for index in 0..<count {
            guard let rule = program.levelRules[first + index] else { chosen = index; break }
            let holds = PopulationMachine.run(program.program, rule, frame: frame, timeline: timeline, profile: profile) != 0
            if frame.fault != nil {
                let level = program.ruleset.scores[score].levels[index]
                return failed(.level(score: program.ruleset.scores[score].id, level: level.name), level.condition?.text ?? "", from: score)
            }
            if holds { chosen = index; break }
        }
        levels[score] = Int8(chosen)
        frame.slots[frame.levelBase + score] = program.levelNameIds[first + chosen]
        return true
    }

    @inline(__always)
    private func evaluateAlertsAndAdvice(onlyAlerts: [Bool]?, onlyAdvice: [Bool]?) -> Bool {
        for (index, rule) in program.alertRules.enumerated() where onlyAlerts?[index] ?? true {
            let on = PopulationMachine.run(program.program, rule, frame: frame, timeline: timeline, profile: profile) != 0
            let bit: UInt64 = 1 << UInt64(index)
            if on { alerts |= bit } else { alerts &= ~bit }
            if frame.fault != nil {
                let alert = program.ruleset.alerts[index]
                return failed(.alert(alert.id), alert.when.text, from: program.scoreCount)
            }
        }
        for (index, rule) in program.adviceRules.enumerated() where onlyAdvice?[index] ?? true {
            let on = PopulationMachine.run(program.program, rule, frame: frame, timeline: timeline, profile: profile) != 0
            let bit: UInt64 = 1 << UInt64(index)
            if on { advice |= bit } else { advice &= ~bit }
            if frame.fault != nil {
                let entry = program.ruleset.advice[index]
                return failed(.advice(entry.id), entry.when.text, from: program.scoreCount)
            }
        }
        return true
    }

    /// Records the frame's fault as the engine does: later scores NaN, no alerts or advice.
    private func failed(_ rule: EvaluationFault.Rule, _ expression: String, from score: Int) -> Bool {
        for index in score..<program.scoreCount {
            values[index] = .nan
            levels[index] = -1
        }
        alerts = 0
        advice = 0
        fault = EvaluationFault(kind: frame.fault ?? .divisionByZero, rule: rule, span: frame.faultSpan, expression: expression)
        return false
    }
}
