import Foundation
import JRECore
import JREText

/// The rows of a per-claimant side file (`situations.csv`, `controls.csv`): a header naming the
/// required columns (any order, more allowed), then rows keyed by a claimant id of `claimants.csv`.
///
/// Blank lines and rows without an id are skipped; an unterminated quote or an unknown id stops
/// with the file, line and column.
enum ClaimantSideFile {
    /// One row: its claimant's index, its fields, and what a located error needs.
    struct Row {
        let claimant: Int
        let fields: [CSVSyntax.Field]
        let path: String
        let lineStart: Int
        let line: UnsafePointer<UInt8>
        let length: Int
        let lineNumber: Int

        /// The trimmed text of field `column` ("" when the row is shorter).
        func text(_ column: Int) -> String {
            column < fields.count ? CSVSyntax.text(fields[column]).trimmingCharacters(in: .whitespaces) : ""
        }

        /// An error pointing at field `column` (the line's start when the row is shorter).
        func problem(_ column: Int?, _ message: LocalizedMessage) -> PopulationFileError {
            let field = column.flatMap { $0 < fields.count ? fields[$0] : nil }
            return PopulationFileError([RowProblem(lineStart: lineStart, line: line, lineLength: length, fieldOffset: field?.offset ?? 0,
                                                   fieldLength: max(1, field?.length ?? 1), message: message, lineNumber: lineNumber).diagnostic(path: path)])
        }
    }

    /// Calls `body` with each row and the column of each `required` name.
    static func read(path: String, claimants: ClaimantTable, required: [String],
                     _ body: (Row, [Int]) throws(PopulationFileError) -> Void) throws(PopulationFileError) {
        let window = try LineWindow(path: path, capacity: 1 << 20)
        var offset = window.contentStart
        guard let (headerLine, headerLength) = window.line(at: offset) else { return }
        let separator = CSVSyntax.separator(ofHeader: headerLine, length: headerLength)
        let names = try ClaimantTable.header(headerLine, headerLength, lineStart: offset, path: path, separator: separator)
        let found = required.map { names.firstIndex(of: $0) }
        if let missing = required.indices.first(where: { found[$0] == nil }) {
            throw PopulationFileError([RowProblem(lineStart: offset, line: headerLine, lineLength: headerLength, fieldOffset: 0, fieldLength: 1,
                                                  message: LocalizedMessage(Strings.popHeaderMissing, required[missing], required.joined(separator: ", ")),
                                                  lineNumber: 1).diagnostic(path: path)])
        }
        let columns = found.map { $0 ?? 0 }
        offset += headerLength + 1
        var lineNumber = 1
        while let (line, length) = window.line(at: offset) {
            lineNumber += 1
            defer { offset += length + 1 }
            var cursor = CSVSyntax.LineCursor(line: line, length: length, separator: separator)
            guard cursor.length > 0 else { continue }
            var fields: [CSVSyntax.Field] = []
            var row = Row(claimant: -1, fields: [], path: path, lineStart: offset, line: line, length: length, lineNumber: lineNumber)
            do {
                while let field = try cursor.next() { fields.append(field) }
            } catch {
                throw row.problem(nil, LocalizedMessage(Strings.popUnterminatedQuote))
            }
            let idColumn = columns[0]
            guard idColumn < fields.count, fields[idColumn].length > 0 else { continue }
            let idField = fields[idColumn]
            row = Row(claimant: -1, fields: fields, path: path, lineStart: offset, line: line, length: length, lineNumber: lineNumber)
            guard let claimant = claimants.index(of: idField.start, idField.length) else {
                throw row.problem(idColumn, LocalizedMessage(Strings.popUnknownClaimant, CSVSyntax.text(idField), claimants.path))
            }
            try body(Row(claimant: claimant, fields: fields, path: path, lineStart: offset, line: line, length: length, lineNumber: lineNumber), columns)
        }
    }
}
