import Foundation
import JRECore
import JRETraining
import Testing

/// Models written by other XGBoost versions, read by the core and checked against the predictions
/// that the writing library made (committed beside them by `Fixtures/make_fixtures.py`).
@Suite struct FixtureModelTests {
    /// Checks every row of a fixture against its expectations.
    func check(model name: String, rows: String, expected: String) throws -> TreeEnsemble {
        let model = try XGBoostModelReader.read(path: Fixtures.path(name), displayName: name)
        let table = try FeatureTable.read(csv: try Fixtures.text(rows), features: model.featureNames, file: rows)
        let expectations = try Fixtures.expected(expected)
        #expect(table.rowCount == expectations.count)
        for (row, want) in expectations.enumerated() {
            let got = model.explain(table.row(row))
            #expect(abs(got.score - want.score) < OracleComparison.tolerance, "row \(row) score")
            #expect(abs(got.margin - want.margin) < OracleComparison.tolerance, "row \(row) margin")
            #expect(abs(got.bias - want.bias) < OracleComparison.tolerance, "row \(row) bias")
            for (column, value) in want.contributions.enumerated() {
                #expect(abs(got.contributions[column] - value) < OracleComparison.tolerance, "row \(row) feature \(column)")
            }
        }
        return model
    }

    @Test func python3CategoricalModelGivesPythonsPredictions() throws {
        let model = try check(model: "xgb3-categorical.json", rows: "xgb3-categorical-rows.csv", expected: "xgb3-categorical-expected.csv")
        #expect(model.writerVersion.first == 3)
        #expect(model.featureNames == ["age", "months_registered", "sector", "missed_appointments", "training_hours"])
        #expect(model.categoricalFeatures == [2])
        #expect(model.nodes.categoryStart.contains { $0 >= 0 })
        // XGBoost 3 writes base_score as "[…]", a probability: the base margin is its logit.
        #expect(abs(model.baseMargin - ModelObjective.binaryLogistic.margin(score: model.baseScore)) < 1e-12)
    }

    @Test func libxgboost17ModelGivesTheLibrarysPredictions() throws {
        let model = try check(model: "xgb17-logistic.json", rows: "xgb17-logistic-rows.csv", expected: "xgb17-logistic-expected.csv")
        #expect(model.writerVersion == [1, 7, 4])
        // The 1.7 format writes base_score as a bare number string; this fixture set it to 0.3.
        #expect(abs(model.baseScore - 0.3) < 1e-7)
    }

    @Test func linkedLibraryAgreesOnTheOlderFixture() throws {
        // The linked libxgboost loads the 1.7 fixture and must predict what the core predicts.
        let name = "xgb17-logistic.json"
        let model = try XGBoostModelReader.read(path: Fixtures.path(name))
        let booster = try Booster.load(path: Fixtures.path(name))
        let table = try FeatureTable.read(csv: try Fixtures.text("xgb17-logistic-rows.csv"), features: model.featureNames, file: "rows")
        let matrix = FeatureMatrix(rows: table.rowCount, columns: model.featureCount, values: table.values)
        let differences = try OracleComparison.compare(model, booster, on: matrix)
        #expect(differences.value < OracleComparison.tolerance, "\(differences)")
        #expect(differences.contribution < OracleComparison.tolerance, "\(differences)")
    }
}
