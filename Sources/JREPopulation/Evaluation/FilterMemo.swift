import JRECore

/// Remembers whether events pass each selector's filter, per combination of the cells it reads.
///
/// Filters depend only on an event's attributes, and a population has few distinct values per
/// attribute: the engine's own ``FilterEvaluator`` runs once per combination, then it is a lookup.
/// One memo per worker thread (cells are per worker for CSV files).
final class FilterMemo {
    private let plan: FilterPlan
    private let strings: StringPool
    /// For a filter reading one attribute: its column (-1 when the source never has it); -2 otherwise.
    private let single: Int
    /// One-attribute filters: the answer by cell + 1 (slot 0 is "absent"), -1 when not yet known.
    private let answers = ScratchBuffer<Int8>(capacity: 256)
    private var byCells: [[Int32]: Bool] = [:]

    init(plan: FilterPlan, strings: StringPool) {
        self.plan = plan
        self.strings = strings
        single = plan.columns.count == 1 ? (plan.columns[0] ?? -1) : -2
    }

    /// The one column a one-attribute filter reads (nil: it reads several, or an attribute the source never has).
    var column: Int? { single >= 0 ? single : nil }

    /// Whether the event at `index` of its type passes, reading its cells from `events`.
    @inline(__always)
    func passes(_ index: Int, events: ClaimantEvents, cells: CellTable) -> Bool {
        guard single != -2 else { return passesSeveral(index, events: events, cells: cells) }
        return passes(cell: single >= 0 ? events.cells(single)[index] : -1, cells: cells)
    }

    /// Whether an event whose one read attribute is `cell` passes (a one-attribute filter; -1: absent).
    @inline(__always)
    func passes(cell: Int32, cells: CellTable) -> Bool {
        let slot = Int(cell) + 1
        if slot < answers.count {
            let known = answers[slot]
            if known >= 0 { return known == 1 }
        }
        let answer = evaluate([cell], cells: cells)
        while answers.count <= slot { answers.append(-1) }
        answers[slot] = answer ? 1 : 0
        return answer
    }

    private func passesSeveral(_ index: Int, events: ClaimantEvents, cells: CellTable) -> Bool {
        let key = plan.columns.map { column in column.map { events.cells($0)[index] } ?? -1 }
        if let known = byCells[key] { return known }
        let answer = evaluate(key, cells: cells)
        byCells[key] = answer
        return answer
    }

    private func evaluate(_ cellIds: [Int32], cells: CellTable) -> Bool {
        var attributes: [String: ScalarValue] = [:]
        for (name, cell) in zip(plan.attributes, cellIds) where cell >= 0 { attributes[name] = cells.scalars[Int(cell)] }
        let event = Event(day: 0, type: plan.typeName, note: nil, attributes: attributes, attributeOrder: plan.attributes, position: .unknown)
        return FilterEvaluator.matches(plan.node, event: event, strings: strings)
    }
}
