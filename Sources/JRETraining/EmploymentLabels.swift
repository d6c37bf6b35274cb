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

    /// The model card's words for these labels, in place of the control history's.
    static func relabel(card: String) -> String {
        card
            .replacingOccurrences(of: ", history: random}", with: "}")
            .replacingOccurrences(of: "# ILLUSTRATIVE: a model learnt on a fictional population's control history (reconstruction).",
                                  with: "# ILLUSTRATIVE: a model learnt on a fictional population's return to work (reconstruction).")
            .replacingOccurrences(of: "# people with a past control: the only ones with a label", with: "# everyone is labelled (no control involved)")
            .replacingOccurrences(of: "# one controlled person in five (claimant index divisible by 5)", with: "# one person in five (claimant index divisible by 5)")
            .replacingOccurrences(of: "# controls that found fraud", with: "# people who return to work within six months")
            .replacingOccurrences(of: "# on the held-out controlled people", with: "# on the held-out people")
            .replacingOccurrences(of: "# share controlled, highest scores first", with: "# share given reinforced support, highest scores first")
            .replacingOccurrences(of: "# share of those selected whose control found fraud", with: "# share of those selected who return to work")
    }
}
