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
        let required = ["id", "controle", "jour", "fraude_constatee"]
        try ClaimantSideFile.read(path: path, claimants: claimants, required: required) { row, columns throws(PopulationFileError) in
            func flag(_ column: Int) throws(PopulationFileError) -> Bool {
                switch row.text(column).lowercased() {
                case "true": return true
                case "false", "": return false
                default:
                    throw row.problem(column, LocalizedMessage(Strings.popBadControlValue, [.text(row.text(column)), .text(required[columns.firstIndex(of: column) ?? 0]),
                                                                                         .message(LocalizedMessage(Strings.popControlExpectation))]))
                }
            }
            guard try flag(columns[1]) else { return }
            guard let day = Int(row.text(columns[2])), day >= 1 else {
                throw row.problem(columns[2], LocalizedMessage(Strings.popBadControlValue, [.text(row.text(columns[2])), .text(required[2]),
                                                                                          .message(LocalizedMessage(Strings.popControlDayExpectation))]))
            }
            records[row.claimant] = ControlRecord(controlled: true, day: day, fraudFound: try flag(columns[3]))
        }
        return records
    }
}
