import JRECore
import JREText

/// Reads rows of `events.csv` for one worker: the claimant's id bytes, the day, the event type,
/// and, for that type, only the attribute cells the program reads (the rest of the row is skipped).
final class EventRowParser {
    /// One parsed row; `type` is -1 for a type the ruleset does not declare (the row is ignored).
    struct Row {
        var claimant: UnsafePointer<UInt8>
        var claimantLength: Int
        var claimantOffset: Int
        var day: Int32
        var type: Int
    }

    let file: EventsFile
    /// Per source type: the (field index, attribute slot) pairs to read, by field.
    private let neededFields: [[(field: Int, slot: Int)]]
    /// Per source type: the last field to look at.
    private let lastField: [Int]
    /// `neededFields` flattened: type `t`'s pairs are entries `neededStart[t]..<neededStart[t + 1]`.
    private let neededStart: UnsafeMutablePointer<Int>
    private let neededField: UnsafeMutablePointer<Int>
    private let neededSlot: UnsafeMutablePointer<Int>
    private let lastFieldOfType: UnsafeMutablePointer<Int>
    private let typeNames: ByteInterner
    private let declaredTypes: Int
    private let standardLayout: Bool
    /// Attribute values met so far, as cells of ``cells``.
    let cells = CellTable()
    private let plainValues = ByteInterner(expected: 4_096)
    private let quotedValues = ByteInterner(expected: 64)
    private var plainCells: [Int32] = []
    private var quotedCells: [Int32] = []
    /// The cells of the last row, by attribute slot (only the needed slots are written).
    let slots: UnsafeMutablePointer<Int32>
    /// Undeclared types met: how many rows, and the first row's offset.
    private var unknownById: [Int32: (count: Int, firstOffset: Int)] = [:]
    private let separatorName: String
    private let typeList: String

    init(file: EventsFile, program: PopulationProgram) {
        self.file = file
        let layout = program.layout
        neededFields = (0..<layout.typeCount).map { type in
            layout.columnsOfType[type].map { (file.attributeFields[$0.slot], $0.slot) }.sorted { $0.field < $1.field }
        }
        let base = max(file.claimantField, file.dayField, file.typeField)
        lastField = neededFields.map { max(base, $0.last?.field ?? 0) }
        let pairs = neededFields.joined().count
        neededStart = .allocate(capacity: neededFields.count + 1)
        neededField = .allocate(capacity: max(1, pairs))
        neededSlot = .allocate(capacity: max(1, pairs))
        lastFieldOfType = .allocate(capacity: max(1, neededFields.count))
        var next = 0
        for (type, list) in neededFields.enumerated() {
            neededStart[type] = next
            lastFieldOfType[type] = lastField[type]
            for (field, slot) in list {
                neededField[next] = field
                neededSlot[next] = slot
                next += 1
            }
        }
        neededStart[neededFields.count] = next
        typeNames = ByteInterner(expected: 64)
        for (name, _) in program.vocabulary.types { _ = typeNames.intern(name) }
        declaredTypes = program.vocabulary.types.count
        standardLayout = file.attributeFields.allSatisfy { $0 > base }
        slots = .allocate(capacity: max(1, file.attributeNames.count))
        slots.initialize(repeating: -1, count: max(1, file.attributeNames.count))
        separatorName = file.separator == CSVSyntax.comma ? "," : ";"
        typeList = program.vocabulary.types.map(\.name).joined(separator: ", ")
    }

    deinit {
        slots.deallocate()
        neededStart.deallocate()
        neededField.deallocate()
        neededSlot.deallocate()
        lastFieldOfType.deallocate()
    }

    /// The claimant id field of a line (for finding where claimants change), or nil for a blank line.
    func claimant(_ line: UnsafePointer<UInt8>, _ length: Int) -> CSVSyntax.Field? {
        var cursor = CSVSyntax.LineCursor(line: line, length: length, separator: file.separator)
        guard cursor.length > 0 else { return nil }
        for _ in 0..<file.claimantField { try? cursor.skip() }
        guard let field = try? cursor.next(), field.length > 0 else { return nil }
        return field
    }

    /// The line being parsed, to build a located problem (a value: no closure in the hot path).
    struct RowContext {
        let lineStart: Int
        let line: UnsafePointer<UInt8>
        let length: Int

        func problem(_ offset: Int, _ fieldLength: Int, _ message: LocalizedMessage) -> RowProblem {
            RowProblem(lineStart: lineStart, line: line, lineLength: length, fieldOffset: offset, fieldLength: fieldLength, message: message)
        }
    }

