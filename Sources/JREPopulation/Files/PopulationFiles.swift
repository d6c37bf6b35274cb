import Foundation
import JRECore
import JREText

/// A population folder: `claimants.csv` and `events.csv` (required), `situations.csv`,
/// `controls.csv` and `population.json` (optional; `fraudes.csv`, the fraud world's hidden truth, is
/// written by the generator for people, never given to the rules; only `model train`'s card reads it,
/// with ``hiddenFraud()``). See `docs/population-model.md` for the formats.
public struct PopulationFiles: Sendable {
    public static let claimantsFile = "claimants.csv"

    public let folder: String
    public let manifest: PopulationManifest?
    /// The last day of the run: from `population.json`, else the latest day in `events.csv`.
    public let days: Int
    let claimants: ClaimantTable
    let events: EventsFile
    /// Per claimant, the index of its hidden situation in `TrueSituation.allCases` (-1: not given); nil without `situations.csv`.
    let situations: [Int8]?
    /// Per claimant, the past control from `controls.csv` (the labels of `model train`); nil without the file.
    public let controls: [ControlRecord]?

    /// Reads the folder's claimants (and situations) and the header of its events.
    public static func open(_ folder: String) throws(PopulationFileError) -> PopulationFiles {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PopulationFileError(file: folder, LocalizedMessage(Strings.popFolderMissing, folder))
        }
        func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
        for name in [claimantsFile, EventsFile.fileName] where !FileManager.default.fileExists(atPath: path(name)) {
            throw PopulationFileError(file: path(name), LocalizedMessage(Strings.popFileMissing, path(name)))
        }
        let manifest = try PopulationManifest.read(folder: folder)
        var orders: [String: [String]] = [:]
        for grouping in manifest?.groupings ?? [] { orders[grouping.attribute] = grouping.values }
        let claimants = try ClaimantTable(path: path(claimantsFile), orders: orders)
        let events = try EventsFile(path: path(EventsFile.fileName))
        let situationsPath = path(SituationsFile.fileName)
        let situations = FileManager.default.fileExists(atPath: situationsPath) ? try SituationsFile.read(path: situationsPath, claimants: claimants) : nil
        let controlsPath = path(ControlsFile.fileName)
        let controls = FileManager.default.fileExists(atPath: controlsPath) ? try ControlsFile.read(path: controlsPath, claimants: claimants) : nil
        let days: Int
        if let manifest { days = manifest.days } else { days = try events.latestDay() }
        return PopulationFiles(folder: folder, manifest: manifest, days: days, claimants: claimants, events: events, situations: situations,
                               controls: controls)
    }

    /// Warnings that do not depend on reading the events: attribute columns no event type declares.
    public func warnings(for rules: PopulationRules) -> [Diagnostic] {
        events.columnWarnings(for: rules.ruleset)
    }

    /// Groupings for a program: their column (or the hidden situation) and positions.
    func binding(program: PopulationProgram, groupings: [String]) -> FilesBinding {
        FilesBinding(program: program, table: claimants, groupings: groupings)
    }

    /// Visits every claimant once, on every core: streaming `events.csv` when each claimant's rows
    /// are consecutive, else reading it whole. Returns the workers' visitors and the warnings
    /// (event types the ruleset does not declare).
    func walk<Visitor: ClaimantVisitor>(program: PopulationProgram, groupings: [String], parameters: ParameterValues,
                                        progress: ProgressSink?, cancellation: PopulationCancellation? = nil,
                                        makeVisitor: () -> Visitor) throws -> ([Visitor], [Diagnostic]) {
        let binding = binding(program: program, groupings: groupings)
        let blocks = EventsBlockReader.blockCount(events)
        let streamed = try ParallelBlocks.run(blocks: blocks, progress: progress, cancellation: cancellation, makeState: {
            (try? EventsBlockReader(files: self, program: program, binding: binding),
             ClaimantEvaluator(program: program, parameters: parameters), makeVisitor())
        }, body: { state, block in
            guard let reader = state.0 else { throw PopulationFileError(file: events.path, LocalizedMessage(Strings.popFileMissing, events.path)) }
            try reader.read(block: block, into: state.1, visitor: &state.2)
        })
        var seen = [Bool](repeating: false, count: claimants.count)
        var grouped = true
        for state in streamed {
            for claimant in state.0?.started ?? [] {
                if seen[Int(claimant)] { grouped = false }
                seen[Int(claimant)] = true
            }
        }
        guard grouped else {
            let rows = try EventsInMemory(files: self, program: program)
            let states = try ParallelBlocks.run(blocks: InMemoryReader.blockCount(self), progress: nil, makeState: {
                (InMemoryReader(files: self, program: program, binding: binding, rows: rows),
                 ClaimantEvaluator(program: program, parameters: parameters), makeVisitor())
            }, body: { state, block in
                try state.0.read(block: block, into: state.1, visitor: &state.2)
            })
            return (states.map(\.2), typeWarnings([rows.parser], ruleset: program.ruleset))
        }
        let missing = seen.indices.filter { !seen[$0] }.map { Int32($0) }
        var visitors = streamed.map(\.2)
        if !missing.isEmpty {
            let blocks = (missing.count + ClaimantsWithoutEvents.blockSize - 1) / ClaimantsWithoutEvents.blockSize
            let rest = try ParallelBlocks.run(blocks: blocks, progress: nil, makeState: {
                (ClaimantsWithoutEvents(files: self, program: program, binding: binding, indexes: missing),
                 ClaimantEvaluator(program: program, parameters: parameters), makeVisitor())
            }, body: { state, block in
                try state.0.read(block: block, into: state.1, visitor: &state.2)
            })
            visitors += rest.map(\.2)
        }
        return (visitors, typeWarnings(streamed.compactMap { $0.0?.parser }, ruleset: program.ruleset))
    }

    /// One warning per undeclared event type met: how many rows were ignored, and the first one's line.
    private func typeWarnings(_ parsers: [EventRowParser], ruleset: Ruleset) -> [Diagnostic] {
        var merged: [String: (count: Int, firstOffset: Int)] = [:]
        for parser in parsers {
            for (name, entry) in parser.undeclaredTypes {
                let known = merged[name]
                merged[name] = ((known?.count ?? 0) + entry.count, min(known?.firstOffset ?? Int.max, entry.firstOffset))
            }
        }
        let names = ruleset.eventTypes.map(\.id)
        // The fraud world's event types are left out silently by rulesets that do not declare them.
        return merged.keys.sorted().filter { !GeneratedVocabulary.worldTypes.contains($0) }.compactMap { name in
            guard let entry = merged[name] else { return nil }
            let hint = Suggestion.closest(to: name, in: names).map { LocalizedMessage(Strings.diagDidYouMean, $0) } ?? LocalizedMessage(Strings.empty)
            return Diagnostic(.warning, file: events.path, line: LineCounter.line(ofOffset: entry.firstOffset, in: events.path), column: 1,
                              message: LocalizedMessage(Strings.popUnknownType, [.text(name), .text(ruleset.id), .text(String(entry.count)), .message(hint)]))
        }
    }
}
