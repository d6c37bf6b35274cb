/// What the rules say about one claimant on one day.
public struct ClaimantResult: Sendable, Equatable {
    /// Each score's value (`.infinity` is `never`).
    public var scoreValues: [Double]
    /// Each score's level index, nil for scores without levels (or after a fault).
    public var levels: [Int?]
    /// Which alerts are on, in ruleset order.
    public var alerts: [Bool]
    /// Which advice entries apply, in ruleset order.
    public var advice: [Bool]
    public var fault: EvaluationFault?

    public var alertCount: Int { alerts.filter { $0 }.count }
}

/// Every claimant's results on every day of a run, for one set of parameter values.
///
/// Stored flat (claimant-major, then day, then score) so a 500 × 365 history is a few arrays.
public struct BoardHistory: Sendable {
    public let claimantCount: Int
    public let dayCount: Int
    public let scoreCount: Int
    public let parameters: ParameterValues
    var values: [Double]
    var levels: [Int8]
    var alertBits: [UInt64]
    var adviceBits: [UInt64]
    var faults: [Int: EvaluationFault]
    let alertCount: Int
    let adviceCount: Int

    @inline(__always)
    func slot(_ claimant: Int, _ day: Int) -> Int { claimant * dayCount + (day - 1) }

    public func value(claimant: Int, day: Int, score: Int) -> Double {
        values[slot(claimant, day) * scoreCount + score]
    }

    public func level(claimant: Int, day: Int, score: Int) -> Int? {
        let level = levels[slot(claimant, day) * scoreCount + score]
        return level < 0 ? nil : Int(level)
    }

    public func isAlertOn(claimant: Int, day: Int, alert: Int) -> Bool {
        alertBits[slot(claimant, day)] & (1 << UInt64(alert)) != 0
    }

    public func fault(claimant: Int, day: Int) -> EvaluationFault? { faults[slot(claimant, day)] }

    /// Every fault of the run, as (claimant, day, fault).
    public var allFaults: [(claimant: Int, day: Int, fault: EvaluationFault)] {
        faults.keys.sorted().map { ($0 / dayCount, $0 % dayCount + 1, faults[$0]!) }
    }

    public func result(claimant: Int, day: Int) -> ClaimantResult {
        let base = slot(claimant, day)
        return ClaimantResult(
            scoreValues: (0..<scoreCount).map { values[base * scoreCount + $0] },
            levels: (0..<scoreCount).map { let l = levels[base * scoreCount + $0]; return l < 0 ? nil : Int(l) },
            alerts: (0..<alertCount).map { alertBits[base] & (1 << UInt64($0)) != 0 },
            advice: (0..<adviceCount).map { adviceBits[base] & (1 << UInt64($0)) != 0 },
            fault: faults[base]
        )
    }
}
