import JRECore

/// The counts behind every population report: one tally per worker thread, added up at the end.
///
/// Only integers, so the result does not depend on how claimants were shared between threads.
public struct PopulationTally: Sendable, Equatable {
    /// The dimensions: alerts, advice, levels per score, groups per grouping attribute.
    public struct Shape: Sendable, Equatable {
        public var alerts: Int
        public var advice: Int
        public var levelCounts: [Int]
        public var groupSizes: [Int]
    }

    /// A value's histogram bins are whole numbers from ``histogramLow`` up (width 1), then « never » and faults.
    public static let histogramLow = -64
    public static let histogramBins = 512

    public let shape: Shape
    public internal(set) var claimants = 0
    public internal(set) var faults = 0
    /// Claimants with at least one alert on the day.
    public internal(set) var flagged = 0
    /// Claimants with an alert that was off seven days before (see ``alertOnsets``).
    public internal(set) var newlyFlagged = 0
    public internal(set) var alertCounts: [Int]
    /// Alerts on the day that were off seven days earlier: what lands on the advisor that week.
    public internal(set) var alertOnsets: [Int]
    public internal(set) var adviceCounts: [Int]
    /// Per score, the claimants at each level (flat; see ``levelCount(score:level:)``).
    var levelCountsFlat: [Int]
    let levelOffsets: [Int]
    /// Claimants whose hidden situation is known, and those of them searching actively.
    public internal(set) var situationKnown = 0
    public internal(set) var activeSearchers = 0
    public internal(set) var activeFlagged = 0
    public internal(set) var activeAlertCounts: [Int]
    /// One row per group (grouping attribute, value); see ``GroupRow``.
    var groupRows: [Int]
    let groupOffsets: [Int]
    /// Per score: histogram bins, then « never », then faults.
    var histogramsFlat: [Int]
    /// The first faults met, by claimant index.
    public internal(set) var firstFaults: [FaultSample] = []

    /// A fault and the claimant it happened to.
    public struct FaultSample: Sendable, Equatable {
        public var claimant: Int
        public var fault: EvaluationFault
    }

    static let faultSamples = 5

    init(shape: Shape) {
        self.shape = shape
        alertCounts = Array(repeating: 0, count: shape.alerts)
        alertOnsets = Array(repeating: 0, count: shape.alerts)
        adviceCounts = Array(repeating: 0, count: shape.advice)
        activeAlertCounts = Array(repeating: 0, count: shape.alerts)
        var offsets: [Int] = [], total = 0
        for count in shape.levelCounts { offsets.append(total); total += count }
        levelOffsets = offsets
        levelCountsFlat = Array(repeating: 0, count: total)
        var groups: [Int] = [], rows = 0
        for size in shape.groupSizes { groups.append(rows); rows += size }
        groupOffsets = groups
        groupRows = Array(repeating: 0, count: rows * GroupRow.width(alerts: shape.alerts))
        histogramsFlat = Array(repeating: 0, count: shape.levelCounts.count * (Self.histogramBins + 2))
    }

    // MARK: Reading

    public func levelCount(score: Int, level: Int) -> Int { levelCountsFlat[levelOffsets[score] + level] }

    public func group(_ grouping: Int, _ value: Int) -> GroupRow {
        let width = GroupRow.width(alerts: shape.alerts)
        let start = (groupOffsets[grouping] + value) * width
        return GroupRow(fields: Array(groupRows[start..<start + width]), alerts: shape.alerts)
    }

    /// Score `score`'s histogram: counts per whole-number bin from ``histogramLow``, then « never », then faults.
    public func histogram(score: Int) -> (bins: [Int], never: Int, faults: Int) {
        let start = score * (Self.histogramBins + 2)
        return (Array(histogramsFlat[start..<start + Self.histogramBins]), histogramsFlat[start + Self.histogramBins], histogramsFlat[start + Self.histogramBins + 1])
    }

    /// One group's counts.
    public struct GroupRow: Sendable, Equatable {
        public var claimants: Int
        public var flagged: Int
        public var newlyFlagged: Int
        public var activeSearchers: Int
        public var activeFlagged: Int
        public var alertCounts: [Int]
        public var activeAlertCounts: [Int]

        static func width(alerts: Int) -> Int { 5 + 2 * alerts }

