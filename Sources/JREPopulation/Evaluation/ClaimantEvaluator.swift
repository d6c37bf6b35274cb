import JRECore

/// Evaluates one claimant after another with a ``PopulationProgram`` (one per worker thread).
///
/// Sources fill ``profile`` and call ``load(_:cells:)``; the rules themselves run in the core's
/// ``RuleEvaluator`` (the engine's evaluation), reading the claimant through its assembled
/// timeline's ``EventView``.
final class ClaimantEvaluator {
    let program: PopulationProgram
    let timeline: AssembledTimeline
    /// Scores, levels, alerts and advice: the engine's evaluator.
    let rules: RuleEvaluator
    /// The claimant's profile values in the program's slots (NaN when missing); sources fill it.
    let profile: UnsafeMutablePointer<Double>

    init(program: PopulationProgram, parameters: ParameterValues) {
        self.program = program
        timeline = AssembledTimeline(program: program)
        profile = .allocate(capacity: max(1, program.profileKeys.count))
        profile.initialize(repeating: .nan, count: max(1, program.profileKeys.count))
        rules = RuleEvaluator(code: program.code, ruleset: program.ruleset, parameters: parameters,
                              events: timeline.view(profile: profile))
    }

    deinit {
        profile.deallocate()
    }

    /// Indexes the claimant's events; call before ``evaluate(day:)``.
    @inline(__always)
    func load(_ events: ClaimantEvents, cells: CellTable) {
        timeline.assemble(events, cells: cells)
        rules.events = timeline.view(profile: profile)
    }

    /// Score values and level indexes (-1: no levels, or after a fault) of the last evaluation.
    @inline(__always) var values: UnsafeMutablePointer<Double> { rules.values }
    @inline(__always) var levels: UnsafeMutablePointer<Int8> { rules.levels }
    /// Alerts on in the last evaluation (bit `i` for alert `i`).
    @inline(__always) var alerts: UInt64 { rules.alerts }
    /// Advice shown in the last evaluation.
    @inline(__always) var advice: UInt64 { rules.advice }
    /// The last evaluation's fault, if any.
    var fault: EvaluationFault? { rules.fault }

    /// Evaluates the loaded claimant on `day`; returns false on a fault (then see ``fault``).
    @discardableResult
    func evaluate(day: Int) -> Bool { rules.evaluate(day: day) }

    /// The alerts of the loaded claimant on `day` (see ``RuleEvaluator/alerts(onEarlierDay:)``).
    func alerts(onEarlierDay day: Int) -> UInt64 { rules.alerts(onEarlierDay: day) }

    /// Sets parameter `index` for the following evaluations.
    func setParameter(_ index: Int, to value: Double) { rules.setParameter(index, to: value) }

    /// Re-evaluates only what depends on a parameter (see ``RuleEvaluator/reevaluate(_:)``).
    func reevaluate(_ dependencies: ParameterDependencies) -> Bool { rules.reevaluate(dependencies) }
}
