import JRECore
import JREText

/// What a population evaluation says, ready to print: shares per alert, level and advice, group
/// rates with their ratio to a reference group, false-alert rates, and projections to France.
public struct PopulationReport: Sendable {
    /// People required to search for a job, categories A, B, C, Q4 2024 (Insee Références 2025).
    public static let nationalClaimants = 5_490_000
    /// Caseloads per advisor: about 150 for people far from work, 400 for those close (IGF/IGAS 2023).
    public static let caseloads = [150, 400]
    /// Ratios to the reference group outside this range are marked (the « four fifths » tolerance).
    public static let tolerance = 0.8...1.25

    /// Where the population came from, for the title line.
    public enum Origin: Sendable {
        case synthetic(SyntheticPopulation)
        case folder(String, claimants: Int)
    }

    /// A changed parameter: its id, value in force and default.
    public struct ChangedParameter: Sendable {
        public var id: String
        public var value: Double
        public var defaultValue: Double
    }

    /// A count and its share of a whole (nil when the whole is empty).
    public struct Share: Sendable {
        public var count: Int
        public var share: Double?

        init(_ count: Int, of total: Int) {
            self.count = count
            share = total > 0 ? Double(count) / Double(total) : nil
        }
    }

    /// One group's rates and how they compare with the reference group's.
    public struct GroupLine: Sendable {
        public var value: String
        public var claimants: Int
        public var flagged: Share
        /// The flagged rate divided by the reference group's (nil when either is undefined).
        public var ratio: Double?
        public var alerts: [Share]
        public var alertRatios: [Double?]
        /// Among the group's active searchers, the share with at least one alert (nil when unknown or none).
        public var activeSearchers: Int
        public var falseAlerts: Share?
        public var isReference: Bool

        public var ratioOutsideTolerance: Bool { ratio.map { !PopulationReport.tolerance.contains($0) } ?? false }
        public func alertRatioOutside(_ alert: Int) -> Bool { alertRatios[alert].map { !PopulationReport.tolerance.contains($0) } ?? false }
    }

    /// One grouping attribute's lines.
    public struct GroupTable: Sendable {
        public var attribute: String
        public var reference: String
        public var lines: [GroupLine]
    }

    public let origin: Origin
    public let rules: Ruleset
    public let day: Int
    public let days: Int
    public let changedParameters: [ChangedParameter]
    public let tally: PopulationTally
    public let groups: [GroupTable]
    public let warnings: [Diagnostic]

    /// Builds the report; `references` names a reference value per attribute (default: the largest group).
    public init(origin: Origin, rules: PopulationRules, day: Int, days: Int, parameters: ParameterValues,
                outcome: PopulationRun.Outcome, references: [String: String] = [:]) {
        self.origin = origin
        self.rules = rules.ruleset
        self.day = day
        self.days = days
        let ruleset = rules.ruleset
        changedParameters = ruleset.parameters.enumerated().compactMap { index, parameter in
            parameters[index] == parameter.value ? nil : ChangedParameter(id: parameter.id, value: parameters[index], defaultValue: parameter.value)
        }
        tally = outcome.tally
        warnings = outcome.warnings
        let tally = outcome.tally
        groups = outcome.groupings.enumerated().map { grouping, definition in
            let rows = definition.values.indices.map { tally.group(grouping, $0) }
            let largest = rows.indices.max { rows[$0].claimants < rows[$1].claimants } ?? 0
            let reference = references[definition.attribute].flatMap { definition.values.firstIndex(of: $0) } ?? largest
            let base = rows[reference]
            func rate(_ count: Int, _ total: Int) -> Double? { total > 0 ? Double(count) / Double(total) : nil }
            func ratio(_ value: Double?, _ reference: Double?) -> Double? {
                guard let value, let reference, reference > 0 else { return nil }
                return value / reference
            }
            let lines = rows.indices.filter { rows[$0].claimants > 0 }.map { index -> GroupLine in
                let row = rows[index]
                return GroupLine(
                    value: definition.values[index], claimants: row.claimants, flagged: Share(row.flagged, of: row.claimants),
                    ratio: ratio(rate(row.flagged, row.claimants), rate(base.flagged, base.claimants)),
                    alerts: row.alertCounts.map { Share($0, of: row.claimants) },
                    alertRatios: row.alertCounts.indices.map { ratio(rate(row.alertCounts[$0], row.claimants), rate(base.alertCounts[$0], base.claimants)) },
                    activeSearchers: row.activeSearchers,
                    falseAlerts: tally.situationKnown > 0 && row.activeSearchers > 0 ? Share(row.activeFlagged, of: row.activeSearchers) : nil,
                    isReference: index == reference
                )
            }
            return GroupTable(attribute: definition.attribute, reference: definition.values[reference], lines: lines)
        }
    }

    // MARK: Whole population

    public var flagged: Share { Share(tally.flagged, of: tally.claimants) }
    public var alerts: [Share] { tally.alertCounts.map { Share($0, of: tally.claimants) } }
    public var advice: [Share] { tally.adviceCounts.map { Share($0, of: tally.claimants) } }

    /// Each score with levels: its index and each level's share.
    public var levels: [(score: Int, levels: [Share])] {
        rules.scores.indices.filter { !rules.scores[$0].levels.isEmpty }.map { score in
            (score, rules.scores[score].levels.indices.map { Share(tally.levelCount(score: score, level: $0), of: tally.claimants) })
        }
    }

    /// Among active searchers, the share with at least one alert, and per alert (nil when situations are unknown).
    public var falseAlerts: Share? {
        tally.situationKnown > 0 && tally.activeSearchers > 0 ? Share(tally.activeFlagged, of: tally.activeSearchers) : nil
    }

    public var falseAlertsByAlert: [Share]? {
        guard falseAlerts != nil else { return nil }
        return tally.activeAlertCounts.map { Share($0, of: tally.activeSearchers) }
    }

    // MARK: Projections

    /// `share` of the 5.49 million people required to search.
    public static func national(_ share: Share) -> Double? { share.share.map { $0 * Double(nationalClaimants) } }

    /// People flagged on a caseload of each size.
    public var flaggedPerAdvisor: [Double]? {
        flagged.share.map { share in Self.caseloads.map { share * Double($0) } }
    }

    /// Alerts appearing in a week (on today, off seven days before) on a caseload of each size.
    public var newAlertsPerAdvisorWeek: [Double]? {
        guard tally.claimants > 0 else { return nil }
        let perClaimant = Double(tally.alertOnsets.reduce(0, +)) / Double(tally.claimants)
        return Self.caseloads.map { perClaimant * Double($0) }
    }

    /// Whether « new this week » means anything: day 8 or later.
    public var hasWeeklyOnsets: Bool { day > 7 }
}
