import Dispatch
import Foundation
import JRECore
import JREPopulation
import JRETraining
import Synchronization

/// Retraining a trained score from the model screen: learn it again from a fraud-world control
/// history (targeted or random) with libxgboost, then score the screen's sample with the new model.
public struct ModelTrainingJob: Sendable, Equatable {
    public var id: Int
    public var ruleset: Ruleset
    public var scoreIndex: Int
    public var history: ControlHistoryMode
    /// People whose control history the model learns from.
    public var trainingSize: Int
    /// People of the screen's sample, scored by the new model.
    public var sampleSize: Int

    /// The history's people: as many as the bundled recipe's (50,000 take a few seconds on two cores).
    public static let defaultTrainingSize = 20_000

    public static func == (a: ModelTrainingJob, b: ModelTrainingJob) -> Bool { a.id == b.id }
}

/// What a training job reports.
public enum ModelTrainingEvent: Sendable {
    /// A step reached (1: drawing the history and learning, 2: scoring the sample).
    case progress(id: Int, step: Int)
    /// The sample scored by the retrained model, the ruleset holding it, the time taken and the people learnt from.
    case trained(id: Int, audit: ModelAudit, ruleset: Ruleset, seconds: Double, people: Int)
    case failed(id: Int, message: String)
}

/// Runs training jobs one after the other off the screen's thread (or at once, for tests) and keeps
/// their reports until the console collects them, like ``PopulationJobRunner``.
public final class ModelTrainingRunner: Sendable {
    private let mode: PopulationJobRunner.Mode
    private let queue = DispatchQueue(label: "jre-console.model.training", qos: .userInitiated)
    private let inbox = Mutex<[ModelTrainingEvent]>([])
    private let running = Atomic<Int>(0)

    public init(mode: PopulationJobRunner.Mode = .background) {
        self.mode = mode
    }

    public func start(_ job: ModelTrainingJob) {
        running.add(1, ordering: .sequentiallyConsistent)
        let work: @Sendable () -> Void = { [self] in
            let event = Self.run(job) { step in self.inbox.withLock { $0.append(.progress(id: job.id, step: step)) } }
            inbox.withLock { $0.append(event) }
            running.subtract(1, ordering: .sequentiallyConsistent)
        }
        switch mode {
        case .inline: work()
        case .background: queue.async(execute: work)
        }
    }

    /// The reports received since the last call, oldest first.
    public func drain() -> [ModelTrainingEvent] {
        inbox.withLock { events in
            defer { events.removeAll() }
            return events
        }
    }

    public var isBusy: Bool { running.load(ordering: .sequentiallyConsistent) > 0 || inbox.withLock { !$0.isEmpty } }

    static func run(_ job: ModelTrainingJob, step: (Int) -> Void) -> ModelTrainingEvent {
        let start = ContinuousClock.now
        guard let score = job.ruleset.scores[job.scoreIndex].model else { return .failed(id: job.id, message: "no trained score") }
        step(1)
        let population = SyntheticPopulation(size: job.trainingSize, seed: ModelAudit.seed + 1, days: ModelAudit.days, history: job.history)
        let world = FraudWorldLabels(population: population)
        let recipe = TrainingRecipe(ruleset: job.ruleset.id, score: job.ruleset.scores[job.scoreIndex].id, output: score.reference,
                                    size: job.trainingSize, seed: ModelAudit.seed + 1, days: ModelAudit.days, history: job.history.rawValue)
        do {
            let outcome = try ScoreTrainer.train(ruleset: job.ruleset, score: job.ruleset.scores[job.scoreIndex].id, population: population,
                                                 labels: world.source, labelSourceName: job.history.rawValue, truth: world.truth,
                                                 recipe: recipe, modelFileName: (score.reference as NSString).lastPathComponent)
            let trained = try TrainedModel.read(text: String(decoding: outcome.model, as: UTF8.self), file: score.reference)
            var ruleset = job.ruleset
            ruleset.scores[job.scoreIndex].model?.trained = trained
            step(2)
            let audit = ModelAudit.make(ruleset: ruleset, scoreIndex: job.scoreIndex, size: job.sampleSize, history: job.history)
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            return .trained(id: job.id, audit: audit, ruleset: ruleset, seconds: seconds, people: job.trainingSize)
        } catch let failure as ScoreTrainer.Failure {
            return .failed(id: job.id, message: failure.message)
        } catch {
            return .failed(id: job.id, message: String(describing: error))
        }
    }
}
