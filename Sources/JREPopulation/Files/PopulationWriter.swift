#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import JRECore
import JREText

/// Writes a synthetic population as a folder: `claimants.csv`, `events.csv`, `situations.csv`
/// (the hidden truth, kept apart from what the rules read), the fraud world's `controls.csv` (the
/// control history: labels) and `fraudes.csv` (its hidden truth), and `population.json`.
///
/// Claimants are drawn on every core in blocks; blocks are written in order, so the files are the
/// same whatever the number of threads, and memory stays a few blocks' worth.
public enum PopulationWriter {
    /// What was written.
    public struct Summary: Sendable {
        public var claimants: Int
        public var events: Int
        public var bytes: Int
    }

    public static func write(_ population: SyntheticPopulation, to folder: String, progress: ProgressSink? = nil) throws(PopulationFileError) -> Summary {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw PopulationFileError(file: folder, LocalizedMessage(Strings.popCannotWrite, folder, error.localizedDescription))
        }
        func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
        let files = try OutputFiles(paths: [path(PopulationFiles.claimantsFile), path(EventsFile.fileName), path(SituationsFile.fileName),
                                            path(ControlsFile.fileName), path(ControlsFile.truthFileName)])
        let header = GeneratedRows.headers
        for (index, line) in header.enumerated() { files.write(index, Array(line.utf8)) }
        let blocks = SyntheticReader.blockCount(population)
        let queue = OrderedOutput(files: files)
        do {
            _ = try ParallelBlocks.run(blocks: blocks, progress: progress, makeState: { GeneratedRows(population: population) }, body: { rows, block in
                let start = block * SyntheticReader.blockSize, end = min(population.size, start + SyntheticReader.blockSize)
                queue.submit(block, rows.format(start..<end))
            })
        } catch {
            throw PopulationFileError(file: folder, LocalizedMessage(Strings.popCannotWrite, folder, String(describing: error)))
        }
        if let failure = files.failure { throw PopulationFileError(file: folder, LocalizedMessage(Strings.popCannotWrite, folder, failure)) }
        let manifest = Array(PopulationManifest(population: population).json().utf8)
        guard FileManager.default.createFile(atPath: path(PopulationManifest.fileName), contents: Data(manifest)) else {
            throw PopulationFileError(file: folder, LocalizedMessage(Strings.popCannotWrite, path(PopulationManifest.fileName), ""))
        }
        return Summary(claimants: population.size, events: queue.events, bytes: files.bytes + manifest.count)
    }
}

/// Formats blocks of generated claimants as CSV rows, with one scratch per worker thread.
final class GeneratedRows {
    static let headers: [String] = [
        (["id"] + PopulationSchema.attributes.map(\.name)).joined(separator: ",") + "\n",
        (EventsFile.required + GeneratedVocabulary.attributeColumns).joined(separator: ",") + "\n",
        "id,situation\n",
        ControlsFile.header,
        ControlsFile.truthHeader,
    ]

    /// Each generated cell's CSV bytes, and each type's name bytes and slot per attribute column.
    static let cellBytes: [[UInt8]] = GeneratedCells.table.scalars.map { Array(CSVSyntax.escape($0.description).utf8) }
    static let typeNames: [[UInt8]] = GeneratedVocabulary.types.map { Array($0.name.utf8) }

    let population: SyntheticPopulation
    private let drawer: ClaimantDrawer
    private let events: ClaimantEvents
    private var order: [UInt64] = []
    /// Per type, per attribute column of `events.csv`: the layout column holding it (nil: the type has no such attribute).
    private let columnOf: [[Int?]]

    init(population: SyntheticPopulation) {
        self.population = population
        drawer = ClaimantDrawer(population)
        let layout = EventLayout.all(GeneratedVocabulary.types)
        events = ClaimantEvents(layout: layout)
        columnOf = GeneratedVocabulary.types.enumerated().map { type, entry in
            GeneratedVocabulary.attributeColumns.map { name in entry.attributes.firstIndex(of: name).flatMap { layout.column(type: type, slot: $0) } }
        }
    }

