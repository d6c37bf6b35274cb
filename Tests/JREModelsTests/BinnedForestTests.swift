import Foundation
@testable import JRECore
import JRETraining
import Testing

/// The binned walk (``BinnedForest``: bins per feature, complete trees, one bit test a split) sums
/// exactly the leaves of the node walk, and agrees with libxgboost; models it cannot hold keep the node walk.
@Suite struct BinnedForestTests {
    /// Rows of `data` with, in each categorical column, some missing, negative and never-seen codes too.
    static func rows(_ data: FeatureMatrix, categorical: Set<Int>) -> [[Float]] {
        (0..<data.rows).map { index in
            var row = data.rowArray(index)
            for column in categorical {
                switch index % 7 {
                case 0: row[column] = .nan
                case 1: row[column] = -1
                case 2: row[column] = 63.5
                case 3: row[column] = .infinity
                default: break
                }
            }
            if index % 11 == 0 { row[0] = -.infinity }
            if index % 13 == 0 { row[2] = .infinity }
            return row
        }
    }

    /// Every row's leaf sum by both walks, bit for bit.
    static func expectSameSums(_ model: TreeEnsemble, _ rows: [[Float]]) throws {
        let binned = try #require(model.flat.binned, "the model should fit the binned layout")
        for row in rows {
            row.withUnsafeBufferPointer { values in
                let packed = model.flat.packedLeafSum(values.baseAddress!, count: values.count)
                let sum = binned.leafSum(values.baseAddress!)
                #expect(sum.bitPattern == packed.bitPattern, "row \(row): binned \(sum), node walk \(packed)")
            }
        }
    }

    @Test(arguments: [1, 2, 5, 8])
    func binnedWalkSumsTheSameLeavesAsTheNodeWalkAndAgreesWithLibxgboost(depth: Int) throws {
        let categorical: Set<Int> = [1, 4]
        let training = SyntheticData.make(rows: 3_000, categorical: categorical, missing: 0.1, seed: 40 + UInt64(depth))
        let booster = try Booster.train(
            features: training.features, labels: training.labels, names: training.names, kinds: training.kinds,
            parameters: TrainingParameters(trees: 30, depth: depth, eta: 0.3, seed: 1, threads: 1, maxCategoriesOneHot: 3, maxBins: 16)
        )
        let model = try XGBoostModelReader.read(bytes: try booster.jsonModel(), file: "trained.json")
        #expect(model.nodes.categoryStart.contains { $0 >= 0 }, "the model should have categorical splits")
        let test = SyntheticData.make(rows: 700, categorical: categorical, categories: 20, missing: 0.1, seed: 90 + UInt64(depth))
        let rows = Self.rows(test.features, categorical: categorical)
        try Self.expectSameSums(model, rows)
        let differences = try OracleComparison.compare(model, booster, on: test.features, contributionRows: 0)
        #expect(differences.margin < OracleComparison.tolerance, "\(differences)")
        #expect(differences.value < OracleComparison.tolerance, "\(differences)")
    }

    @Test func theBundledSuspicionModelIsScoredByTheBinnedWalk() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scenarios/rulesets/models/suspicion.json")
        let model = try XGBoostModelReader.read(bytes: Array(try Data(contentsOf: file)), file: "suspicion.json")
        var random = SplitMix64(seed: 5)
        func unit() -> Float { Float(Double(random.next() >> 11) / Double(1 << 53)) }
        // Ages, categories (some unseen), flags, days, counts — and missing values everywhere.
        let rows: [[Float]] = (0..<5_000).map { _ in
            let scales: [Float] = [70, 4, 2, 800, 6, 2, 900, 30, 120, 5]
            return scales.map { scale in unit() < 0.07 ? .nan : (unit() * scale).rounded(.down) }
        }
        try Self.expectSameSums(model, rows)
    }

    @Test func aModelWithTooManyThresholdsForABinMaskKeepsTheNodeWalk() throws {
        let training = SyntheticData.make(rows: 4_000, missing: 0.05, seed: 3)
        let booster = try Booster.train(
            features: training.features, labels: training.labels,
            parameters: TrainingParameters(trees: 40, depth: 6, eta: 0.3, seed: 1, threads: 1, maxBins: 256)
        )
        let model = try XGBoostModelReader.read(bytes: try booster.jsonModel(), file: "trained.json")
        #expect(model.flat.binned == nil, "more than 62 thresholds on a feature do not fit a 64-bit mask")
        let differences = try OracleComparison.compare(model, booster, on: SyntheticData.make(rows: 300, missing: 0.05, seed: 4).features,
                                                       contributionRows: 0)
        #expect(differences.margin < OracleComparison.tolerance, "\(differences)")
    }

    /// Leaves are added in four interleaved sums only when no order can change a bit of the total:
    /// leaves that span more than a `Double` holds, or that are not finite, keep the model's order.
    @Test func leavesAreReorderedOnlyWhenTheSumIsExactInAnyOrder() {
        #expect(BinnedForest.addsExactly([0.5, -0.25, 0.0013, 0, -0.07], treeCount: 100))
        #expect(!BinnedForest.addsExactly([1, 0x1p-40], treeCount: 2), "1 + 2⁻⁴⁰ + … needs more than 53 bits")
        #expect(!BinnedForest.addsExactly([0.5, .infinity], treeCount: 2))
        #expect(BinnedForest.addsExactly([0, 0], treeCount: 2))
    }
}
