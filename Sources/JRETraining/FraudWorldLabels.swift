import JREPopulation

/// The labels of the fraud world's control history: a controlled person's control day and what it
/// found (``ControlRecord``), and for the card only, the hidden truth (who really defrauded).
public struct FraudWorldLabels: Sendable {
    public let worlds: [WorldProfile]

    public init(population: SyntheticPopulation) {
        worlds = FraudWorld.profiles(population)
    }

    public var source: ControlLabelSource {
        let worlds = self.worlds
        return { claimant in
            guard claimant < worlds.count, worlds[claimant].control.controlled else { return nil }
            return ControlLabel(day: worlds[claimant].control.day, fraudFound: worlds[claimant].control.fraudFound)
        }
    }

    /// Whether each person really defrauded: never a label, only the card's « what the model misses ».
    public var truth: [Bool] { worlds.map { $0.fraud != .none } }
}
