import JRECore
import JREText

/// The advisor's decision dialog for one claimant: choose, justify, name the indices, confirm.
public struct DecisionDialog: Sendable, Equatable {
    /// Where the dialog is.
    public enum Step: Sendable, Equatable {
        case choose
        case justify
        case evidence
    }

    public var claimant: Int
    public var step: Step = .choose
    /// The highlighted decision (ruleset order).
    public var selection = 0
    public var justification = ""
    /// The indices named (ids), for a decision with a guard-rail.
    public var evidence: [String] = []
    /// The highlighted index in the evidence list.
    public var evidenceCursor = 0
    /// Why the dialog cannot go on yet (missing justification, not enough indices).
    public var problem: Phrase?

    public init(claimant: Int) {
        self.claimant = claimant
    }

    /// Whether quitting now would lose typed text.
    public var hasUnsavedText: Bool { !justification.isEmpty || !evidence.isEmpty }
}
