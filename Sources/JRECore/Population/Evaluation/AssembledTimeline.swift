/// One claimant's events as the rules read them: per selector the matching days, per series the
/// attribute values, in flat memory reused from claimant to claimant (one per worker thread).
///
/// The per-claimant engine's ``ClaimantTimeline`` also precomputes counts for every day of the run;
/// the population is evaluated on one or two days only, so windows here are binary searches.
final class AssembledTimeline {
    let program: PopulationProgram
    /// Per selector: where its days start and how many there are.
    let selectorDays: UnsafeMutablePointer<UnsafeMutablePointer<Int32>>
    let selectorCounts: UnsafeMutablePointer<Int>
    /// Filtered selectors keep their own days and the matching events' indexes within their type.
    private let filteredDays: [ScratchBuffer<Int32>?]
    private let filteredIndexes: [ScratchBuffer<Int32>?]
    private let memos: [FilterMemo?]
    /// Every series end to end, with each one's bounds.
    let seriesDays = ScratchBuffer<Int32>(capacity: 256)
    let seriesNumbers = ScratchBuffer<Double>(capacity: 256)
    let seriesIds = ScratchBuffer<Int>(capacity: 256)
    let seriesStarts: UnsafeMutablePointer<Int>
    let seriesEnds: UnsafeMutablePointer<Int>
    private let empty = UnsafeMutablePointer<Int32>.allocate(capacity: 1)

    init(program: PopulationProgram) {
        self.program = program
        let selectorCount = max(1, program.selectors.count), seriesCount = max(1, program.series.count)
        selectorDays = .allocate(capacity: selectorCount)
        selectorDays.initialize(repeating: empty, count: selectorCount)
        selectorCounts = .allocate(capacity: selectorCount)
        selectorCounts.initialize(repeating: 0, count: selectorCount)
        filteredDays = program.selectors.map { $0.filter == nil ? nil : ScratchBuffer<Int32>(capacity: 64) }
        filteredIndexes = program.selectors.map { $0.filter == nil ? nil : ScratchBuffer<Int32>(capacity: 64) }
        memos = program.selectors.map { plan in plan.filter.map { FilterMemo(plan: $0, strings: program.compiled.strings) } }
        seriesStarts = .allocate(capacity: seriesCount)
        seriesStarts.initialize(repeating: 0, count: seriesCount)
        seriesEnds = .allocate(capacity: seriesCount)
        seriesEnds.initialize(repeating: 0, count: seriesCount)
    }

    deinit {
        selectorDays.deallocate()
        selectorCounts.deallocate()
        seriesStarts.deallocate()
        seriesEnds.deallocate()
        empty.deallocate()
    }

    /// Indexes `events` (already sorted by ``ClaimantEvents/finish()``) for the program's selectors and series.
    func assemble(_ events: ClaimantEvents, cells: CellTable) {
        for (index, selector) in program.selectors.enumerated() {
            guard let type = selector.type else {
                selectorDays[index] = empty
                selectorCounts[index] = 0
                continue
            }
            let typeDays = events.days[type]
            guard let memo = memos[index], let days = filteredDays[index], let indexes = filteredIndexes[index] else {
                selectorDays[index] = typeDays.base
                selectorCounts[index] = typeDays.count
                continue
            }
            days.removeAll()
            indexes.removeAll()
            for event in 0..<typeDays.count where memo.passes(event, events: events, cells: cells) {
                days.append(typeDays[event])
                indexes.append(Int32(event))
            }
            selectorDays[index] = days.base
            selectorCounts[index] = days.count
        }
        seriesDays.removeAll()
        seriesNumbers.removeAll()
        seriesIds.removeAll()
        let numbers = cells.numbers, textIds = cells.textIds
        for (index, plan) in program.series.enumerated() {
            seriesStarts[index] = seriesDays.count
            defer { seriesEnds[index] = seriesDays.count }
            guard let column = plan.column, let type = program.selectors[plan.selector].type else { continue }
            let typeDays = events.days[type], columnCells = events.cells[column]
            if let indexes = filteredIndexes[plan.selector] {
                for position in 0..<indexes.count {
                    let event = Int(indexes[position])
                    let cell = Int(columnCells[event])
                    guard cell >= 0 else { continue }
                    seriesDays.append(typeDays[event])
                    seriesNumbers.append(numbers[cell])
                    seriesIds.append(textIds[cell])
                }
            } else {
                for event in 0..<typeDays.count {
                    let cell = Int(columnCells[event])
                    guard cell >= 0 else { continue }
                    seriesDays.append(typeDays[event])
                    seriesNumbers.append(numbers[cell])
                    seriesIds.append(textIds[cell])
                }
            }
        }
    }

    /// `count(selector, window)` on `today`, with the engine's rules (see ``ClaimantTimeline/count(_:today:window:)``).
    @inline(__always)
    func count(_ selector: Int, today: Int, window: Double?) -> Double {
        let days = selectorDays[selector], total = selectorCounts[selector]
        let upper = DayWindow.firstAfter(days, 0, total, Double(today))
        guard let window else { return Double(upper) }
        if !(window > 0) { return 0 }
        let edge = Double(today) - window
        if edge < 0 { return Double(upper) }
        return Double(upper - DayWindow.firstAfter(days, 0, upper, edge.rounded(.down)))
    }

    /// `days_since(selector)` on `today`. As the engine, an event before day 0 counts as none.
    @inline(__always)
    func daysSince(_ selector: Int, today: Int) -> Double {
        let upper = DayWindow.firstAfter(selectorDays[selector], 0, selectorCounts[selector], Double(today))
        guard upper > 0 else { return .infinity }
        let last = selectorDays[selector][upper - 1]
        return last < 0 ? .infinity : Double(today - Int(last))
    }
}
