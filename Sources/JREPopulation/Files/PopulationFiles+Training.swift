import Foundation
import JRECore

extension PopulationFiles {
    /// Whether each claimant really defrauded, from `fraudes.csv` (`id,fraude`, `aucune` for none);
    /// nil without the file. Never given to the rules: only `model train`'s card reads it.
    package func hiddenFraud() throws(PopulationFileError) -> [Bool]? {
        let path = (folder as NSString).appendingPathComponent(ControlsFile.truthFileName)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var fraud = [Bool](repeating: false, count: claimants.count)
        try ClaimantSideFile.read(path: path, claimants: claimants, required: ["id", "fraude"]) { row, columns throws(PopulationFileError) in
            let text = row.text(columns[1])
            fraud[row.claimant] = !text.isEmpty && text != FraudKind.none.rawValue
        }
        return fraud
    }

    /// Each claimant's value of profile column `name` as the rules read it, written out (nil: missing);
    /// nil when `claimants.csv` has no such column.
    package func profileTexts(_ name: String) -> [String?]? {
        guard let index = claimants.column(named: name) else { return nil }
        let column = claimants.columns[index]
        let texts = column.values.map(\.description)
        return column.codes.map { $0 == ClaimantTable.missing ? nil : texts[Int($0)] }
    }
}
