import JRECore
import JREText

/// Streams `events.csv` for one worker thread, a few megabytes at a time, in constant memory.
///
/// Block `k` owns the claimants whose first row starts in bytes `[k·B, (k+1)·B)` of the data and
/// reads each of them to its last row, even past the block's end. This needs the rows of a
/// claimant to be consecutive (as `population generate` writes them); each worker lists the
/// claimants it started, so a file where a claimant's rows are split is detected and re-read
/// another way (see ``EventsInMemory``).
final class EventsBlockReader: ClaimantBlockReader {
    static let blockSize = 4 << 20

    let files: PopulationFiles
    let binding: FilesBinding
    let parser: EventRowParser
    private let window: LineWindow
    private let events: ClaimantEvents
    private let groups: UnsafeMutablePointer<Int32>
    /// The claimants this worker started, in order.
    private(set) var started: [Int32] = []
    private var currentId: [UInt8] = []

    init(files: PopulationFiles, program: PopulationProgram, binding: FilesBinding) throws(PopulationFileError) {
        self.files = files
        self.binding = binding
        parser = EventRowParser(file: files.events, program: program)
        window = try LineWindow(path: files.events.path, capacity: Self.blockSize + (1 << 20))
        events = ClaimantEvents(layout: program.layout)
        groups = .allocate(capacity: max(1, binding.groupings.count))
        groups.initialize(repeating: 0, count: max(1, binding.groupings.count))
    }

    deinit { groups.deallocate() }

    static func blockCount(_ file: EventsFile) -> Int {
        max(1, (file.size - file.dataStart + blockSize - 1) / blockSize)
    }

    func read<Visitor: ClaimantVisitor>(block: Int, into evaluator: ClaimantEvaluator, visitor: inout Visitor) throws {
        let file = files.events
        let nominalStart = file.dataStart + block * Self.blockSize
        let nominalEnd = min(file.size, nominalStart + Self.blockSize)
        var offset = try firstClaimantStart(nominalStart)
        var current = -1
        do throws(RowProblem) {
            while let (line, length) = window.line(at: offset) {
                guard let row = try parser.parse(line, length, lineStart: offset) else {
                    offset += length + 1
                    continue
                }
                if current < 0 || !isCurrent(row) {
                    if offset >= nominalEnd { break }
                    if current >= 0 { finish(current, evaluator, &visitor) }
                    guard let index = files.claimants.index(of: row.claimant, row.claimantLength) else {
                        throw unknownClaimant(row, line, length, offset)
                    }
                    current = index
                    currentId = Array(UnsafeBufferPointer(start: row.claimant, count: row.claimantLength))
                    started.append(Int32(index))
                    events.reset()
                }
                if row.type >= 0 { events.append(type: row.type, day: row.day, slots: parser.slots) }
                offset += length + 1
            }
        } catch {
            throw PopulationFileError([error.diagnostic(path: file.path)])
        }
        if current >= 0 { finish(current, evaluator, &visitor) }
    }

    @inline(__always)
    private func isCurrent(_ row: EventRowParser.Row) -> Bool {
        guard row.claimantLength == currentId.count else { return false }
        for index in 0..<row.claimantLength where row.claimant[index] != currentId[index] { return false }
        return true
    }

    private func unknownClaimant(_ row: EventRowParser.Row, _ line: UnsafePointer<UInt8>, _ length: Int, _ offset: Int) -> RowProblem {
        let id = String(decoding: UnsafeBufferPointer(start: row.claimant, count: row.claimantLength), as: UTF8.self)
        return RowProblem(lineStart: offset, line: line, lineLength: length, fieldOffset: row.claimantOffset, fieldLength: row.claimantLength,
                          message: LocalizedMessage(Strings.popUnknownClaimant, id, files.claimants.path))
    }

    private func finish<Visitor: ClaimantVisitor>(_ claimant: Int, _ evaluator: ClaimantEvaluator, _ visitor: inout Visitor) {
        events.finish()
        let situation = binding.load(claimant, table: files.claimants, situations: files.situations, evaluator: evaluator, groups: groups)
        evaluator.load(events, cells: parser.cells)
        visitor.visit(claimant, situation: situation, fraud: nil, groups: groups, evaluator: evaluator)
    }

    /// The offset of the first row at or after `nominalStart` that begins a new claimant (rows
    /// continuing the claimant of the row before belong to the previous block).
    private func firstClaimantStart(_ nominalStart: Int) throws -> Int {
        let file = files.events
        guard nominalStart > file.dataStart else { return file.dataStart }
        var lookback = 4_096
        while true {
            let windowStart = max(file.dataStart, nominalStart - lookback)
            var offset = windowStart
            if windowStart > file.dataStart {
                guard let (_, length) = window.line(at: windowStart - 1) else { return file.size }
                offset = windowStart + length
            }
            if offset >= nominalStart, windowStart > file.dataStart {
                lookback *= 8
                continue
            }
            var previous: [UInt8]?
            while offset < nominalStart, let (line, length) = window.line(at: offset) {
                if let field = parser.claimant(line, length) { previous = Array(UnsafeBufferPointer(start: field.start, count: field.length)) }
                offset += length + 1
            }
            guard let previous else { return offset }
            while let (line, length) = window.line(at: offset) {
                if let field = parser.claimant(line, length), !field.start.elementsEqual(previous, count: field.length) { return offset }
                offset += length + 1
            }
            return file.size
        }
    }
}

extension UnsafePointer where Pointee == UInt8 {
    /// Whether the `count` bytes here equal `other`.
    func elementsEqual(_ other: [UInt8], count: Int) -> Bool {
        guard count == other.count else { return false }
        for index in 0..<count where self[index] != other[index] { return false }
        return true
    }
}

/// Claimants of `claimants.csv` with no row in `events.csv`: evaluated with no events.
final class ClaimantsWithoutEvents: ClaimantBlockReader {
    static let blockSize = 4_096

    let files: PopulationFiles
    let binding: FilesBinding
    let indexes: [Int32]
    private let events: ClaimantEvents
    private let cells = CellTable()
    private let groups: UnsafeMutablePointer<Int32>

    init(files: PopulationFiles, program: PopulationProgram, binding: FilesBinding, indexes: [Int32]) {
        self.files = files
        self.binding = binding
        self.indexes = indexes
        events = ClaimantEvents(layout: program.layout)
        groups = .allocate(capacity: max(1, binding.groupings.count))
        groups.initialize(repeating: 0, count: max(1, binding.groupings.count))
    }

    deinit { groups.deallocate() }

    var blockCount: Int { (indexes.count + Self.blockSize - 1) / Self.blockSize }

    func read<Visitor: ClaimantVisitor>(block: Int, into evaluator: ClaimantEvaluator, visitor: inout Visitor) throws {
        events.reset()
        evaluator.load(events, cells: cells)
        for position in block * Self.blockSize..<min(indexes.count, (block + 1) * Self.blockSize) {
            let claimant = Int(indexes[position])
            let situation = binding.load(claimant, table: files.claimants, situations: files.situations, evaluator: evaluator, groups: groups)
            visitor.visit(claimant, situation: situation, fraud: nil, groups: groups, evaluator: evaluator)
        }
    }
}
