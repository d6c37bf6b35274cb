import JRECore

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

    /// Every `(type, slot)` pair of a vocabulary, for keeping all attributes.
    static func all(_ types: [(name: String, attributes: [String])]) -> EventLayout {
        var pairs: [(type: Int, slot: Int)] = []
        for (type, entry) in types.enumerated() { for slot in entry.attributes.indices { pairs.append((type, slot)) } }
        return EventLayout(typeCount: types.count, needed: pairs)
    }
}

/// One claimant's events grouped by type, days ascending, with the attribute cells the rules read.
///
/// A reusable scratch in manually managed memory (the hot loop appends about a hundred events per
/// claimant, millions of times): sources append events in any order, then ``finish()`` sorts each
/// type by day, keeping the order of appending for equal days, as the engine keeps file order.
final class ClaimantEvents {
    let layout: EventLayout
    let typeCount: Int
    /// Per type: its days, how many, and the room allocated (shared by the type's columns).
    private let dayStorage: UnsafeMutablePointer<UnsafeMutablePointer<Int32>>
    private let counts: UnsafeMutablePointer<Int>
    private let capacities: UnsafeMutablePointer<Int>
    private let unsorted: UnsafeMutablePointer<Bool>
    /// Per column: each event's cell (-1 when the event lacks the attribute), aligned with its type's days.
    private let cellStorage: UnsafeMutablePointer<UnsafeMutablePointer<Int32>>
    /// Type `t`'s columns are entries `columnStart[t]..<columnStart[t + 1]` of `columnSlot` / `columnIndex`.
    private let columnStart: UnsafeMutablePointer<Int>
    private let columnSlot: UnsafeMutablePointer<Int>
    private let columnIndex: UnsafeMutablePointer<Int>
    /// Per column: the one cell every event of its type has, when a source said so (-2: not known).
    private let uniformCells: UnsafeMutablePointer<Int32>

    init(layout: EventLayout) {
        self.layout = layout
        typeCount = layout.typeCount
        let types = max(1, layout.typeCount), columns = max(1, layout.columnCount)
        dayStorage = .allocate(capacity: types)
        counts = .allocate(capacity: types)
        counts.initialize(repeating: 0, count: types)
        capacities = .allocate(capacity: types)
        capacities.initialize(repeating: 32, count: types)
        unsorted = .allocate(capacity: types)
        unsorted.initialize(repeating: false, count: types)
        for type in 0..<types { (dayStorage + type).initialize(to: .allocate(capacity: 32)) }
        cellStorage = .allocate(capacity: columns)
        for column in 0..<columns { (cellStorage + column).initialize(to: .allocate(capacity: 32)) }
        columnStart = .allocate(capacity: types + 1)
        columnSlot = .allocate(capacity: columns)
        columnIndex = .allocate(capacity: columns)
        uniformCells = .allocate(capacity: columns)
        uniformCells.initialize(repeating: -2, count: columns)
        var next = 0
        for type in 0..<layout.typeCount {
            columnStart[type] = next
            for (slot, column) in layout.columnsOfType[type] {
                columnSlot[next] = slot
                columnIndex[next] = column
                next += 1
            }
        }
        columnStart[layout.typeCount] = next
    }

    deinit {
        for type in 0..<max(1, typeCount) { dayStorage[type].deallocate() }
        for column in 0..<max(1, layout.columnCount) { cellStorage[column].deallocate() }
        dayStorage.deallocate()
        counts.deallocate()
        capacities.deallocate()
        unsorted.deallocate()
        cellStorage.deallocate()
        columnStart.deallocate()
        columnSlot.deallocate()
        columnIndex.deallocate()
        uniformCells.deallocate()
    }

    /// Type `type`'s days (valid until the next append).
    @inline(__always) func days(_ type: Int) -> UnsafeMutablePointer<Int32> { dayStorage[type] }
    /// How many events of type `type`.
    @inline(__always) func count(_ type: Int) -> Int { counts[type] }
    /// Column `column`'s cells, aligned with its type's days.
    @inline(__always) func cells(_ column: Int) -> UnsafeMutablePointer<Int32> { cellStorage[column] }

    /// The one cell every event of column `column`'s type has, if the source said so with
    /// ``markUniform(_:cell:)`` since the type's last append (nil: not known, read the cells).
    @inline(__always) func uniformCell(_ column: Int) -> Int32? {
        let cell = uniformCells[column]
        return cell == -2 ? nil : cell
    }

    /// Says that every event of column `column`'s type, as appended so far, has `cell` there (the
    /// cells hold it too): a filter on that attribute is then answered once for all of them.
    /// Forgotten at the next append of the type or ``reset()``.
    @inline(__always) func markUniform(_ column: Int, cell: Int32) { uniformCells[column] = cell }

    /// Forgets the previous claimant.
    @inline(__always)
    func reset() {
        counts.update(repeating: 0, count: typeCount)
        unsorted.update(repeating: false, count: typeCount)
        uniformCells.update(repeating: -2, count: layout.columnCount)
    }

    /// Adds an event whose attribute cells (by source slot) are read from `slots`.
    @inline(__always)
    func append(type: Int, day: Int32, slots: UnsafePointer<Int32>) {
        let count = counts[type]
        if count == capacities[type] { grow(type) }
        let days = dayStorage[type]
        if count > 0, days[count - 1] > day { unsorted[type] = true }
        days[count] = day
        for entry in columnStart[type]..<columnStart[type + 1] {
            cellStorage[columnIndex[entry]][count] = slots[columnSlot[entry]]
            uniformCells[columnIndex[entry]] = -2
        }
        counts[type] = count + 1
    }

    /// Adds an event without attributes (or whose attributes are all absent).
    @inline(__always)
    func append(type: Int, day: Int32) {
        let count = counts[type]
        if count == capacities[type] { grow(type) }
        let days = dayStorage[type]
        if count > 0, days[count - 1] > day { unsorted[type] = true }
        days[count] = day
        for entry in columnStart[type]..<columnStart[type + 1] {
            cellStorage[columnIndex[entry]][count] = -1
            uniformCells[columnIndex[entry]] = -2
        }
        counts[type] = count + 1
    }

    private func grow(_ type: Int) {
        let old = capacities[type], new = old * 2
        func moved(_ pointer: UnsafeMutablePointer<Int32>) -> UnsafeMutablePointer<Int32> {
            let bigger = UnsafeMutablePointer<Int32>.allocate(capacity: new)
            bigger.update(from: pointer, count: old)
            pointer.deallocate()
            return bigger
        }
        dayStorage[type] = moved(dayStorage[type])
        for entry in columnStart[type]..<columnStart[type + 1] { cellStorage[columnIndex[entry]] = moved(cellStorage[columnIndex[entry]]) }
        capacities[type] = new
    }

    /// Sorts every type appended out of day order (a stable insertion sort: inputs are nearly sorted).
    func finish() {
        for type in 0..<typeCount where unsorted[type] {
            let days = dayStorage[type]
            for index in 1..<counts[type] {
                let day = days[index]
                var position = index
                while position > 0, days[position - 1] > day { position -= 1 }
                guard position < index else { continue }
                Self.shift(days, from: position, to: index)
                days[position] = day
                for entry in columnStart[type]..<columnStart[type + 1] {
                    let column = cellStorage[columnIndex[entry]]
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
    private static func shift(_ base: UnsafeMutablePointer<Int32>, from: Int, to: Int) {
        var index = to
        while index > from {
            base[index] = base[index - 1]
            index -= 1
        }
    }

    /// How many events of all types.
    var eventCount: Int { (0..<typeCount).reduce(0) { $0 + counts[$1] } }
}