        init(fields: [Int], alerts: Int) {
            claimants = fields[0]; flagged = fields[1]; newlyFlagged = fields[2]
            activeSearchers = fields[3]; activeFlagged = fields[4]
            alertCounts = Array(fields[5..<5 + alerts])
            activeAlertCounts = Array(fields[5 + alerts..<5 + 2 * alerts])
        }
    }

    // MARK: Counting

    /// Adds one claimant's results: `groups[g]` is its value index for grouping `g`.
    mutating func add(claimant: Int, evaluator: ClaimantEvaluator, priorAlerts: UInt64, situation: TrueSituation?, groups: UnsafePointer<Int32>) {
        claimants += 1
        let alerts = evaluator.alerts, onsets = alerts & ~priorAlerts
        let isFlagged = alerts != 0, isNew = onsets != 0
        if isFlagged { flagged += 1 }
        if isNew { newlyFlagged += 1 }
        if let fault = evaluator.fault {
            faults += 1
            if firstFaults.count < Self.faultSamples { firstFaults.append(FaultSample(claimant: claimant, fault: fault)) }
        }
        let active = situation?.isActiveSearch ?? false
        if situation != nil { situationKnown += 1 }
        if active {
            activeSearchers += 1
            if isFlagged { activeFlagged += 1 }
        }
        var bits = alerts
        while bits != 0 {
            let alert = bits.trailingZeroBitCount
            alertCounts[alert] += 1
            if active { activeAlertCounts[alert] += 1 }
            bits &= bits - 1
        }
        bits = onsets
        while bits != 0 {
            alertOnsets[bits.trailingZeroBitCount] += 1
            bits &= bits - 1
        }
        bits = evaluator.advice
        while bits != 0 {
            adviceCounts[bits.trailingZeroBitCount] += 1
            bits &= bits - 1
        }
        for score in 0..<shape.levelCounts.count {
            let level = Int(evaluator.levels[score])
            if level >= 0, shape.levelCounts[score] > 0 { levelCountsFlat[levelOffsets[score] + level] += 1 }
            histogramsFlat[score * (Self.histogramBins + 2) + Self.bin(evaluator.values[score])] += 1
        }
        let width = GroupRow.width(alerts: shape.alerts)
        for grouping in 0..<shape.groupSizes.count {
            let row = (groupOffsets[grouping] + Int(groups[grouping])) * width
            groupRows[row] += 1
            if isFlagged { groupRows[row + 1] += 1 }
            if isNew { groupRows[row + 2] += 1 }
            if active {
                groupRows[row + 3] += 1
                if isFlagged { groupRows[row + 4] += 1 }
            }
            var alertBits = alerts
            while alertBits != 0 {
                let alert = alertBits.trailingZeroBitCount
                groupRows[row + 5 + alert] += 1
                if active { groupRows[row + 5 + shape.alerts + alert] += 1 }
                alertBits &= alertBits - 1
            }
        }
    }

    @inline(__always)
    static func bin(_ value: Double) -> Int {
        if value.isNaN { return histogramBins + 1 }
        if value.isInfinite { return value > 0 ? histogramBins : 0 }
        let clamped = max(Double(histogramLow), min(Double(histogramLow + histogramBins - 1), value))
        var whole = Int(clamped)
        if Double(whole) > clamped { whole -= 1 }
        return whole - histogramLow
    }

    /// Adds another worker's tally (same shape).
    mutating func merge(_ other: PopulationTally) {
        claimants += other.claimants
        faults += other.faults
        flagged += other.flagged
        newlyFlagged += other.newlyFlagged
        situationKnown += other.situationKnown
        activeSearchers += other.activeSearchers
        activeFlagged += other.activeFlagged
        Self.add(&alertCounts, other.alertCounts)
        Self.add(&alertOnsets, other.alertOnsets)
        Self.add(&adviceCounts, other.adviceCounts)
        Self.add(&activeAlertCounts, other.activeAlertCounts)
        Self.add(&levelCountsFlat, other.levelCountsFlat)
        Self.add(&groupRows, other.groupRows)
        Self.add(&histogramsFlat, other.histogramsFlat)
        firstFaults = Array((firstFaults + other.firstFaults).sorted { $0.claimant < $1.claimant }.prefix(Self.faultSamples))
    }

    private static func add(_ total: inout [Int], _ more: [Int]) {
        for index in total.indices { total[index] += more[index] }
    }
}
