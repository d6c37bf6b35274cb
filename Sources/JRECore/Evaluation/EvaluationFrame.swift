/// Scratch space for evaluating one claimant on one day (one per worker thread): the slots of
/// `today`, the level subject, parameters, score values and level ids, the value stack, and the
/// first fault. Every hot field sits behind a pointer, so reading it costs no reference counting
/// or exclusivity check.
final class EvaluationFrame {
    /// A fault as the machine records it: what, and the index of the span (in the program's
    /// `spans` and `faultKeys`); ``RuleEvaluator`` turns it into an ``EvaluationFault``.
    enum FaultCode: UInt8 {
        case divisionByZero
        /// The profile value named by the span's fault key is missing.
        case missingProfile
        /// `registered` is missing (for `days_registered`).
        case missingRegistered
    }

    let slots: UnsafeMutablePointer<Double>
    let stack: UnsafeMutablePointer<Double>
    let parameterBase: Int
    let scoreBase: Int
    let levelBase: Int
    /// Whether the current evaluation met a fault (read after every rule).
    let faulted: UnsafeMutablePointer<Bool>
    private let faultCode: UnsafeMutablePointer<FaultCode>
    private let faultSpanIndex: UnsafeMutablePointer<Int>

    static let todaySlot = 0
    static let subjectSlot = 1

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
        faultCode = .allocate(capacity: 1)
        faultCode.initialize(to: .divisionByZero)
        faultSpanIndex = .allocate(capacity: 1)
        faultSpanIndex.initialize(to: 0)
    }

    deinit {
        slots.deallocate()
        stack.deallocate()
        faulted.deallocate()
        faultCode.deallocate()
        faultSpanIndex.deallocate()
    }

    /// Starts an evaluation on `day`.
    @inline(__always)
    func begin(day: Int) {
        slots[Self.todaySlot] = Double(day)
        faulted.pointee = false
    }

    /// Records the first fault of the evaluation.
    func fail(_ code: FaultCode, span: Int) {
        guard !faulted.pointee else { return }
        faulted.pointee = true
        faultCode.pointee = code
        faultSpanIndex.pointee = span
    }

    /// Whether the recorded fault is a missing profile value (a trained score's feature is then missing).
    var faultIsMissingValue: Bool {
        faultCode.pointee == .missingProfile || faultCode.pointee == .missingRegistered
    }

    /// The recorded fault's kind and span, read from the program that was running.
    func fault(in program: BytecodeProgram) -> (kind: EvaluationFault.Kind, span: Range<Int>) {
        let span = faultSpanIndex.pointee
        switch faultCode.pointee {
        case .divisionByZero: return (.divisionByZero, program.spans[span])
        case .missingProfile: return (.missingProfile(program.faultKeys[span]), program.spans[span])
        case .missingRegistered: return (.missingProfile("registered"), program.spans[span])
        }
    }
}

/// A problem met while evaluating one claimant on one day: reported, never a crash or a silent number.
public struct EvaluationFault: Sendable, Hashable {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        case divisionByZero
        case missingProfile(String)
        case wrongProfileType(String)
    }

    /// Which rule was being evaluated.
    public enum Rule: Sendable, Hashable {
        case score(String)
        case level(score: String, level: String)
        case alert(String)
        case advice(String)
    }

    public var kind: Kind
    public var rule: Rule
    /// The part of the rule's expression at fault (offsets in Unicode scalars).
    public var span: Range<Int>
    public var expression: String
}
