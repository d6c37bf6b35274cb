/// One claimant's events, indexed for the ruleset's selectors: what every aggregate reads.
///
/// Built once per claimant when a scenario is bound to a compiled ruleset; filters depend only on
/// each event's attributes, so they are applied here, not on every evaluation.
public final class ClaimantTimeline: @unchecked Sendable {
    /// For each selector, the days of the matching events, ascending.
    let days: [[Int32]]
    /// For each selector, the matching events' indexes in the claimant's (day-sorted) events.
    let eventIndexes: [[Int]]
    /// For each `selector|attribute` an aggregate reads, the events carrying that attribute.
    let series: [String: AttributeSeries]
    /// The same series in the fast path's slots (see ``TimelineBuilder/seriesNeeded``).
    let seriesList: [AttributeSeries]
    /// Profile values encoded for rules (strings as interned ids, booleans 0/1), by key.
    let profile: [String: Double]
    /// The same values in the fast path's slots (see ``TimelineBuilder/profileKeys``); NaN when missing.
    let profileSlots: [Double]

    /// The fast path's copy of `seriesList`: flat, manually managed memory, so reading it
    /// costs no reference counting. Immutable after `init`, freed in `deinit`.
    private let flatSeriesDays: FlatColumns<Int32>
    private let flatSeriesNumbers: FlatColumns<Double>
    private let flatSeriesIds: FlatColumns<Int>
    /// The fast path's copy of `days` and `profileSlots`, and each selector's days pointer and count.
    private let flatDays: FlatColumns<Int32>
    private let flatProfile: UnsafeMutablePointer<Double>
    private let selectorDays: UnsafeMutablePointer<UnsafeMutablePointer<Int32>>
    private let selectorCounts: UnsafeMutablePointer<Int>
    /// Per selector, `runDays + 1` entries: events with `day <= d`, and the latest such day (-1 if none).
    private let cumulative: UnsafeMutablePointer<Int32>
    private let latest: UnsafeMutablePointer<Int32>
    /// What the rule machine reads: every pointer above, with the per-day tables.
    let view: EventView

    init(days: [[Int32]], eventIndexes: [[Int]], series: [String: AttributeSeries], seriesList: [AttributeSeries],
         profile: [String: Double], profileSlots: [Double], runDays: Int) {
        self.days = days
        self.eventIndexes = eventIndexes
        self.series = series
        self.seriesList = seriesList
        self.profile = profile
        self.profileSlots = profileSlots
        flatSeriesDays = FlatColumns(seriesList.map(\.days))
        flatSeriesNumbers = FlatColumns(seriesList.map(\.numbers))
        flatSeriesIds = FlatColumns(seriesList.map(\.ids))
        flatDays = FlatColumns(days)
        flatProfile = .allocate(capacity: max(1, profileSlots.count))
        flatProfile.initialize(repeating: .nan, count: max(1, profileSlots.count))
        for (slot, value) in profileSlots.enumerated() { flatProfile[slot] = value }
        selectorDays = .allocate(capacity: max(1, days.count))
        selectorCounts = .allocate(capacity: max(1, days.count))
        for selector in days.indices {
            (selectorDays + selector).initialize(to: flatDays.storage + flatDays.start(selector))
            (selectorCounts + selector).initialize(to: days[selector].count)
        }
        // Per selector and day d in 0...runDays: how many events up to d, and the latest day up to d.
        let dayStride = runDays + 1
        cumulative = .allocate(capacity: max(1, days.count * dayStride))
        latest = .allocate(capacity: max(1, days.count * dayStride))
        for (selector, selectorDays) in days.enumerated() {
            var count: Int32 = 0, last: Int32 = -1, next = 0
            for day in 0...runDays {
                while next < selectorDays.count, Int(selectorDays[next]) <= day {
                    count += 1
                    last = selectorDays[next]
                    next += 1
                }
                cumulative[selector * dayStride + day] = count
                latest[selector * dayStride + day] = last
            }
        }
        view = EventView(selectorDays: selectorDays, selectorCounts: selectorCounts, cumulative: cumulative, latest: latest,
                         dayStride: dayStride, seriesDays: flatSeriesDays.storage, seriesNumbers: flatSeriesNumbers.storage,
                         seriesIds: flatSeriesIds.storage, seriesBounds: flatSeriesDays.bounds, profile: flatProfile)
    }

    deinit {
        cumulative.deallocate()
        latest.deallocate()
        flatProfile.deallocate()
        selectorDays.deallocate()
        selectorCounts.deallocate()
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

/// Several arrays stored end to end in one allocation, read through raw pointers.
final class FlatColumns<Element>: @unchecked Sendable {
    let storage: UnsafeMutablePointer<Element>
    /// Start and end offset of each column.
    let bounds: UnsafeMutablePointer<Int>
    let columnCount: Int

    init(_ columns: [[Element]]) {
        let total = columns.reduce(0) { $0 + $1.count }
        storage = .allocate(capacity: max(1, total))
        bounds = .allocate(capacity: max(2, columns.count * 2))
        columnCount = columns.count
        var offset = 0
        for (index, column) in columns.enumerated() {
            bounds[index * 2] = offset
            for element in column {
                (storage + offset).initialize(to: element)
                offset += 1
            }
            bounds[index * 2 + 1] = offset
        }
    }

    deinit {
        storage.deinitialize(count: bounds[max(0, columnCount * 2 - 1)] * (columnCount > 0 ? 1 : 0))
        storage.deallocate()
        bounds.deallocate()
    }

    @inline(__always) func start(_ column: Int) -> Int { bounds[column * 2] }
    @inline(__always) func end(_ column: Int) -> Int { bounds[column * 2 + 1] }
}

extension DayWindow {
    /// Index of the first day `> limit` within `[start, end)` of flat storage.
    @inline(__always)
    static func firstAfter(_ days: UnsafeMutablePointer<Int32>, _ start: Int, _ end: Int, _ limit: Double) -> Int {
        var low = start, high = end
        while low < high {
            let mid = (low + high) >> 1
            if Double(days[mid]) <= limit { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The flat index range of the events with `today - window < day <= today`.
    @inline(__always)
    static func flatRange(_ days: UnsafeMutablePointer<Int32>, _ start: Int, _ end: Int, today: Double, window: Double?) -> Range<Int> {
        let upper = firstAfter(days, start, end, today)
        guard let window else { return start..<upper }
        if window.isNaN || window <= 0 { return upper..<upper }
        if window.isInfinite { return start..<upper }
        let lower = firstAfter(days, start, upper, today - window)
        return lower..<upper
    }
}
