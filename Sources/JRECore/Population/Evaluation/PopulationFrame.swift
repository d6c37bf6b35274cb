/// Scratch space for evaluating one claimant on one day (one per worker thread): the slots of
/// `today`, the level subject, parameters, score values and level ids, the value stack, and the
/// first fault. Laid out as the engine's ``EvaluationFrame``; every hot field sits behind a pointer,
/// so reading it costs no reference counting or exclusivity check.
final class PopulationFrame {
    let slots: UnsafeMutablePointer<Double>
    let stack: UnsafeMutablePointer<Double>
    let parameterBase: Int
    let scoreBase: Int
    let levelBase: Int
    /// Whether the current evaluation met a fault (read after every rule).
    let faulted: UnsafeMutablePointer<Bool>
    private let faultKind: UnsafeMutablePointer<EvaluationFault.Kind>
    private let faultRange: UnsafeMutablePointer<Range<Int>>

    static let todaySlot = EvaluationFrame.todaySlot
    static let subjectSlot = EvaluationFrame.subjectSlot

    init(parameterCount: Int, scoreCount: Int, stackDepth: Int) {
        parameterBase = 2
        scoreBase = parameterBase + parameterCount
        levelBase = scoreBase + scoreCount
        let slotCount = levelBase + scoreCount
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: 0, count: slotCount)
        stack = .allocate(capacity: max(4, stackDepth))
        faulted = .allocate(capacity: 1)
        faulted.initialize(to: false)
        faultKind = .allocate(capacity: 1)
        faultKind.initialize(to: .divisionByZero)
        faultRange = .allocate(capacity: 1)
        faultRange.initialize(to: 0..<0)
    }

    deinit {
        slots.deallocate()
        stack.deallocate()
        faulted.deallocate()
        faultKind.deinitialize(count: 1)
        faultKind.deallocate()
        faultRange.deallocate()
    }

    /// Starts an evaluation on `day`.
    @inline(__always)
    func begin(day: Int) {
        slots[Self.todaySlot] = Double(day)
        faulted.pointee = false
    }

    /// Records the first fault of the evaluation.
    func fail(_ kind: EvaluationFault.Kind, _ span: Range<Int>) {
        guard !faulted.pointee else { return }
        faulted.pointee = true
        faultKind.pointee = kind
        faultRange.pointee = span
    }

    /// The recorded fault's kind and span.
    var fault: (kind: EvaluationFault.Kind, span: Range<Int>) { (faultKind.pointee, faultRange.pointee) }
}
