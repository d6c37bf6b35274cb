import JREPopulation

/// The labels of the fraud world's control history: a controlled person's control day and what it
/// found (``ControlRecord``), and for the card only, the hidden truth (who really defrauded).
public struct FraudWorldLabels: Sendable {
    public let worlds: [WorldProfile]

    public init(population: SyntheticPopulation) {
        worlds = FraudWorld.profiles(population)
    }

    /// The same worlds drawn in a few slices, reporting ``TrainingStage/drawingHistory(_:)`` after
    /// each and stopping (``TrainingCancelled``) between two once the monitor's cancellation is raised.
    public init(population: SyntheticPopulation, monitor: TrainingMonitor) throws(TrainingCancelled) {
        let slices = 10, size = population.size
        var worlds: [WorldProfile] = []
        worlds.reserveCapacity(size)
        monitor.progress(.drawingHistory(0))
        for slice in 0..<slices {
            try monitor.check()
            let range = (size * slice / slices)..<(size * (slice + 1) / slices)
            worlds += FraudWorld.profiles(population, range: range)
            monitor.progress(.drawingHistory(Double(slice + 1) / Double(slices)))
        }
        self.worlds = worlds
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
