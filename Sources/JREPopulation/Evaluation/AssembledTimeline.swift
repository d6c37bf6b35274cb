import JRECore

/// One claimant's events as the rules read them: per selector the matching days, per series the
/// attribute values, in flat memory reused from claimant to claimant (one per worker thread).
///
/// The per-claimant engine's ``ClaimantTimeline`` also precomputes counts for every day of the run;
/// the population is evaluated on one or two days only, so its ``EventView`` has no such tables
/// and the machine's windows are binary searches.
final class AssembledTimeline {
    /// A selector with a filter: its memo, and the matching events' days and indexes within their type.
    private struct Filtered {
        let selector: Int
        let type: Int
        let memo: FilterMemo
        let days: ScratchBuffer<Int32>
        let indexes: ScratchBuffer<Int32>
    }

    let selectorCount: Int
    let seriesCount: Int
    /// Per selector: where its days start and how many there are.
    let selectorDays: UnsafeMutablePointer<UnsafeMutablePointer<Int32>>
    let selectorCounts: UnsafeMutablePointer<Int>
    /// Per selector: the source type (-1: none) and its entry in `filtered` (-1: no filter).
    private let selectorTypes: UnsafeMutablePointer<Int>
    private let selectorFilters: UnsafeMutablePointer<Int>
    private let filtered: [Filtered]
    /// Per series: its selector and column (-1: the source never has the attribute).
    private let seriesSelectors: UnsafeMutablePointer<Int>
    private let seriesColumns: UnsafeMutablePointer<Int>
    /// Every series end to end, with each one's bounds.
    let seriesDays = ScratchBuffer<Int32>(capacity: 256)
    let seriesNumbers = ScratchBuffer<Double>(capacity: 256)
    let seriesIds = ScratchBuffer<Int>(capacity: 256)
    /// Series `s` is `seriesBounds[2s]..<seriesBounds[2s + 1]` of the three buffers above.
    let seriesBounds: UnsafeMutablePointer<Int>
    private let empty = UnsafeMutablePointer<Int32>.allocate(capacity: 1)

    init(program: PopulationProgram) {
        selectorCount = program.selectors.count
        seriesCount = program.series.count
        let selectors = max(1, selectorCount), series = max(1, seriesCount)
        selectorDays = .allocate(capacity: selectors)
        selectorDays.initialize(repeating: empty, count: selectors)
        selectorCounts = .allocate(capacity: selectors)
        selectorCounts.initialize(repeating: 0, count: selectors)
        selectorTypes = .allocate(capacity: selectors)
        selectorTypes.initialize(repeating: -1, count: selectors)
        selectorFilters = .allocate(capacity: selectors)
        selectorFilters.initialize(repeating: -1, count: selectors)
        var filtered: [Filtered] = []
        for (index, plan) in program.selectors.enumerated() {
            selectorTypes[index] = plan.type ?? -1
            if let filter = plan.filter, let type = plan.type {
                selectorFilters[index] = filtered.count
                filtered.append(Filtered(selector: index, type: type, memo: FilterMemo(plan: filter, strings: program.compiled.strings),
                                         days: ScratchBuffer(capacity: 64), indexes: ScratchBuffer(capacity: 64)))
            }
        }
        self.filtered = filtered
        seriesSelectors = .allocate(capacity: series)
        seriesColumns = .allocate(capacity: series)
        for (index, plan) in program.series.enumerated() {
            seriesSelectors[index] = plan.selector
            seriesColumns[index] = plan.column ?? -1
        }
        seriesBounds = .allocate(capacity: series * 2)
        seriesBounds.initialize(repeating: 0, count: series * 2)
    }

    deinit {
        selectorDays.deallocate()
        selectorCounts.deallocate()
        selectorTypes.deallocate()
        selectorFilters.deallocate()
        seriesSelectors.deallocate()
        seriesColumns.deallocate()
        seriesBounds.deallocate()
        empty.deallocate()
    }

    /// Indexes `events` (already sorted by ``ClaimantEvents/finish()``) for the program's selectors and series.
    func assemble(_ events: ClaimantEvents, cells: CellTable) {
        for selector in 0..<selectorCount {
            let type = selectorTypes[selector]
            if type < 0 {
                selectorDays[selector] = empty
                selectorCounts[selector] = 0
            } else if selectorFilters[selector] < 0 {
                selectorDays[selector] = events.days(type)
                selectorCounts[selector] = events.count(type)
            }
        }
        for entry in filtered {
            let days = events.days(entry.type), count = events.count(entry.type)
            entry.days.removeAll()
            entry.indexes.removeAll()
            if let column = entry.memo.column {
                if let cell = events.uniformCell(column) {
                    // One answer for every event (most people never log in from abroad).
                    if entry.memo.passes(cell: cell, cells: cells) {
                        for event in 0..<count {
                            entry.days.append(days[event])
                            entry.indexes.append(Int32(event))
                        }
                    }
                } else {
                    let columnCells = events.cells(column)
                    for event in 0..<count where entry.memo.passes(cell: columnCells[event], cells: cells) {
                        entry.days.append(days[event])
                        entry.indexes.append(Int32(event))
                    }
                }
            } else {
                for event in 0..<count where entry.memo.passes(event, events: events, cells: cells) {
                    entry.days.append(days[event])
                    entry.indexes.append(Int32(event))
                }
            }
            selectorDays[entry.selector] = entry.days.base
            selectorCounts[entry.selector] = entry.days.count
        }
        seriesDays.removeAll()
        seriesNumbers.removeAll()
        seriesIds.removeAll()
        guard seriesCount > 0 else { return }
        let numbers = cells.numbers, textIds = cells.textIds
        numbers.withUnsafeBufferPointer { numbers in
            textIds.withUnsafeBufferPointer { textIds in
                for series in 0..<seriesCount {
                    seriesBounds[series * 2] = seriesDays.count
                    let selector = seriesSelectors[series], column = seriesColumns[series], type = selectorTypes[selector]
                    if column >= 0, type >= 0 {
                        let days = events.days(type), columnCells = events.cells(column)
                        func add(_ event: Int) {
                            let cell = Int(columnCells[event])
                            guard cell >= 0 else { return }
                            seriesDays.append(days[event])
                            seriesNumbers.append(numbers[cell])
                            seriesIds.append(textIds[cell])
                        }
                        let filter = selectorFilters[selector]
                        if filter >= 0 {
                            let indexes = filtered[filter].indexes
                            for position in 0..<indexes.count { add(Int(indexes[position])) }
                        } else {
                            for event in 0..<events.count(type) { add(event) }
                        }
                    }
                    seriesBounds[series * 2 + 1] = seriesDays.count
                }
            }
        }
    }

    /// What the rule machine reads after ``assemble(_:cells:)``, with `profile` as the claimant's
    /// profile slots (valid until the next `assemble`: the series buffers may grow).
    @inline(__always)
    func view(profile: UnsafeMutablePointer<Double>) -> EventView {
        EventView(selectorDays: selectorDays, selectorCounts: selectorCounts, cumulative: nil, latest: nil, dayStride: 0,
                  seriesDays: seriesDays.base, seriesNumbers: seriesNumbers.base, seriesIds: seriesIds.base,
                  seriesBounds: seriesBounds, profile: profile)
    }
}
