/// Remembers whether events pass each selector's filter, per combination of the cells it reads.
///
/// Filters depend only on an event's attributes, and a population has few distinct values per
/// attribute: the engine's own ``FilterEvaluator`` runs once per combination, then it is a lookup.
/// One memo per worker thread (cells are per worker for CSV files).
final class FilterMemo {
    private let plan: FilterPlan
    private let strings: StringPool
    /// One-attribute filters: the answer by cell + 1 (0 is "absent"); -1 when not yet known.
    private var byCell: [Int8] = []
    private var byCells: [[Int32]: Bool] = [:]
    private var key: [Int32]

    init(plan: FilterPlan, strings: StringPool) {
        self.plan = plan
        self.strings = strings
        key = Array(repeating: -1, count: plan.attributes.count)
    }

    /// Whether the event at `index` of its type passes, reading its cells from `events`.
    @inline(__always)
    func passes(_ index: Int, events: ClaimantEvents, cells: CellTable) -> Bool {
        if plan.columns.count == 1 {
            let cell = plan.columns[0].map { events.cells[$0][index] } ?? -1
            let slot = Int(cell) + 1
            if slot < byCell.count, byCell[slot] >= 0 { return byCell[slot] == 1 }
            let answer = evaluate([cell], cells: cells)
            if slot >= byCell.count { byCell += Array(repeating: -1, count: slot - byCell.count + 1 + 64) }
            byCell[slot] = answer ? 1 : 0
            return answer
        }
        for (position, column) in plan.columns.enumerated() { key[position] = column.map { events.cells[$0][index] } ?? -1 }
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
