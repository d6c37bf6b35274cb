/// The clock days that fall on the 1st of a month: when a `recompute: monthly` score is computed.
///
/// A monthly score's value on day `d` is its value computed on ``start(of:)`` `d` (the 1st of `d`'s
/// month, which may be before day 1: then no event exists yet). Without a calendar (the population
/// path), months are 30 days from day 1.
package struct MonthStarts: Sendable {
    /// Sorted day indexes of the 1st of each month, from the month holding day 1 to the one holding the last day.
    package let days: [Int]

    package init(days: [Int]) { self.days = days }

    /// The 1st of every month from `start`'s month through day `length`.
    package init(start: CivilDate, length: Int) {
        var result: [Int] = []
        var year = start.year, month = start.month
        let first = start.daysSinceEpoch
        while true {
            guard let firstOfMonth = CivilDate(year: year, month: month, day: 1) else { break }
            let day = firstOfMonth.daysSinceEpoch - first + 1
            if day > max(1, length) { break }
            result.append(day)
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        days = result
    }

    /// The day on which a monthly score is computed for clock day `day`.
    @inline(__always)
    package func start(of day: Int) -> Int {
        guard !days.isEmpty else { return day - ((day - 1) % 30 + 30) % 30 }
        var chosen = days[0]
        for candidate in days where candidate <= day { chosen = candidate }
        return chosen
    }
}
