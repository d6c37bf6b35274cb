/// One claimant's events and profile as the rule machine reads them: raw pointers only.
///
/// Both data layouts hand the one machine (``BytecodeMachine``) this same concrete struct, so the
/// instruction loop has no generic parameter and no protocol call:
///
/// - the per-claimant engine's ``ClaimantTimeline`` (every day of a scenario) sets `cumulative` and
///   `latest`, counts per selector and day computed once, and `count`/`days_since` read them;
/// - the population's assembled timeline (one or two days per claimant) leaves them nil, and the
///   machine searches the selector's sorted days instead.
///
/// A view points into memory its owner keeps alive and unchanged while the view is in use.
package struct EventView {
    /// Per selector: its matching events' days, ascending, and how many.
    package var selectorDays: UnsafeMutablePointer<UnsafeMutablePointer<Int32>>
    package var selectorCounts: UnsafeMutablePointer<Int>
    /// Per selector, `dayStride` entries: the events with `day <= d`, and the latest such day (-1: none).
    /// Both nil when the owner does not precompute them.
    package var cumulative: UnsafeMutablePointer<Int32>?
    package var latest: UnsafeMutablePointer<Int32>?
    package var dayStride: Int
    /// Every attribute series end to end; series `s` is `seriesBounds[2s]..<seriesBounds[2s + 1]`.
    package var seriesDays: UnsafeMutablePointer<Int32>
    package var seriesNumbers: UnsafeMutablePointer<Double>
    package var seriesIds: UnsafeMutablePointer<Int>
    package var seriesBounds: UnsafeMutablePointer<Int>
    /// Profile values in the program's slots (NaN when missing).
    package var profile: UnsafeMutablePointer<Double>

    package init(selectorDays: UnsafeMutablePointer<UnsafeMutablePointer<Int32>>, selectorCounts: UnsafeMutablePointer<Int>,
                 cumulative: UnsafeMutablePointer<Int32>?, latest: UnsafeMutablePointer<Int32>?, dayStride: Int,
                 seriesDays: UnsafeMutablePointer<Int32>, seriesNumbers: UnsafeMutablePointer<Double>,
                 seriesIds: UnsafeMutablePointer<Int>, seriesBounds: UnsafeMutablePointer<Int>, profile: UnsafeMutablePointer<Double>) {
        self.selectorDays = selectorDays
        self.selectorCounts = selectorCounts
        self.cumulative = cumulative
        self.latest = latest
        self.dayStride = dayStride
        self.seriesDays = seriesDays
        self.seriesNumbers = seriesNumbers
        self.seriesIds = seriesIds
        self.seriesBounds = seriesBounds
        self.profile = profile
    }

    /// `count(selector, window)` on `today`: a table lookup when the owner precomputed one, else binary searches.
    @inline(__always)
    func count(_ selector: Int, today day: Int, window: Double?) -> Double {
        if let cumulative {
            let today = min(max(day, 0), dayStride - 1)
            let base = selector * dayStride
            let upTo = Double(cumulative[base + today])
            guard let window else { return upTo }
            if !(window > 0) { return 0 }
            let edge = Double(today) - window
            if edge < 0 { return upTo }
            return upTo - Double(cumulative[base + Int(edge.rounded(.down))])
        }
        let days = selectorDays[selector]
        let upper = Self.upTo(days, selectorCounts[selector], day)
        guard let window else { return Double(upper) }
        if !(window > 0) { return 0 }
        let edge = Double(day) - window
        if edge < 0 { return Double(upper) }
        // `edge` is finite and not negative here, so truncation is `rounded(.down)` (without a call to floor).
        return Double(upper - DayWindow.firstAfter(days, 0, upper, Double(Int(edge))))
    }

    /// `days_since(selector)` on `today`; an event before day 0 counts as none.
    @inline(__always)
    func daysSince(_ selector: Int, today day: Int) -> Double {
        if let latest {
            let today = min(max(day, 0), dayStride - 1)
            let last = latest[selector * dayStride + today]
            return last < 0 ? .infinity : Double(today - Int(last))
        }
        let days = selectorDays[selector]
        let upper = Self.upTo(days, selectorCounts[selector], day)
        guard upper > 0 else { return .infinity }
        let last = days[upper - 1]
        return last < 0 ? .infinity : Double(day - Int(last))
    }

    /// How many of the `total` sorted days are `<= today` (all of them, usually, on the run's last day).
    @inline(__always)
    private static func upTo(_ days: UnsafeMutablePointer<Int32>, _ total: Int, _ today: Int) -> Int {
        if total == 0 || Int(days[total - 1]) <= today { return total }
        return DayWindow.firstAfter(days, 0, total, Double(today))
    }
}
