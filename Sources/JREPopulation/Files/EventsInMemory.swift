import JRECore
import JREText

/// `events.csv` read whole and grouped by claimant: for files whose claimants' rows are not
/// consecutive (a spreadsheet sorted by date, say). Memory grows with the file here; sort large
/// files by claimant to stream them instead.
final class EventsInMemory: @unchecked Sendable {
    let parser: EventRowParser
    /// The attribute slots any type needs, and each kept row's cells for them.
    let slots: [Int]
    /// Per claimant, its rows' range in the arrays below (`starts[c]..<starts[c + 1]`).
    private(set) var starts: [Int]
    private(set) var days: [Int32] = []
    private(set) var types: [Int16] = []
    private(set) var cells: [Int32] = []

    init(files: PopulationFiles, program: PopulationProgram) throws(PopulationFileError) {
        let file = files.events
        parser = EventRowParser(file: file, program: program)
        var needed: [Int] = []
        for columns in program.layout.columnsOfType { for (slot, _) in columns where !needed.contains(slot) { needed.append(slot) } }
        slots = needed
        let window = try LineWindow(path: file.path)
        var claimants: [Int32] = [], rowDays: [Int32] = [], rowTypes: [Int16] = [], rowCells: [Int32] = []
        var offset = file.dataStart, lineNumber = 1, previous = -1, previousId: [UInt8] = []
        do throws(RowProblem) {
            while let (line, length) = window.line(at: offset) {
                lineNumber += 1
                defer { offset += length + 1 }
                guard let row = try parser.parse(line, length, lineStart: offset) else { continue }
                if !(row.claimant.elementsEqual(previousId, count: row.claimantLength)) {
                    guard let index = files.claimants.index(of: row.claimant, row.claimantLength) else {
                        let id = String(decoding: UnsafeBufferPointer(start: row.claimant, count: row.claimantLength), as: UTF8.self)
                        throw RowProblem(lineStart: offset, line: line, lineLength: length, fieldOffset: row.claimantOffset, fieldLength: row.claimantLength,
                                         message: LocalizedMessage(Strings.popUnknownClaimant, id, files.claimants.path), lineNumber: lineNumber)
                    }
                    previous = index
                    previousId = Array(UnsafeBufferPointer(start: row.claimant, count: row.claimantLength))
                }
                guard row.type >= 0 else { continue }
                claimants.append(Int32(previous))
                rowDays.append(row.day)
                rowTypes.append(Int16(row.type))
                for slot in needed { rowCells.append(parser.slots[slot]) }
            }
        } catch {
            var problem = error
            problem.line = problem.line ?? lineNumber
            throw PopulationFileError([problem.diagnostic(path: file.path)])
        }
        // Group rows by claimant, keeping file order (a stable counting sort).
        var starts = [Int](repeating: 0, count: files.claimants.count + 1)
        for claimant in claimants { starts[Int(claimant) + 1] += 1 }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var next = starts
        days = [Int32](repeating: 0, count: claimants.count)
        types = [Int16](repeating: 0, count: claimants.count)
        cells = [Int32](repeating: -1, count: rowCells.count)
        let width = needed.count
        for (row, claimant) in claimants.enumerated() {
            let target = next[Int(claimant)]
            next[Int(claimant)] += 1
            days[target] = rowDays[row]
            types[target] = rowTypes[row]
            for column in 0..<width { cells[target * width + column] = rowCells[row * width + column] }
        }
        self.starts = starts
    }

    /// Fills `events` with claimant `claimant`'s rows.
    func fill(_ events: ClaimantEvents, claimant: Int, slotBuffer: UnsafeMutablePointer<Int32>) {
        events.reset()
        let width = slots.count
        for row in starts[claimant]..<starts[claimant + 1] {
            for (column, slot) in slots.enumerated() { slotBuffer[slot] = cells[row * width + column] }
            events.append(type: Int(types[row]), day: days[row], slots: slotBuffer)
        }
        events.finish()
    }
}

/// Evaluates claimants from ``EventsInMemory``, blocks of claimant indexes per worker.
final class InMemoryReader: ClaimantBlockReader {
    static let blockSize = 4_096

    let files: PopulationFiles
    let binding: FilesBinding
    let rows: EventsInMemory
    private let events: ClaimantEvents
    private let slotBuffer: UnsafeMutablePointer<Int32>
    private let groups: UnsafeMutablePointer<Int32>

    init(files: PopulationFiles, program: PopulationProgram, binding: FilesBinding, rows: EventsInMemory) {
        self.files = files
        self.binding = binding
        self.rows = rows
        events = ClaimantEvents(layout: program.layout)
        slotBuffer = .allocate(capacity: max(1, files.events.attributeNames.count))
        slotBuffer.initialize(repeating: -1, count: max(1, files.events.attributeNames.count))
        groups = .allocate(capacity: max(1, binding.groupings.count))
        groups.initialize(repeating: 0, count: max(1, binding.groupings.count))
    }

    deinit {
        slotBuffer.deallocate()
        groups.deallocate()
    }

    static func blockCount(_ files: PopulationFiles) -> Int { (files.claimants.count + blockSize - 1) / blockSize }

    func read<Visitor: ClaimantVisitor>(block: Int, into evaluator: ClaimantEvaluator, visitor: inout Visitor) throws {
        for claimant in block * Self.blockSize..<min(files.claimants.count, (block + 1) * Self.blockSize) {
            rows.fill(events, claimant: claimant, slotBuffer: slotBuffer)
            let situation = binding.load(claimant, table: files.claimants, situations: files.situations, evaluator: evaluator, groups: groups)
            evaluator.load(events, cells: rows.parser.cells)
            visitor.visit(claimant, situation: situation, fraud: nil, groups: groups, evaluator: evaluator)
        }
    }
}
