import JRECore

/// One person's past control: its day and whether it found fraud. The only label a model learns from.
public struct ControlLabel: Sendable, Hashable {
    /// The day of the control (1 = the first day of the run).
    public var day: Int
    public var fraudFound: Bool

    public init(day: Int, fraudFound: Bool) {
        self.day = day
        self.fraudFound = fraudFound
    }
}

/// Who was controlled, when, and what the control found, per claimant index of a population;
/// nil for someone never controlled (no label).
public typealias ControlLabelSource = @Sendable (Int) -> ControlLabel?
