import Foundation
import JRECore
import JREText

/// `events.csv`: one event per row — `claimant`, `day`, `type`, then one column per attribute
/// (empty when the event has none). Read in blocks by ``EventsBlockReader``; this holds its header.
final class EventsFile: @unchecked Sendable {
    static let fileName = "events.csv"
    static let required = ["claimant", "day", "type"]

    let path: String
    let size: Int
    let separator: UInt8
    /// The offset of the first row after the header.
    let dataStart: Int
    let claimantField: Int
    let dayField: Int
    let typeField: Int
    /// The attribute columns' names, and each one's field index in a row.
    let attributeNames: [String]
    let attributeFields: [Int]
    let fieldCount: Int

    init(path: String) throws(PopulationFileError) {
        self.path = path
        let window = try LineWindow(path: path, capacity: 1 << 16)
        size = window.size
        let start = window.contentStart
        guard let (line, length) = window.line(at: start) else {
            throw PopulationFileError([Diagnostic(.error, file: path, line: 1, column: 1, message: LocalizedMessage(Strings.popHeaderMissing, "claimant", Self.required.joined(separator: ", ")))])
        }
        separator = CSVSyntax.separator(ofHeader: line, length: length)
        let names = try ClaimantTable.header(line, length, lineStart: start, path: path, separator: separator)
        for name in Self.required where !names.contains(name) {
            throw PopulationFileError([RowProblem(lineStart: start, line: line, lineLength: length, fieldOffset: 0, fieldLength: 1,
                                                  message: LocalizedMessage(Strings.popHeaderMissing, name, Self.required.joined(separator: ", ")),
                                                  lineNumber: 1).diagnostic(path: path)])
        }
        claimantField = names.firstIndex(of: "claimant") ?? 0
        dayField = names.firstIndex(of: "day") ?? 1
        typeField = names.firstIndex(of: "type") ?? 2
        let attributes = names.enumerated().filter { !Self.required.contains($0.element) }
        attributeNames = attributes.map(\.element)
        attributeFields = attributes.map(\.offset)
        fieldCount = names.count
        dataStart = start + length + 1
    }

    /// The source vocabulary for `ruleset`: its event types, each with every attribute column as slots.
    func vocabulary(for ruleset: Ruleset) -> SourceVocabulary {
        SourceVocabulary(types: ruleset.eventTypes.map { ($0.id, attributeNames) })
    }

    /// Warnings for attribute columns that no event type of `ruleset` declares (a typo, or another vocabulary).
    func columnWarnings(for ruleset: Ruleset) -> [Diagnostic] {
        let declared = ruleset.eventTypes.flatMap { $0.attributes?.map(\.name) ?? [] }
        return attributeNames.filter { !declared.contains($0) && !GeneratedVocabulary.worldAttributes.contains($0) }.map { name in
            let hint = Suggestion.closest(to: name, in: declared).map { LocalizedMessage(Strings.diagDidYouMean, $0) } ?? LocalizedMessage(Strings.empty)
            return Diagnostic(.warning, file: path, line: 1, column: 1, message: LocalizedMessage(Strings.popUnknownColumn, [.text(name), .text(ruleset.id), .message(hint)]))
        }
    }

    /// The latest day in the file: the run's end for a folder without `population.json`.
    func latestDay() throws(PopulationFileError) -> Int {
        let window = try LineWindow(path: path)
        var offset = dataStart, latest = 1, lineNumber = 1
        while let (line, length) = window.line(at: offset) {
            lineNumber += 1
            defer { offset += length + 1 }
            var cursor = CSVSyntax.LineCursor(line: line, length: length, separator: separator)
            guard cursor.length > 0 else { continue }
            for _ in 0..<dayField { try? cursor.skip() }
            guard let field = try? cursor.next() else { continue }
            guard let day = CSVSyntax.integer(field.start, field.length) else {
                throw PopulationFileError([RowProblem(lineStart: offset, line: line, lineLength: length, fieldOffset: field.offset, fieldLength: field.length,
                                                      message: LocalizedMessage(Strings.popBadDay, CSVSyntax.text(field)), lineNumber: lineNumber).diagnostic(path: path)])
            }
            latest = max(latest, day)
        }
        return latest
    }
}
