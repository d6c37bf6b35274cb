/// Mutable scratch space for evaluating one claimant on one day; one per worker thread.
///
/// Slots hold `today`, the level subject, parameters, score values and level ids in flat memory so
/// compiled rules read them without copies.
final class EvaluationFrame {
    let slots: UnsafeMutablePointer<Double>
    let slotCount: Int
    /// The value stack of the bytecode machine.
    let stack: UnsafeMutablePointer<Double>
    let parameterBase: Int
    let scoreBase: Int
    let levelBase: Int
    var timeline: ClaimantTimeline
    /// The first fault of the current evaluation, if any.
    var fault: EvaluationFault.Kind?
    var faultSpan: Range<Int> = 0..<0

    static let todaySlot = 0
    static let subjectSlot = 1

    init(parameterCount: Int, scoreCount: Int, stackDepth: Int, timeline: ClaimantTimeline) {
        stack = .allocate(capacity: max(4, stackDepth))
        parameterBase = 2
        scoreBase = parameterBase + parameterCount
        levelBase = scoreBase + scoreCount
        slotCount = levelBase + scoreCount
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: 0, count: slotCount)
        self.timeline = timeline
    }

    deinit {
        stack.deallocate()
        slots.deallocate()
    }

    var today: Double {
        get { slots[Self.todaySlot] }
        set { slots[Self.todaySlot] = newValue }
    }

    func fail(_ kind: EvaluationFault.Kind, _ span: Range<Int>) {
        if fault == nil {
            fault = kind
            faultSpan = span
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
