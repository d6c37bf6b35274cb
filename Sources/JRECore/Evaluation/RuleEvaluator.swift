/// Evaluates a ruleset's rules for one claimant on one day: scores in order, the first level whose
/// condition holds, then alerts and advice. The one place that does, for the engine and the population.
///
/// One per worker thread. The caller points ``events`` at a claimant's ``EventView`` and calls
/// ``evaluate(day:)``; results are in ``values``, ``levels``, ``alerts``, ``advice`` and ``fault``.
/// The first fault stops the evaluation and leaves later scores NaN (no alerts, no advice). The
/// rule table is copied into flat memory so the loop reads it through raw pointers.
package final class RuleEvaluator {
    /// The claimant being evaluated (its owner keeps the memory alive).
    package var events: EventView {
        @inline(__always) get { view.pointee }
        @inline(__always) set { view.pointee = newValue }
    }
    /// Score values and level indexes (-1: no levels, or after a fault) of the last evaluation.
    package let values: UnsafeMutablePointer<Double>
    package let levels: UnsafeMutablePointer<Int8>
    /// The last evaluation's fault, if any.
    package var fault: EvaluationFault? { faultBox.pointee }
    package let scoreCount: Int
    package let alertCount: Int
    package let adviceCount: Int

    /// ``events`` behind a pointer: reading it costs no exclusivity check.
    private let view: UnsafeMutablePointer<EventView>
    /// ``fault`` behind a pointer: reading it after every evaluation costs no exclusivity check.
    private let faultBox: UnsafeMutablePointer<EvaluationFault?>
    private let ruleset: Ruleset
    private let program: BytecodeProgram
    private let frame: EvaluationFrame
    private let savedValues: UnsafeMutablePointer<Double>
    private let savedLevels: UnsafeMutablePointer<Int8>
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
    /// Per score: whether a trained model computes it (``evaluateModel(_:)``), its feature rules and its row of inputs.
    private let isModel: UnsafeMutablePointer<Bool>
    private let models: [RuleCode.ModelProgram?]
    /// The same programs, read without retaining them (``models`` keeps them alive).
    private let unretainedModels: UnsafeMutablePointer<Unmanaged<RuleCode.ModelProgram>?>
    /// Every trained score's row of inputs end to end (score `s` from `featureOffsets[s]`), as of the last evaluation.
    private let featureRow: UnsafeMutablePointer<Float>
    private let featureOffsets: UnsafeMutablePointer<Int>
    /// The feature whose rule faulted, for the fault's expression.
    private let faultedFeature: UnsafeMutablePointer<Int>
    /// Per score: `recompute: monthly` (its value is computed on the 1st of the month, ``monthStarts``).
    private let isMonthly: [Bool]
    /// The 1st of each month as clock days (the caller sets the scenario's calendar; 30-day months otherwise).
    package var monthStarts = MonthStarts(days: [])

    /// An evaluator of `code` (compiled from `ruleset`) with `parameters`, reading `events` first.
    package init(code rules: RuleCode, ruleset: Ruleset, parameters: ParameterValues, events: EventView) {
        self.ruleset = ruleset
        view = .allocate(capacity: 1)
        view.initialize(to: events)
        faultBox = .allocate(capacity: 1)
        faultBox.initialize(to: nil)
        program = rules.program
        scoreCount = rules.scoreRules.count
        alertCount = rules.alertRules.count
        adviceCount = rules.adviceRules.count
        frame = EvaluationFrame(parameterCount: parameters.values.count, scoreCount: scoreCount, stackDepth: rules.program.stackDepth)
        for (index, value) in parameters.values.enumerated() { frame.slots[frame.parameterBase + index] = value }
        let scores = max(1, scoreCount)
        values = .allocate(capacity: scores)
        values.initialize(repeating: 0, count: scores)
        levels = .allocate(capacity: scores)
        levels.initialize(repeating: -1, count: scores)
        savedValues = .allocate(capacity: scores)
        savedLevels = .allocate(capacity: scores)
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
        scoreBounds = bounds(rules.scoreRules)
        levelBounds = bounds(rules.levelRules)
        levelStarts = copy(rules.levelStarts)
        levelCounts = copy(rules.levelCounts)
        levelNameIds = copy(rules.levelNameIds)
        alertBounds = bounds(rules.alertRules)
        adviceBounds = bounds(rules.adviceRules)
        aggregates = copy(TypedNode.Aggregate.allCases)
        code = UnsafePointer(rules.program.instructions.baseAddress ?? UnsafeMutablePointer<Instruction>.allocate(capacity: 1))
        noAdvice = Array(repeating: false, count: adviceCount)
        bits = .allocate(capacity: 2)
        bits.initialize(repeating: 0, count: 2)
        models = rules.models
        unretainedModels = copy(rules.models.map { $0.map { Unmanaged.passUnretained($0) } })
        isModel = copy(rules.models.map { $0 != nil })
        var offsets: [Int] = [], total = 0
        for model in rules.models {
            offsets.append(total)
            total += model?.features.count ?? 0
        }
        featureOffsets = copy(offsets)
        featureRow = .allocate(capacity: max(1, total))
        featureRow.initialize(repeating: .nan, count: max(1, total))
        faultedFeature = .allocate(capacity: 1)
        faultedFeature.initialize(to: 0)
        isMonthly = ruleset.scores.map(\.recomputeMonthly)
    }

    deinit {
        view.deallocate()
        faultBox.deinitialize(count: 1)
        faultBox.deallocate()
        values.deallocate()
        savedValues.deallocate()
        savedLevels.deallocate()
        levels.deallocate()
        for pointer in [scoreBounds, levelBounds, levelStarts, levelCounts, alertBounds, adviceBounds] { pointer.deallocate() }
        levelNameIds.deallocate()
        aggregates.deallocate()
        bits.deallocate()
        isModel.deallocate()
        unretainedModels.deallocate()
        featureRow.deallocate()
        featureOffsets.deallocate()
        faultedFeature.deallocate()
    }

    /// Alerts on in the last evaluation (bit `i` for alert `i`).
    @inline(__always) package var alerts: UInt64 { bits[0] }
    /// Advice shown in the last evaluation.
    @inline(__always) package var advice: UInt64 { bits[1] }

    /// The last evaluation as a value.
    package var result: ClaimantResult {
        ClaimantResult(
            scoreValues: (0..<scoreCount).map { values[$0] },
            levels: (0..<scoreCount).map { levels[$0] < 0 ? nil : Int(levels[$0]) },
            alerts: (0..<alertCount).map { alerts & (1 << UInt64($0)) != 0 },
            advice: (0..<adviceCount).map { advice & (1 << UInt64($0)) != 0 },
            fault: fault
        )
    }

    /// Sets parameter `index` for the following evaluations.
    package func setParameter(_ index: Int, to value: Double) {
        frame.slots[frame.parameterBase + index] = value
    }

    /// Evaluates the claimant of ``events`` on `day`; returns false on a fault (then see ``fault``).
    @discardableResult
    package func evaluate(day: Int) -> Bool {
        evaluate(day: day, advice: true)
    }

    /// The alerts of the same claimant on `day`, leaving the last evaluation's results in place
    /// (not the frame's slots: evaluate again before ``reevaluate(_:)``).
    package func alerts(onEarlierDay day: Int) -> UInt64 {
        savedValues.update(from: values, count: scoreCount)
        savedLevels.update(from: levels, count: scoreCount)
        let (savedAlerts, savedAdvice, savedFault) = (bits[0], bits[1], faultBox.pointee)
        _ = evaluate(day: day, advice: false)
        let earlier = bits[0]
        values.update(from: savedValues, count: scoreCount)
        levels.update(from: savedLevels, count: scoreCount)
        (bits[0], bits[1]) = (savedAlerts, savedAdvice)
        faultBox.pointee = savedFault
        return earlier
    }

    /// Re-evaluates, after a parameter change, only what depends on it; the previous evaluation
    /// must be of the same claimant and day, without fault. Returns false on a fault.
    package func reevaluate(_ dependencies: ParameterDependencies) -> Bool {
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
    private func run(_ bounds: UnsafeMutablePointer<Int>, _ rule: Int) -> Double {
        BytecodeMachine.run(code, bounds[rule * 2], bounds[rule * 2 + 1], frame: frame, events: view, aggregates: aggregates)
    }

    /// Evaluates on `day`, advice included or not.
    private func evaluate(day: Int, advice: Bool) -> Bool {
        frame.begin(day: day)
        if faultBox.pointee != nil { faultBox.pointee = nil }
        bits[0] = 0
        bits[1] = 0
        for score in 0..<scoreCount where !evaluateScore(score) { return false }
        return evaluateAlertsAndAdvice(onlyAlerts: nil, onlyAdvice: advice ? nil : noAdvice)
    }

    @inline(__always)
    private func evaluateScore(_ score: Int) -> Bool {
        let value: Double
        if isMonthly[score] {
            // The month's score: computed as on the 1st of the month, then held (no daily wobble).
            let today = frame.slots[EvaluationFrame.todaySlot]
            frame.slots[EvaluationFrame.todaySlot] = Double(monthStarts.start(of: Int(today)))
            value = isModel[score] ? evaluateModel(score) : run(scoreBounds, score)
            frame.slots[EvaluationFrame.todaySlot] = today
        } else {
            value = isModel[score] ? evaluateModel(score) : run(scoreBounds, score)
        }
        if frame.faulted.pointee {
            let definition = ruleset.scores[score]
            let text = definition.model.map { $0.features[faultedFeature.pointee].value.text } ?? definition.value.text
            return failed(.score(definition.id), text, from: score)
        }
        frame.slots[frame.scoreBase + score] = value
        values[score] = value
        return evaluateLevel(score)
    }

    /// A trained score: each feature's rule (a missing profile value makes the feature missing, NaN,
    /// which the model sends where `default_left` says), a categorical text turned into its index,
    /// then the model's output. Any other fault stops here, as in a rule. A feature of a common
    /// form is read directly (``RuleCode/FeatureShortcut``: the same value as the machine's).
    @inline(never)
    private func evaluateModel(_ score: Int) -> Double {
        guard let program = unretainedModels[score] else { return .nan }
        return program._withUnsafeGuaranteedRef { evaluateModel(score, $0) }
    }

    @inline(__always)
    private func evaluateModel(_ score: Int, _ model: RuleCode.ModelProgram) -> Double {
        let row = featureRow + featureOffsets[score]
        let shortcuts = model.shortcuts, bounds = model.featureBounds
        let profile = view.pointee.profile
        let today = Int(frame.slots[EvaluationFrame.todaySlot])
        for index in 0..<model.featureCount {
            let shortcut = shortcuts[index]
            var value: Double
            switch shortcut.form {
            case .profile:
                value = profile[shortcut.slot]
            case .countAll:
                value = view.pointee.count(shortcut.slot, today: today, window: nil)
            case .countWindow:
                value = view.pointee.count(shortcut.slot, today: today, window: shortcut.value)
            case .profileEquals:
                let x = profile[shortcut.slot]
                value = x.isNaN ? .nan : x == shortcut.value ? shortcut.then : shortcut.otherwise
            case .profileTruth:
                let x = profile[shortcut.slot]
                value = x.isNaN ? .nan : x == 0 ? shortcut.otherwise : shortcut.then
            case .general:
                value = BytecodeMachine.run(code, bounds[index * 2], bounds[index * 2 + 1], frame: frame, events: view, aggregates: aggregates)
                if frame.faulted.pointee {
                    guard frame.faultIsMissingValue else {
                        faultedFeature.pointee = index
                        return .nan
                    }
                    frame.faulted.pointee = false
                    value = .nan
                }
            }
            let categories = model.categoryCounts[index]
            if categories > 0 {
                let ids = model.categoryValues + model.categoryStarts[index]
                var found = Double.nan
                for position in 0..<categories where ids[position] == value {
                    found = Double(position)
                    break
                }
                value = found
            }
            row[index] = Float(value)
        }
        return model.score(row, parameters: frame.slots + frame.parameterBase)
    }

    /// The level index score `score` would get with `value` instead of its own (after an evaluation
    /// of the same claimant and day; nil for a score without levels or on a fault). The last
    /// evaluation's results are left as they were.
    package func level(ofScore score: Int, value: Double) -> Int? {
        let savedValue = values[score], savedLevel = levels[score], savedFault = faultBox.pointee, savedFaulted = frame.faulted.pointee
        let levelSlot = frame.levelBase + score
        let savedSlot = frame.slots[levelSlot], savedSubject = frame.slots[EvaluationFrame.subjectSlot]
        values[score] = value
        let result: Int? = evaluateLevel(score) && levels[score] >= 0 ? Int(levels[score]) : nil
        values[score] = savedValue
        levels[score] = savedLevel
        frame.slots[levelSlot] = savedSlot
        frame.slots[EvaluationFrame.subjectSlot] = savedSubject
        frame.faulted.pointee = savedFaulted
        faultBox.pointee = savedFault
        return result
    }

    /// The inputs trained score `score` gave its model in the last evaluation (NaN: missing; a category's index), nil for a rule.
    package func modelInputs(_ score: Int) -> [Float]? {
        guard let model = models[score] else { return nil }
        return Array(UnsafeBufferPointer(start: featureRow + featureOffsets[score], count: model.features.count))
    }

    @inline(__always)
    private func evaluateLevel(_ score: Int) -> Bool {
        let count = levelCounts[score]
        guard count > 0 else {
            levels[score] = -1
            frame.slots[frame.levelBase + score] = -1
            return true
        }
        frame.slots[EvaluationFrame.subjectSlot] = values[score]
        let first = levelStarts[score]
        var chosen = count - 1
        for index in 0..<count {
            let rule = first + index
            guard levelBounds[rule * 2] >= 0 else { chosen = index; break }
            let holds = run(levelBounds, rule) != 0
            if frame.faulted.pointee {
                let level = ruleset.scores[score].levels[index]
                return failed(.level(score: ruleset.scores[score].id, level: level.name), level.condition?.text ?? "", from: score)
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
                let alert = ruleset.alerts[index]
                return failed(.alert(alert.id), alert.when.text, from: scoreCount)
            }
        }
        for index in 0..<adviceCount where onlyAdvice?[index] ?? true {
            let on = run(adviceBounds, index) != 0
            let bit: UInt64 = 1 << UInt64(index)
            bits[1] = on ? bits[1] | bit : bits[1] & ~bit
            if frame.faulted.pointee {
                let entry = ruleset.advice[index]
                return failed(.advice(entry.id), entry.when.text, from: scoreCount)
            }
        }
        return true
    }

    /// Records the frame's fault: later scores NaN, no alerts or advice.
    private func failed(_ rule: EvaluationFault.Rule, _ expression: String, from score: Int) -> Bool {
        for index in score..<scoreCount {
            values[index] = .nan
            levels[index] = -1
        }
        bits[0] = 0
        bits[1] = 0
        let (kind, span) = frame.fault(in: program)
        faultBox.pointee = EvaluationFault(kind: kind, rule: rule, span: span, expression: expression)
        return false
    }
}
