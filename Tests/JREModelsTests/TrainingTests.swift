import Foundation
import JRECore
import JRETraining
import Testing

/// Training through libxgboost: reproducible bytes, and files the core reads back.
@Suite struct TrainingTests {
    static let data = SyntheticData.make(rows: 3_000, categorical: [2], missing: 0.05, seed: 21)

    static func train(seed: Int, threads: Int) throws -> Booster {
        try Booster.train(
            features: data.features, labels: data.labels, names: data.names, kinds: data.kinds,
            parameters: TrainingParameters(trees: 15, depth: 5, eta: 0.2, seed: seed, threads: threads)
        )
    }

    @Test(arguments: [1, 2])
    func sameInputsSeedAndThreadsGiveTheSameBytes(threads: Int) throws {
        let first = try Self.train(seed: 4, threads: threads).jsonModel()
        let second = try Self.train(seed: 4, threads: threads).jsonModel()
        #expect(!first.isEmpty)
        #expect(first == second)
    }

    @Test func savingToAJSONPathWritesTheBufferFormat() throws {
        let booster = try Self.train(seed: 4, threads: 1)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jre-model-\(getpid()).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try booster.save(path: path)
        let saved = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
        #expect(saved == (try booster.jsonModel()))
        let model = try XGBoostModelReader.read(path: path)
        #expect(model.featureNames == Self.data.names)
        #expect(model.categoricalFeatures == [2])
        #expect(model.treeCount == 15)
    }

    @Test func theLibraryReadsBackWhatItWrote() throws {
        let booster = try Self.train(seed: 4, threads: 1)
        let reloaded = try Booster.load(modelBytes: try booster.jsonModel())
        let rows = SyntheticData.make(rows: 200, categorical: [2], missing: 0.05, seed: 22).features
        #expect(try booster.predict(rows, kind: .margin) == (try reloaded.predict(rows, kind: .margin)))
    }

    @Test func badParametersAreTheLibrarysTypedError() {
        #expect(throws: XGBoostError.self) {
            try Booster.train(features: Self.data.features, labels: Self.data.labels,
                              parameters: TrainingParameters(trees: 1, depth: -3))
        }
    }
}
