/// Where each event type's attributes go in a ``ClaimantEvents``: which of the source's attribute
/// slots the rules need, and the column that keeps them.
struct EventLayout: Sendable {
    /// Per source event type: (the attribute's slot in the source, the column that stores it).
    let columnsOfType: [[(slot: Int, column: Int)]]
    /// The event type each column belongs to.
    let typeOfColumn: [Int]

    var typeCount: Int { columnsOfType.count }
    var columnCount: Int { typeOfColumn.count }

    /// A layout keeping the `(type, slot)` pairs in `needed`, in that order.
    init(typeCount: Int, needed: [(type: Int, slot: Int)]) {
        var columns = [[(slot: Int, column: Int)]](repeating: [], count: typeCount)
        var owners: [Int] = []
        for (type, slot) in needed where !columns[type].contains(where: { $0.slot == slot }) {
            columns[type].append((slot, owners.count))
            owners.append(type)
        }
        columnsOfType = columns
        typeOfColumn = owners
    }

    /// The column of `slot` for `type`, if the layout keeps it.
    func column(type: Int, slot: Int) -> Int? {
        columnsOfType[type].first { $0.slot == slot }?.column
    }
}

/// One claimant's events grouped by type, days ascending, with the attribute cells the rules read.
///
/// A reusable scratch: sources (the generator, the CSV reader) append events in any order, then
/// ``finish()`` sorts each type by day, keeping the order of appending for equal days, as the
/// engine keeps file order.
final class ClaimantEvents {
    let layout: EventLayout
    /// Per type, the events' days.
    let days: [ScratchBuffer<Int32>]
    /// Per column, each event's cell (-1 when the event lacks the attribute), aligned with its type's days.
    let cells: [ScratchBuffer<Int32>]
    private var unsorted: [Bool]

    init(layout: EventLayout) {
        self.layout = layout
        days = (0..<layout.typeCount).map { _ in ScratchBuffer<Int32>(capacity: 64) }
        cells = (0..<layout.columnCount).map { _ in ScratchBuffer<Int32>(capacity: 64) }
        unsorted = Array(repeating: false, count: layout.typeCount)
    }

    /// Forgets the previous claimant.
    @inline(__always)
    func reset() {
        for buffer in days { buffer.removeAll() }
        for buffer in cells { buffer.removeAll() }
        for index in unsorted.indices { unsorted[index] = false }
    }

    /// Adds an event whose attribute cells (by source slot) are read from `slots`.
    @inline(__always)
    func append(type: Int, day: Int32, slots: UnsafePointer<Int32>) {
        let typeDays = days[type]
        if typeDays.count > 0, typeDays[typeDays.count - 1] > day { unsorted[type] = true }
        typeDays.append(day)
        for (slot, column) in layout.columnsOfType[type] { cells[column].append(slots[slot]) }
    }

    /// Adds an event without attributes (or whose attributes are all absent).
    @inline(__always)
    func append(type: Int, day: Int32) {
        let typeDays = days[type]
        if typeDays.count > 0, typeDays[typeDays.count - 1] > day { unsorted[type] = true }
        typeDays.append(day)
        for (_, column) in layout.columnsOfType[type] { cells[column].append(-1) }
    }

    /// Sorts every type appended out of day order (a stable insertion sort: inputs are nearly sorted).
    func finish() {
        for type in unsorted.indices where unsorted[type] {
            let typeDays = days[type].base
            let columns = layout.columnsOfType[type].map { cells[$0.column].base }
            for index in 1..<days[type].count {
                let day = typeDays[index]
                var position = index
                while position > 0, typeDays[position - 1] > day { position -= 1 }
                guard position < index else { continue }
                Self.shift(typeDays, from: position, to: index)
                typeDays[position] = day
                for column in columns {
                    let cell = column[index]
                    Self.shift(column, from: position, to: index)
                    column[position] = cell
                }
            }
            unsorted[type] = false
        }
    }

    /// Moves `[from, to)` one place right (overwriting `to`).
    @inline(__always)
    private static func shift<T>(_ base: UnsafeMutablePointer<T>, from: Int, to: Int) {
        var index = to
        while index > from {
            base[index] = base[index - 1]
            index -= 1
        }
    }

    /// How many events of all types.
    var eventCount: Int { days.reduce(0) { $0 + $1.count } }
}