    /// Parses one line starting at file offset `lineStart`; nil for a blank line.
    @inline(__always)
    func parse(_ line: UnsafePointer<UInt8>, _ length: Int, lineStart: Int) throws(RowProblem) -> Row? {
        var cursor = CSVSyntax.LineCursor(line: line, length: length, separator: file.separator)
        if cursor.length == 0 { return nil }
        let context = RowContext(lineStart: lineStart, line: line, length: length)
        // More fields than columns: usually a separator inside an unquoted text.
        let (separators, quotes) = CSVSyntax.count(file.separator, line, cursor.length)
        let hasQuote = quotes > 0
        if separators == cursor.length { return nil }
        if !hasQuote, separators >= file.fieldCount {
            var offset = 0, seen = 0
            while offset < cursor.length, seen < file.fieldCount { if line[offset] == file.separator { seen += 1 }; offset += 1 }
            throw context.problem(offset, 1, LocalizedMessage(Strings.popTooManyFields, String(separators + 1), String(file.fieldCount), separatorName))
        }
        guard standardLayout else { return try parseAnyLayout(&cursor, context) }
        var row = Row(claimant: line, claimantLength: 0, claimantOffset: 0, day: 0, type: -1)
        var typeKnown = false, nextNeeded = 0, neededEnd = 0, last = Int.max
        let typeField = file.typeField
        var index = 0
        while index <= last, cursor.hasMore {
            if typeKnown, index > typeField {
                if nextNeeded < neededEnd, neededField[nextNeeded] == index {
                    let field = try Self.next(&cursor, context)
                    slots[neededSlot[nextNeeded]] = field.map { cell($0) } ?? -1
                    nextNeeded += 1
                } else {
                    try Self.skip(&cursor, context)
                }
                index += 1
                continue
            }
            guard let field = try Self.next(&cursor, context) else { break }
            if index == file.claimantField {
                row.claimant = field.start
                row.claimantLength = field.length
                row.claimantOffset = field.offset
            } else if index == file.dayField {
                row.day = try day(field, context)
            } else if index == file.typeField {
                row.type = try type(field, context)
                typeKnown = true
                if row.type >= 0 {
                    nextNeeded = neededStart[row.type]
                    neededEnd = neededStart[row.type + 1]
                    last = lastFieldOfType[row.type]
                    for entry in nextNeeded..<neededEnd { slots[neededSlot[entry]] = -1 }
                } else {
                    last = typeField
                }
            }
            index += 1
        }
        try check(row, typeKnown: typeKnown, context)
        return row
    }

    @inline(__always)
    private static func next(_ cursor: inout CSVSyntax.LineCursor, _ context: RowContext) throws(RowProblem) -> CSVSyntax.Field? {
        do {
            return try cursor.next()
        } catch {
            throw context.problem(error.offset, 1, LocalizedMessage(Strings.popUnterminatedQuote))
        }
    }

    @inline(__always)
    private static func skip(_ cursor: inout CSVSyntax.LineCursor, _ context: RowContext) throws(RowProblem) {
        do {
            try cursor.skip()
        } catch {
            throw context.problem(error.offset, 1, LocalizedMessage(Strings.popUnterminatedQuote))
        }
    }

    /// Rows whose `claimant`, `day` or `type` column comes after an attribute column: read every field first.
    private func parseAnyLayout(_ cursor: inout CSVSyntax.LineCursor, _ context: RowContext) throws(RowProblem) -> Row? {
        var fields: [CSVSyntax.Field] = []
        while let field = try Self.next(&cursor, context) { fields.append(field) }
        var row = Row(claimant: context.line, claimantLength: 0, claimantOffset: 0, day: 0, type: -1)
        if file.claimantField < fields.count {
            row.claimant = fields[file.claimantField].start
            row.claimantLength = fields[file.claimantField].length
            row.claimantOffset = fields[file.claimantField].offset
        }
        if file.dayField < fields.count { row.day = try day(fields[file.dayField], context) }
        let typeKnown = file.typeField < fields.count
        if typeKnown { row.type = try type(fields[file.typeField], context) }
        if row.type >= 0 {
            for (field, slot) in neededFields[row.type] { slots[slot] = field < fields.count ? cell(fields[field]) : -1 }
        }
        try check(row, typeKnown: typeKnown, context)
        return row
    }

    private func check(_ row: Row, typeKnown: Bool, _ context: RowContext) throws(RowProblem) {
        if row.claimantLength == 0 { throw context.problem(row.claimantOffset, 1, LocalizedMessage(Strings.popEmptyClaimant)) }
        if !typeKnown { throw context.problem(0, 1, LocalizedMessage(Strings.popEmptyType, typeList)) }
    }

    @inline(__always)
    private func day(_ field: CSVSyntax.Field, _ context: RowContext) throws(RowProblem) -> Int32 {
        guard let day = CSVSyntax.integer(field.start, field.length), abs(day) <= 100_000 else {
            throw context.problem(field.offset, max(1, field.length), LocalizedMessage(Strings.popBadDay, CSVSyntax.text(field)))
        }
        return Int32(day)
    }

    @inline(__always)
    private func type(_ field: CSVSyntax.Field, _ context: RowContext) throws(RowProblem) -> Int {
        guard field.length > 0 else { throw context.problem(field.offset, 1, LocalizedMessage(Strings.popEmptyType, typeList)) }
        let (id, _) = typeNames.intern(field.start, field.length)
        if Int(id) < declaredTypes { return Int(id) }
        let known = unknownById[id]
        unknownById[id] = ((known?.count ?? 0) + 1, min(known?.firstOffset ?? Int.max, context.lineStart))
        return -1
    }

    /// The cell of a field, or -1 when it is empty (an absent attribute); a quoted empty field is an empty text.
    @inline(__always)
    private func cell(_ field: CSVSyntax.Field) -> Int32 {
        if field.length == 0, !field.quoted { return -1 }
        if field.quoted {
            let (id, inserted) = quotedValues.intern(field.start, field.length)
            if inserted { quotedCells.append(cells.cell(CSVSyntax.value(field, separator: file.separator))) }
            return quotedCells[Int(id)]
        }
        let (id, inserted) = plainValues.intern(field.start, field.length)
        if inserted { plainCells.append(cells.cell(CSVSyntax.value(field, separator: file.separator))) }
        return plainCells[Int(id)]
    }

    /// The undeclared types met, by name.
    var undeclaredTypes: [String: (count: Int, firstOffset: Int)] {
        var result: [String: (count: Int, firstOffset: Int)] = [:]
        for (id, entry) in unknownById { result[typeNames.string(id)] = entry }
        return result
    }
}
