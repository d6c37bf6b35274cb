import Foundation
import JRECore
import JRETraining
import Testing

/// Compares the core's inference on a model with libxgboost's own predictions for the same rows.
enum OracleComparison {
    /// The largest differences found, per kind of output.
    struct Differences: CustomStringConvertible {
        var value = 0.0
        var margin = 0.0
        var contribution = 0.0
        var description: String { "value \(value), margin \(margin), contribution \(contribution)" }
    }

    /// The tolerance for every comparison: libxgboost sums in Float, the core in Double.
    static let tolerance = 1e-5

    /// Compares predictions (value, margin) on every row and TreeSHAP contributions and bias on the
    /// first `contributionRows` rows (all of them by default).
    static func compare(
        _ model: TreeEnsemble, _ booster: Booster, on data: FeatureMatrix, contributionRows: Int? = nil
    ) throws -> Differences {
        let values = try booster.predict(data, kind: .value)
        let margins = try booster.predict(data, kind: .margin)
        var found = Differences()
        for row in 0..<data.rows {
            let features = data.rowArray(row)
            let margin = model.margin(features)
            found.margin = max(found.margin, abs(margin - Double(margins[row])))
            found.value = max(found.value, abs(model.objective.score(margin: margin) - Double(values[row])))
        }
        let explainedRows = min(data.rows, contributionRows ?? data.rows)
        if explainedRows > 0 {
            let expected = try booster.predict(data, kind: .contributions)
            let width = data.columns + 1
            #expect(expected.count == data.rows * width)
            for row in 0..<explainedRows {
                let explained = model.explain(data.rowArray(row))
                for column in 0..<data.columns {
                    found.contribution = max(found.contribution, abs(explained.contributions[column] - Double(expected[row * width + column])))
                }
                found.contribution = max(found.contribution, abs(explained.bias - Double(expected[row * width + data.columns])))
            }
        }
        return found
    }
}
