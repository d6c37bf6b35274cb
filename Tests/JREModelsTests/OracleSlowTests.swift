import JRETestSupport
import JRECore
import JRETraining
import Testing

/// The core's inference against libxgboost on 10,000 rows, for models of depth 1 to 10 trained here,
/// with missing values and with categorical splits.
///
/// Contributions are compared on all 10,000 rows up to depth 7; for depths 8 to 10 (hundreds of leaves
/// per tree, slow in a debug build) on the first 1,000 rows, predictions still on all 10,000.
@Suite(.tags(.slow)) struct OracleSlowTests {
    static let rows = 10_000

    @Test(arguments: 1...10)
    func logisticWithMissingValues(depth: Int) throws {
        let training = SyntheticData.make(rows: 10_000, columns: 10, missing: 0.08, seed: 1_000 + UInt64(depth))
        let booster = try Booster.train(
            features: training.features, labels: training.labels,
            parameters: TrainingParameters(trees: depth <= 4 ? 30 : depth <= 7 ? 10 : 4, depth: depth, eta: 0.2, seed: depth, threads: 2)
        )
        let model = try XGBoostModelReader.read(bytes: try booster.jsonModel(), file: "depth-\(depth).json")
        #expect(model.maxDepth == depth)
        let test = SyntheticData.make(rows: Self.rows, columns: 10, missing: 0.08, seed: 2_000 + UInt64(depth))
        let differences = try OracleComparison.compare(model, booster, on: test.features, contributionRows: depth <= 7 ? Self.rows : 1_000)
        #expect(differences.value < OracleComparison.tolerance, "\(differences)")
        #expect(differences.margin < OracleComparison.tolerance, "\(differences)")
        #expect(differences.contribution < OracleComparison.tolerance, "\(differences)")
    }

    @Test(arguments: [(2, 1), (5, 1), (7, 4)])
    func categoricalSplits(depth: Int, oneHotBelow: Int) throws {
        let categorical: Set<Int> = [0, 3, 6]
        let training = SyntheticData.make(rows: 10_000, columns: 8, categorical: categorical, categories: 16, missing: 0.05,
                                          seed: 3_000 + UInt64(depth))
        let booster = try Booster.train(
            features: training.features, labels: training.labels, names: training.names, kinds: training.kinds,
            parameters: TrainingParameters(trees: 10, depth: depth, seed: depth, threads: 2, maxCategoriesOneHot: oneHotBelow)
        )
        let model = try XGBoostModelReader.read(bytes: try booster.jsonModel(), file: "categorical.json")
        #expect(model.nodes.categoryStart.contains { $0 >= 0 })
        // Codes up to 24 in the test rows: some were never seen in training.
        let test = SyntheticData.make(rows: Self.rows, columns: 8, categorical: categorical, categories: 24, missing: 0.05,
                                      seed: 4_000 + UInt64(depth))
        let differences = try OracleComparison.compare(model, booster, on: test.features)
        #expect(differences.value < OracleComparison.tolerance, "\(differences)")
        #expect(differences.contribution < OracleComparison.tolerance, "\(differences)")
    }

    @Test func regressionDepth7() throws {
        let training = SyntheticData.make(rows: 10_000, missing: 0.1, regression: true, seed: 5_000)
        let booster = try Booster.train(
            features: training.features, labels: training.labels,
            parameters: TrainingParameters(trees: 10, depth: 7, eta: 0.1, seed: 2, threads: 2, objective: .squaredError)
        )
        let model = try XGBoostModelReader.read(bytes: try booster.jsonModel(), file: "regression.json")
        let test = SyntheticData.make(rows: Self.rows, missing: 0.1, regression: true, seed: 5_001)
        let differences = try OracleComparison.compare(model, booster, on: test.features)
        #expect(differences.margin < OracleComparison.tolerance, "\(differences)")
        #expect(differences.contribution < OracleComparison.tolerance, "\(differences)")
    }
}
