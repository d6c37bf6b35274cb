import Foundation
import JRECore
import JREPopulation
import JRETraining
import Synchronization
import Testing

/// A training run says where it is (drawing the history, evaluating features, each boosting round)
/// and stops when asked, at the next block of people or round.
@Suite struct TrainingProgressTests {
    /// The stages reported, in order, from any thread.
    final class Recorder: Sendable {
        let stages = Mutex<[TrainingStage]>([])
        func record(_ stage: TrainingStage) { stages.withLock { $0.append(stage) } }
        var all: [TrainingStage] { stages.withLock { $0 } }
    }

    static func train(size: Int, monitor: TrainingMonitor, trees: Int = 10) throws -> ScoreTrainer.Outcome {
        var recipe = try ScoreTrainingTests.bundledRecipe()
        recipe.size = size
        recipe.trees = trees
        let located = try #require(ScenarioLibrary.locateFile(recipe.ruleset))
        let loaded = try #require(RulesetLoader(file: located.file, lang: .en, models: ModelFileSource(placeholders: true)).load(id: located.id).0)
        let population = SyntheticPopulation(size: size, seed: recipe.seed, days: recipe.days, history: .targeted)
        let world = try FraudWorldLabels(population: population, monitor: monitor)
        return try ScoreTrainer.train(ruleset: loaded, score: recipe.score, population: population, labels: world.source, labelSourceName: "test",
                                      recipe: recipe, modelFileName: "suspicion.json", withCard: false, monitor: monitor)
    }

    @Test func aRunReportsEachStageAndEveryTreeInOrder() throws {
        let recorder = Recorder()
        let outcome = try Self.train(size: 4_000, monitor: TrainingMonitor { recorder.record($0) })
        #expect(!outcome.model.isEmpty)
        #expect(outcome.card.isEmpty, "no card asked for")
        let stages = recorder.all
        let drawing = stages.compactMap { if case .drawingHistory(let share) = $0 { share } else { nil } }
        #expect(drawing.first == 0 && drawing.last == 1 && drawing == drawing.sorted(), "\(drawing)")
        let trees = stages.compactMap { if case .learning(let tree, let of) = $0, of == 10 { tree } else { nil } }
        #expect(trees == Array(0...10), "one report before the first round, then one per tree")
        // Drawing, then features, then learning: never back to an earlier stage.
        func rank(_ stage: TrainingStage) -> Int {
            switch stage {
            case .drawingHistory: 0
            case .evaluatingFeatures: 1
            case .learning: 2
            case .card: 3
            }
        }
        #expect(stages.map(rank) == stages.map(rank).sorted())
    }

    @Test func cancellingDuringTheRoundsStopsTheRunAtTheNextRound() throws {
        let recorder = Recorder(), cancellation = PopulationCancellation()
        let monitor = TrainingMonitor(cancellation: cancellation) { stage in
            recorder.record(stage)
            if case .learning(3, _) = stage { cancellation.cancel() }
        }
        #expect(throws: TrainingCancelled.self) { try Self.train(size: 4_000, monitor: monitor, trees: 50) }
        let trees = recorder.all.compactMap { if case .learning(let tree, _) = $0 { tree } else { nil } }
        #expect(trees.last == 3, "no round after the one that saw the cancellation: \(trees)")
    }

    @Test func cancellingWhileTheHistoryIsDrawnStopsBeforeAnyFeature() throws {
        let recorder = Recorder(), cancellation = PopulationCancellation()
        let monitor = TrainingMonitor(cancellation: cancellation) { stage in
            recorder.record(stage)
            if case .drawingHistory(let share) = stage, share >= 0.3 { cancellation.cancel() }
        }
        #expect(throws: TrainingCancelled.self) { try Self.train(size: 4_000, monitor: monitor) }
        #expect(!recorder.all.contains { if case .evaluatingFeatures = $0 { true } else { false } })
    }
}
