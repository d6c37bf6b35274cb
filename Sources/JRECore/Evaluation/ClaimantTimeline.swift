/// One claimant's events, indexed for the ruleset's selectors: what every aggregate reads.
///
/// Built once per claimant when a scenario is bound to a compiled ruleset; filters depend only on
/// each event's attributes, so they are applied here, not on every evaluation.
public final class ClaimantTimeline: Sendable {
    /// For each selector, the days of the matching events, ascending.
    let days: [[Int32]]
    /// For each selector, the matching events' indexes in the claimant's (day-sorted) events.
    let eventIndexes: [[Int]]
    /// For each `selector|attribute` an aggregate reads, the events carrying that attribute.
    let series: [String: AttributeSeries]
    /// Profile values encoded for rules (strings as interned ids, booleans 0/1), by key.
    let profile: [String: Double]

    init(days: [[Int32]], eventIndexes: [[Int]], series: [String: AttributeSeries], profile: [String: Double]) {
        self.days = days
        self.eventIndexes = eventIndexes
        self.series = series
        self.profile = profile
    }

    static func seriesKey(selector: Int, attribute: String) -> String { "\(selector)|\(attribute)" }
}

/// The values of one attribute on the events of one selector, ascending by day.
struct AttributeSeries: Sendable {
    var days: [Int32] = []
    /// The value as a number, or NaN when it is not numeric.
    var numbers: [Double] = []
    /// The value as an interned id (its text), for `distinct`.
    var ids: [Int] = []
    var eventIndexes: [Int] = []
}

/// Index arithmetic on sorted day arrays, shared by the fast evaluator and the explainer.
enum DayWindow {
    /// Number of days in `days` that are `<= limit`.
    @inline(__always)
    static func countAtOrBefore(_ days: [Int32], _ limit: Double) -> Int {
        var low = 0, high = days.count
        while low < high {
            let mid = (low + high) >> 1
            if Double(days[mid]) <= limit { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The index range of the events with `today - window < day <= today` (all up to today without window).
    @inline(__always)
    static func range(_ days: [Int32], today: Double, window: Double?) -> Range<Int> {
        let upper = countAtOrBefore(days, today)
        guard let window else { return 0..<upper }
        if window.isNaN || window <= 0 { return upper..<upper }
        if window.isInfinite { return 0..<upper }
        let lower = countAtOrBefore(days, today - window)
        return min(lower, upper)..<upper
    }
}
