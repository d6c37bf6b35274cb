import Foundation
import JRECore
import JREText

/// `situations.csv`: each claimant's hidden true situation (`id,situation`), for false-alert rates.
///
/// Optional, and never given to the rules: without it, reports leave out the false-alert rates.
enum SituationsFile {
    static let fileName = "situations.csv"

    /// Per claimant index: the situation's index in `TrueSituation.allCases`, or -1 when not given.
    static func read(path: String, claimants: ClaimantTable) throws(PopulationFileError) -> [Int8] {
        var situations = [Int8](repeating: -1, count: claimants.count)
        let window = try LineWindow(path: path, capacity: 1 << 20)
        var offset = window.contentStart
        guard let (headerLine, headerLength) = window.line(at: offset) else { return situations }
        let separator = CSVSyntax.separator(ofHeader: headerLine, length: headerLength)
        let names = try ClaimantTable.header(headerLine, headerLength, lineStart: offset, path: path, separator: separator)
        guard let idColumn = names.firstIndex(of: "id"), let situationColumn = names.firstIndex(of: "situation") else {
            let missing = names.contains("id") ? "situation" : "id"
            throw PopulationFileError([RowProblem(lineStart: offset, line: headerLine, lineLength: headerLength, fieldOffset: 0, fieldLength: 1,
                                                  message: LocalizedMessage(Strings.popHeaderMissing, missing, "id, situation"), lineNumber: 1).diagnostic(path: path)])
        }
        offset += headerLength + 1
        var lineNumber = 1
        let known = TrueSituation.allCases.map(\.rawValue)
        while let (line, length) = window.line(at: offset) {
            lineNumber += 1
            defer { offset += length + 1 }
            func problem(_ field: CSVSyntax.Field?, _ message: LocalizedMessage) -> PopulationFileError {
                PopulationFileError([RowProblem(lineStart: offset, line: line, lineLength: length, fieldOffset: field?.offset ?? 0,
                                                fieldLength: max(1, field?.length ?? 1), message: message, lineNumber: lineNumber).diagnostic(path: path)])
            }
            var cursor = CSVSyntax.LineCursor(line: line, length: length, separator: separator)
            guard cursor.length > 0 else { continue }
            var fields: [CSVSyntax.Field] = []
            do {
                while let field = try cursor.next() { fields.append(field) }
            } catch {
                throw problem(nil, LocalizedMessage(Strings.popUnterminatedQuote))
            }
            guard idColumn < fields.count, fields[idColumn].length > 0 else { continue }
            let idField = fields[idColumn]
            guard let claimant = claimants.index(of: idField.start, idField.length) else {
                throw problem(idField, LocalizedMessage(Strings.popUnknownClaimant, CSVSyntax.text(idField), claimants.path))
            }
            let text = situationColumn < fields.count ? CSVSyntax.text(fields[situationColumn]).trimmingCharacters(in: .whitespaces) : ""
            guard !text.isEmpty else { continue }
            guard let index = known.firstIndex(of: text) else {
                throw problem(fields[situationColumn], LocalizedMessage(Strings.popUnknownSituation, text, known.joined(separator: ", ")))
            }
            situations[claimant] = Int8(index)
        }
        return situations
    }
}
