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
    var program: BytecodeProgram { code.program }

    public var ruleset: Ruleset { compiled.ruleset }

    init(scenario: Scenario, compiled: CompiledRuleset, startingParameters: ParameterValues) {
        self.scenario = scenario
        self.compiled = compiled
        self.startingParameters = startingParameters
        let builder = TimelineBuilder(compiled: compiled)
        timelines = scenario.claimants.map { builder.timeline(for: $0, days: scenario.days) }
        code = RuleCode(compiled: compiled, builder: builder)
    }

    deinit {
        program.instructions.deallocate()
    }

    func makeFrame(_ parameters: ParameterValues, claimant: Int) -> EvaluationFrame {
        let frame = EvaluationFrame(parameterCount: parameters.values.count, scoreCount: code.scoreRules.count, stackDepth: program.stackDepth, timeline: timelines[claimant])
        for (index, value) in parameters.values.enumerated() { frame.slots[frame.parameterBase + index] = value }
        return frame
    }

    /// Evaluates the frame's claimant on `day`, writing score values and level indexes.
    @inline(__always)
    func run(_ frame: EvaluationFrame, day: Int, values: UnsafeMutablePointer<Double>, levels: UnsafeMutablePointer<Int8>) -> (UInt64, UInt64, EvaluationFault?) {
        frame.today = Double(day)
        frame.fault = nil
        let timeline = frame.timeline
        let scoreCount = code.scoreRules.count
        let program = self.program
        for score in 0..<scoreCount {
            let value = BytecodeMachine.run(program, code.scoreRules[score], frame: frame, timeline: timeline)
            if frame.fault != nil { return (0, 0, fault(frame, .score(ruleset.scores[score].id), ruleset.scores[score].value.text, values, levels, from: score)) }
            frame.slots[frame.scoreBase + score] = value
            values[score] = value
            let count = code.levelCounts[score]
            guard count > 0 else {
                levels[score] = -1
                frame.slots[frame.levelBase + score] = -1
                continue
            }
            frame.slots[EvaluationFrame.subjectSlot] = value
            let first = code.levelStarts[score]
            var chosen = count - 1
            for index in 0..<count {
                guard let rule = code.levelRules[first + index] else { chosen = index; break }
                let holds = BytecodeMachine.run(program, rule, frame: frame, timeline: timeline) != 0
                if frame.fault != nil {
                    let level = ruleset.scores[score].levels[index]
                    return (0, 0, fault(frame, .level(score: ruleset.scores[score].id, level: level.name), level.condition?.text ?? "", values, levels, from: score))
                }
                if holds { chosen = index; break }
            }
            levels[score] = Int8(chosen)
            frame.slots[frame.levelBase + score] = code.levelNameIds[first + chosen]
        }
        var alerts: UInt64 = 0
        for (index, rule) in code.alertRules.enumerated() {
            if BytecodeMachine.run(program, rule, frame: frame, timeline: timeline) != 0 { alerts |= 1 << UInt64(index) }
            if frame.fault != nil { return (0, 0, fault(frame, .alert(ruleset.alerts[index].id), ruleset.alerts[index].when.text, values, levels, from: scoreCount)) }
        }
        var advice: UInt64 = 0
        for (index, rule) in code.adviceRules.enumerated() {
            if BytecodeMachine.run(program, rule, frame: frame, timeline: timeline) != 0 { advice |= 1 << UInt64(index) }
            if frame.fault != nil { return (0, 0, fault(frame, .advice(ruleset.advice[index].id), ruleset.advice[index].when.text, values, levels, from: scoreCount)) }
        }
        return (alerts, advice, nil)
    }

    private func fault(_ frame: EvaluationFrame, _ rule: EvaluationFault.Rule, _ expression: String,
                       _ values: UnsafeMutablePointer<Double>, _ levels: UnsafeMutablePointer<Int8>, from score: Int) -> EvaluationFault {
        for index in score..<code.scoreRules.count {
            values[index] = .nan
            levels[index] = -1
        }
        return EvaluationFault(kind: frame.fault ?? .divisionByZero, rule: rule, span: frame.faultSpan, expression: expression)
    }

    /// Every claimant on one day.
    public func evaluate(day: Int, parameters: ParameterValues) -> [ClaimantResult] {
        (0..<timelines.count).map { evaluate(claimant: $0, day: day, parameters: parameters) }
    }

    /// One claimant on one day (the fast path, for one person).
    public func evaluate(claimant: Int, day: Int, parameters: ParameterValues) -> ClaimantResult {
        let scoreCount = code.scoreRules.count
        let values = UnsafeMutablePointer<Double>.allocate(capacity: max(1, scoreCount))
        let levels = UnsafeMutablePointer<Int8>.allocate(capacity: max(1, scoreCount))
        defer {
            values.deallocate()
            levels.deallocate()
        }
        let frame = makeFrame(parameters, claimant: claimant)
        let (alerts, advice, fault) = run(frame, day: day, values: values, levels: levels)
        return ClaimantResult(
            scoreValues: (0..<scoreCount).map { values[$0] },
            levels: (0..<scoreCount).map { levels[$0] < 0 ? nil : Int(levels[$0]) },
            alerts: (0..<code.alertRules.count).map { alerts & (1 << UInt64($0)) != 0 },
            advice: (0..<code.adviceRules.count).map { advice & (1 << UInt64($0)) != 0 },
            fault: fault
        )
    }

    /// Every claimant on every day of the run (what a board with sparklines needs), on both cores.
    public func history(parameters: ParameterValues) -> BoardHistory {
        let claimants = timelines.count, days = scenario.days, scores = code.scoreRules.count
        var values = [Double](repeating: 0, count: max(1, claimants * days * scores))
        var levels = [Int8](repeating: -1, count: max(1, claimants * days * scores))
        var alertBits = [UInt64](repeating: 0, count: max(1, claimants * days))
        var adviceBits = [UInt64](repeating: 0, count: max(1, claimants * days))
        let faultBox = FaultCollector()
        values.withUnsafeMutableBufferPointer { valuesBuffer in
            levels.withUnsafeMutableBufferPointer { levelsBuffer in
                alertBits.withUnsafeMutableBufferPointer { alertBuffer in
                    adviceBits.withUnsafeMutableBufferPointer { adviceBuffer in
                        let shared = SharedBuffers(values: valuesBuffer.baseAddress, levels: levelsBuffer.baseAddress,
                                                   alerts: alertBuffer.baseAddress, advice: adviceBuffer.baseAddress)
                        let workers = claimants >= 32 ? min(ProcessInfo.processInfo.activeProcessorCount, 8) : 1
                        let chunk = (claimants + workers - 1) / max(1, workers)
                        DispatchQueue.concurrentPerform(iterations: workers) { worker in
                            let start = worker * chunk, end = min(claimants, start + chunk)
                            guard start < end else { return }
                            var localFaults: [Int: EvaluationFault] = [:]
                            let frame = self.makeFrame(parameters, claimant: start)
                            for claimant in start..<end {
                                frame.timeline = self.timelines[claimant]
                                for day in 1...days {
                                    let slot = claimant * days + day - 1
                                    let (alerts, advice, fault) = self.run(
                                        frame, day: day,
                                        values: shared.values! + slot * scores, levels: shared.levels! + slot * scores)
                                    shared.alerts![slot] = alerts
                                    shared.advice![slot] = advice
                                    if let fault { localFaults[slot] = fault }
                                }
                            }
                            if !localFaults.isEmpty { faultBox.add(localFaults) }
                        }
                    }
                }
            }
        }
        return BoardHistory(
            claimantCount: claimants, dayCount: days, scoreCount: scores, parameters: parameters,
            values: values, levels: levels, alertBits: alertBits, adviceBits: adviceBits,
            faults: faultBox.faults, alertCount: code.alertRules.count, adviceCount: code.adviceRules.count
        )
    }
}

/// Raw pointers into the history arrays, written by disjoint claimant ranges on each worker.
private struct SharedBuffers: @unchecked Sendable {
    let values: UnsafeMutablePointer<Double>?
    let levels: UnsafeMutablePointer<Int8>?
    let alerts: UnsafeMutablePointer<UInt64>?
    let advice: UnsafeMutablePointer<UInt64>?
}

/// Gathers the workers' faults under a lock.
private final class FaultCollector: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var faults: [Int: EvaluationFault] = [:]

    func add(_ more: [Int: EvaluationFault]) {
        lock.lock()
        faults.merge(more) { first, _ in first }
        lock.unlock()
    }
}
