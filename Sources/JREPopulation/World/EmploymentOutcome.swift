import JRECore

/// Draws the synthetic world's employment outcome: does the person return to work within six
/// months after the last day of the run? From a random stream of its own, after everything else,
/// so that no other draw of the population changes. The figures are in ``EmploymentModel``.
///
/// The outcome reads the hidden situation, the age band, the time registered, health, the job codes
/// sought and the personal intensity: never the count of logins or entered applications, which
/// is what a model trained on it sees instead.
enum EmploymentOutcome {
    /// The chance of returning to work within six months for a drawn profile seeking `jobs` (indexes into ``GeneratedCells/jobs``).
    static func chance(_ profile: SyntheticProfile, jobs: [Int]) -> Double {
        var chance = EmploymentModel.base(profile.situation)
        chance *= EmploymentModel.ageFactors[min(max(profile.ageBand, 0), EmploymentModel.ageFactors.count - 1)]
        if profile.seniority == 1 { chance *= EmploymentModel.longTermFactor }
        if profile.health { chance *= EmploymentModel.healthFactor }
        if !jobs.isEmpty {
            var strained = 0
            for job in jobs where EmploymentModel.tensionJobs.contains(GeneratedCells.jobs[job].rome) { strained += 1 }
            let share = Double(strained) / Double(jobs.count)
            chance *= 1 + EmploymentModel.tensionGain * share
        }
        chance *= EmploymentModel.intensityBase + EmploymentModel.intensitySlope * profile.intensity
        return min(EmploymentModel.maximumChance, chance)
    }

    /// Fills `profile.world.returnsToWork` for claimant `index` (false for someone registered after the run).
    static func draw(_ index: Int, seed: UInt64, profile: inout SyntheticProfile, jobs: [Int], registeredInRun: Bool) {
        var random = PopulationRandom(outcomeOf: seed, index: index)
        let draw = random.unit()
        profile.world.returnsToWork = registeredInRun && draw < chance(profile, jobs: jobs)
    }
}