    /// The five files' bytes for claimants `range`, and how many events.
    func format(_ range: Range<Int>) -> (files: [[UInt8]], events: Int) {
        var claimants: [UInt8] = [], rows: [UInt8] = [], situations: [UInt8] = [], controls: [UInt8] = [], truth: [UInt8] = []
        rows.reserveCapacity(range.count * 4_000)
        var count = 0
        for index in range {
            let profile = drawer.draw(index, into: events)
            let id = Array(SyntheticPopulation.identifier(index).utf8)
            claimants += id
            for attribute in PopulationSchema.attributes.indices {
                claimants.append(CSVSyntax.comma)
                claimants += Array(profile.value(attribute).description.utf8)
            }
            claimants.append(CSVSyntax.newline)
            situations += id
            situations.append(CSVSyntax.comma)
            situations += Array(profile.situation.rawValue.utf8)
            situations.append(CSVSyntax.newline)
            ControlsFile.row(id, profile.world.control, into: &controls)
            truth += id
            truth.append(CSVSyntax.comma)
            truth += Array(profile.world.fraud.rawValue.utf8)
            truth.append(CSVSyntax.newline)
            // Events by day, then type, keeping each type's order.
            order.removeAll(keepingCapacity: true)
            for type in 0..<events.typeCount {
                let days = events.days(type)
                for position in 0..<events.count(type) {
                    order.append(UInt64(days[position]) << 40 | UInt64(type) << 24 | UInt64(position))
                }
            }
            order.sort()
            for key in order {
                let type = Int(key >> 24 & 0xFFFF), position = Int(key & 0xFF_FFFF)
                rows += id
                rows.append(CSVSyntax.comma)
                Self.appendInteger(Int(key >> 40), to: &rows)
                rows.append(CSVSyntax.comma)
                rows += Self.typeNames[type]
                for column in columnOf[type] {
                    rows.append(CSVSyntax.comma)
                    guard let column else { continue }
                    let cell = events.cells(column)[position]
                    if cell >= 0 { rows += Self.cellBytes[Int(cell)] }
                }
                rows.append(CSVSyntax.newline)
            }
            count += order.count
        }
        return ([claimants, rows, situations, controls, truth], count)
    }

    static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var digits: [UInt8] = []
        var rest = abs(value)
        repeat {
            digits.append(UInt8(48 + rest % 10))
            rest /= 10
        } while rest > 0
        bytes += digits.reversed()
    }
}

/// `write(2)`, named apart from the methods called `write`.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// Output files opened for writing, with the first write error kept.
final class OutputFiles: @unchecked Sendable {
    private var descriptors: [Int32] = []
    private(set) var bytes = 0
    private(set) var failure: String?

    init(paths: [String]) throws(PopulationFileError) {
        for path in paths {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else {
                descriptors.forEach { _ = close($0) }
                throw PopulationFileError(file: path, LocalizedMessage(Strings.popCannotWrite, path, String(cString: strerror(errno))))
            }
            descriptors.append(descriptor)
        }
    }

    deinit { descriptors.forEach { _ = close($0) } }

    func write(_ file: Int, _ data: [UInt8]) {
        guard failure == nil else { return }
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = posixWrite(descriptors[file], base + offset, buffer.count - offset)
                if written <= 0 {
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        bytes += data.count
    }
}

/// Writes formatted blocks in block order, whichever worker finishes first.
final class OrderedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private let files: OutputFiles
    private var pending: [Int: [[UInt8]]] = [:]
    private var next = 0
    private(set) var events = 0

    init(files: OutputFiles) { self.files = files }

    func submit(_ block: Int, _ formatted: (files: [[UInt8]], events: Int)) {
        lock.lock()
        defer { lock.unlock() }
        pending[block] = formatted.files
        events += formatted.events
        while let ready = pending.removeValue(forKey: next) {
            for (file, bytes) in ready.enumerated() { files.write(file, bytes) }
            next += 1
        }
    }
}
