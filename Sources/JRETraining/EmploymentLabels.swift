import JREPopulation

/// The labels of the synthetic world's employment outcome: everyone registered during the run is
/// labelled on the last day with whether they return to work within the next six months
/// (``WorldProfile/returnsToWork``; `docs/population-model.md` § 1.6). No control is involved.
public struct EmploymentLabels: Sendable {
    public let worlds: [WorldProfile]
    public let days: Int

    public init(population: SyntheticPopulation) {
        worlds = FraudWorld.profiles(population)
        days = population.days
    }

    /// Everyone is labelled, on the last day; `fraudFound` carries « returned to work ».
    public var source: ControlLabelSource {
        let worlds = self.worlds, days = self.days
        return { claimant in
            guard claimant < worlds.count else { return nil }
            return ControlLabel(day: days, fraudFound: worlds[claimant].returnsToWork)
        }
    }
}
