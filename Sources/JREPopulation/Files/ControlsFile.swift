import Foundation
import JRECore
import JREText

/// `controls.csv`: each claimant's past control by the fraud service (`id,controle,jour,fraude_constatee`),
/// the labels a model learns from. `fraudes.csv` (`id,fraude`) holds the hidden truth.
///
/// Both are optional and never given to the rules (they are not profile columns): see
/// `docs/population-model.md` § 3.
enum ControlsFile {
    static let fileName = "controls.csv"
    static let truthFileName = "fraudes.csv"
    static let header = "id,controle,jour,fraude_constatee\n"
    static let truthHeader = "id,fraude\n"

    /// One claimant's row of `controls.csv` (without the line break).
    static func row(_ id: [UInt8], _ record: ControlRecord, into bytes: inout [UInt8]) {
        bytes += id
        bytes += Array((record.controlled ? ",true," : ",false,").utf8)
        if record.controlled {
            GeneratedRows.appendInteger(record.day, to: &bytes)
            bytes += Array((record.fraudFound ? ",true" : ",false").utf8)
        } else {
            bytes.append(CSVSyntax.comma)
        }
        bytes.append(CSVSyntax.newline)
    }

    /// Per claimant index, the control record (``ControlRecord/none`` for a claimant the file does not list).
    static func read(path: String, claimants: ClaimantTable) throws(PopulationFileError) -> [ControlRecord] {
        var records = [ControlRecord](repeating: .none, count: claimants.count)
        let window = try LineWindow(path: path, capacity: 1 << 20)
        var offset = window.contentStart
        guard let (headerLine, headerLength) = window.line(at: offset) else { return records }
        let separator = CSVSyntax.separator(ofHeader: headerLine, length: headerLength)
        let names = try ClaimantTable.header(headerLine, headerLength, lineStart: offset, path: path, separator: separator)
        let required = ["id", "controle", "jour", "fraude_constatee"]
        let columns = required.map { names.firstIndex(of: $0) }
        if let missing = required.indices.first(where: { columns[$0] == nil }) {
            throw PopulationFileError([RowProblem(lineStart: offset, line: headerLine, lineLength: headerLength, fieldOffset: 0, fieldLength: 1,
                                                  message: LocalizedMessage(Strings.popHeaderMissing, required[missing], required.joined(separator: ", ")),
                                                  lineNumber: 1).diagnostic(path: path)])
        }
        let idColumn = columns[0]!, controlledColumn = columns[1]!, dayColumn = columns[2]!, foundColumn = columns[3]!
        offset += headerLength + 1
        var lineNumber = 1
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
            func text(_ column: Int) -> String {
                column < fields.count ? CSVSyntax.text(fields[column]).trimmingCharacters(in: .whitespaces) : ""
            }
            func flag(_ column: Int) throws(PopulationFileError) -> Bool {
                switch text(column).lowercased() {
                case "true": return true
                case "false", "": return false
                default:
                    throw problem(fields[column], LocalizedMessage(Strings.popBadControlValue, [.text(text(column)), .text(names[column]),
                                                                                                  .message(LocalizedMessage(Strings.popControlExpectation))]))
                }
            }
            guard try flag(controlledColumn) else { continue }
            guard let day = Int(text(dayColumn)), day >= 1 else {
                throw problem(dayColumn < fields.count ? fields[dayColumn] : nil,
                              LocalizedMessage(Strings.popBadControlValue, [.text(text(dayColumn)), .text(names[dayColumn]),
                                                                            .message(LocalizedMessage(Strings.popControlDayExpectation))]))
            }
            records[claimant] = ControlRecord(controlled: true, day: day, fraudFound: try flag(foundColumn))
        }
        return records
    }
}
