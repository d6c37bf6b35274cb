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
        let known = TrueSituation.allCases.map(\.rawValue)
        try ClaimantSideFile.read(path: path, claimants: claimants, required: ["id", "situation"]) { row, columns throws(PopulationFileError) in
            let text = row.text(columns[1])
            guard !text.isEmpty else { return }
            guard let index = known.firstIndex(of: text) else {
                throw row.problem(columns[1], LocalizedMessage(Strings.popUnknownSituation, text, known.joined(separator: ", ")))
            }
            situations[row.claimant] = Int8(index)
        }
        return situations
    }
}
