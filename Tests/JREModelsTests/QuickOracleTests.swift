import JRECore
import JRETraining
import Testing

/// The core's tree inference against libxgboost on small models trained here (quick subset).
@Suite struct QuickOracleTests {
    @Test(arguments: [1, 3, 6])
    func logisticModelAgreesWithLibrary(depth: Int) throws {
        let training = SyntheticData.make(rows: 2_000, missing: 0.1, seed: UInt64(depth))
        let booster = try Booster.train(
            features: training.features, labels: training.labels, names: training.names,
            parameters: TrainingParameters(trees: 20, depth: depth, eta: 0.3, seed: 1, threads: 1)
        )
        let model = try XGBoostModelReader.read(bytes: try booster.jsonModel(), file: "trained.json")
        #expect(model.featureNames == training.names)
        #expect(model.treeCount == 20)
        #expect(model.maxDepth <= depth)
        let test = SyntheticData.make(rows: 500, missing: 0.1, seed: 100 + UInt64(depth))
        let differences = try OracleComparison.compare(model, booster, on: test.features)
        #expect(differences.value < OracleComparison.tolerance, "\(differences)")
        #expect(differences.margin < OracleComparison.tolerance, "\(differences)")
        #expect(differences.contribution < OracleComparison.tolerance, "\(differences)")
    }

    @Test func regressionModelAgreesWithLibrary() throws {
        let training = SyntheticData.make(rows: 2_000, missing: 0.05, regression: true, seed: 7)
        let booster = try Booster.train(
            features: training.features, labels: training.labels,
            parameters: TrainingParameters(trees: 15, depth: 4, seed: 1, objective: .squaredError)
        )
        let model = try XGBoostModelReader.read(bytes: try booster.jsonModel(), file: "trained.json")
        #expect(model.objective == .squaredError)
        #expect(model.featureNames == (0..<8).map { "f\($0)" })
        let differences = try OracleComparison.compare(model, booster, on: SyntheticData.make(rows: 500, missing: 0.05, regression: true, seed: 8).features)
        #expect(differences.margin < OracleComparison.tolerance, "\(differences)")
        #expect(differences.contribution < OracleComparison.tolerance, "\(differences)")
    }

    @Test func categoricalModelAgreesWithLibrary() throws {
        let categorical: Set<Int> = [1, 4]
        let training = SyntheticData.make(rows: 2_000, categorical: categorical, missing: 0.05, seed: 11)
        let booster = try Booster.train(
            features: training.features, labels: training.labels, names: training.names, kinds: training.kinds,
            parameters: TrainingParameters(trees: 10, depth: 4, seed: 1, maxCategoriesOneHot: 1)
        )
        let model = try XGBoostModelReader.read(bytes: try booster.jsonModel(), file: "trained.json")
        #expect(model.categoricalFeatures == categorical)
        #expect(model.nodes.categoryStart.contains { $0 >= 0 }, "the model should have categorical splits")
        // Unseen codes (past every set) are in the test rows too.
        let test = SyntheticData.make(rows: 500, categorical: categorical, categories: 20, missing: 0.05, seed: 12)
        let differences = try OracleComparison.compare(model, booster, on: test.features)
        #expect(differences.value < OracleComparison.tolerance, "\(differences)")
        #expect(differences.contribution < OracleComparison.tolerance, "\(differences)")
    }
}
