/// The cohort step of alerts chosen by rank (``CohortRank``): after every claimant of a day is
/// evaluated, each rank alert stays on only for the `top` highest scores among those it was on for.
extension Simulation {
    /// Whether any alert is chosen by rank (then one claimant's alerts depend on everyone's scores).
    public var hasRankAlerts: Bool { !compiled.ranks.isEmpty }

    /// Keeps each rank alert on for the top claimants of one day's `results` only.
    func applyRanks(_ results: inout [ClaimantResult], parameters: ParameterValues) {
        for rank in compiled.ranks {
            let selected = CohortRank.select(values: results.map { $0.fault == nil ? $0.scoreValues[rank.score] : .nan },
                                             eligible: results.map { $0.alerts[rank.alert] }, top: rank.top(parameters))
            for claimant in results.indices { results[claimant].alerts[rank.alert] = selected[claimant] }
        }
    }

    /// The same step over a whole run's flat arrays (``BoardHistory``'s layout), one day at a time.
    func applyRanks(values: [Double], alertBits: inout [UInt64], claimants: Int, days: Int, scores: Int, parameters: ParameterValues) {
        guard claimants > 0, days > 0 else { return }
        var dayValues = [Double](repeating: .nan, count: claimants), eligible = [Bool](repeating: false, count: claimants)
        for rank in compiled.ranks {
            let bit: UInt64 = 1 << UInt64(rank.alert), top = rank.top(parameters)
            for day in 1...days {
                for claimant in 0..<claimants {
                    let slot = claimant * days + day - 1
                    dayValues[claimant] = values[slot * scores + rank.score]
                    eligible[claimant] = alertBits[slot] & bit != 0
                }
                let selected = CohortRank.select(values: dayValues, eligible: eligible, top: top)
                for claimant in 0..<claimants {
                    let slot = claimant * days + day - 1
                    alertBits[slot] = selected[claimant] ? alertBits[slot] | bit : alertBits[slot] & ~bit
                }
            }
        }
    }
}
