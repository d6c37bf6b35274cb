import Dispatch
import Foundation
import JRECore
import JREPopulation
import JRETraining
import JREText
import Synchronization

/// The model screen's work off the screen's thread: drawing its sample of the fraud world, or
/// retraining the trained score from a control history (targeted or random) with libxgboost and
/// scoring the same sample with the new model.
public struct ModelTrainingJob: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Draw and score the screen's sample (opening the screen, or `h`).
        case sample
        /// Learn the score again from a history of `trainingSize` people, then re-score `audit`'s inputs.
        case retrain(audit: ModelAudit)

        public static func == (a: Kind, b: Kind) -> Bool {
            switch (a, b) {
            case (.sample, .sample): return true
            case (.retrain(let x), .retrain(let y)): return x === y
            default: return false
            }
        }
    }

    public var id: Int
    public var kind: Kind
    public var ruleset: Ruleset
    public var scoreIndex: Int
    public var history: ControlHistoryMode
    /// People whose control history the model learns from.
    public var trainingSize: Int
    /// People of the screen's sample.
    public var sampleSize: Int
    /// The language of a failure's message.
    public var lang: Lang

    /// The history's people: 100,000 fictional people, a few seconds on two cores.
    public static let defaultTrainingSize = 100_000
    /// XGBoost's threads for a retraining: one, as the bundled recipe (its few thousand rows take a tenth of a second).
    public static let threads = 1
    /// A retraining's trees, depth and learning rate: those of the bundled model's recipe
    /// (`Scenarios/rulesets/models/suspicion.recipe.yaml`; a test checks they agree). On the
    /// few thousand controlled people of a history, 100 trees take a few tenths of a second.
    public static let trees = 100
    public static let depth = 4
    public static let eta = 0.1

    public init(id: Int, kind: Kind, ruleset: Ruleset, scoreIndex: Int, history: ControlHistoryMode,
                trainingSize: Int = defaultTrainingSize, sampleSize: Int = ModelAudit.defaultSize, lang: Lang = .fr) {
        self.lang = lang
        self.id = id
        self.kind = kind
        self.ruleset = ruleset
        self.scoreIndex = scoreIndex
        self.history = history
        self.trainingSize = trainingSize
        self.sampleSize = sampleSize
    }

    public static func == (a: ModelTrainingJob, b: ModelTrainingJob) -> Bool { a.id == b.id && a.kind == b.kind }
}

/// Where a model-screen job is.
public enum ModelJobStage: Sendable, Equatable {
    /// A retraining's stage (drawing the history, evaluating features, boosting).
    case training(TrainingStage)
    /// Scoring the screen's sample with the new model.
    case scoringSample
}

/// What a model-screen job reports.
public enum ModelTrainingEvent: Sendable {
    /// How far a retraining is.
    case progress(id: Int, stage: ModelJobStage)
    /// The screen's sample, drawn and scored.
    case sampled(id: Int, audit: ModelAudit)
    /// The sample scored by the retrained model, the ruleset holding it, the time taken, the people of
    /// the history, and how many of them had a label (were controlled) and how many of those were « fraud found ».
    case trained(id: Int, audit: ModelAudit, ruleset: Ruleset, seconds: Double, people: Int, labels: Int, positives: Int)
    /// Stopped by Esc before its end.
    case cancelled(id: Int)
    case failed(id: Int, message: String)
}

/// Runs the model screen's jobs one after the other off the screen's thread (or at once, for tests)
/// and keeps their reports until the console collects them, like ``PopulationJobRunner``.
public final class ModelTrainingRunner: Sendable {
    private let mode: PopulationJobRunner.Mode
    private let queue = DispatchQueue(label: "jre-console.model.training", qos: .userInitiated)
    private let inbox = Mutex<[ModelTrainingEvent]>([])
    private let jobs = Mutex<[Int: PopulationCancellation]>([:])

    public init(mode: PopulationJobRunner.Mode = .background) {
        self.mode = mode
    }

    deinit {
        jobs.withLock { jobs in for cancellation in jobs.values { cancellation.cancel() } }
    }

    public func start(_ job: ModelTrainingJob) {
        let cancellation = PopulationCancellation()
        jobs.withLock { $0[job.id] = cancellation }
        let work: @Sendable () -> Void = { [self] in
            let event = Self.run(job, cancellation: cancellation) { stage in self.post(.progress(id: job.id, stage: stage)) }
            jobs.withLock { _ = $0.removeValue(forKey: job.id) }
            post(event)
        }
        switch mode {
        case .inline: work()
        case .background: queue.async(execute: work)
        }
    }

    /// Stops job `id` at its next step (a block of people or a boosting round); a `cancelled` report follows.
    public func cancel(_ id: Int) {
        jobs.withLock { $0[id]?.cancel() }
    }

    /// The reports received since the last call, oldest first.
    public func drain() -> [ModelTrainingEvent] {
        inbox.withLock { events in
            defer { events.removeAll() }
            return events
        }
    }

    public var isBusy: Bool { jobs.withLock { !$0.isEmpty } || inbox.withLock { !$0.isEmpty } }

    /// Keeps at most one waiting progress report per job (the latest): the screen only shows that one.
    private func post(_ event: ModelTrainingEvent) {
        inbox.withLock { events in
            if case .progress(let id, _) = event, case .progress(let last, _)? = events.last, last == id { events.removeLast() }
            events.append(event)
        }
    }

    static func run(_ job: ModelTrainingJob, cancellation: PopulationCancellation, report: @escaping @Sendable (ModelJobStage) -> Void) -> ModelTrainingEvent {
        let start = ContinuousClock.now
        do {
            switch job.kind {
            case .sample:
                let audit = try ModelAudit.make(ruleset: job.ruleset, scoreIndex: job.scoreIndex, size: job.sampleSize, history: job.history,
                                                cancellation: cancellation)
                return .sampled(id: job.id, audit: audit)
            case .retrain(let audit):
                let (ruleset, trained, outcome) = try retrain(job, monitor: TrainingMonitor(cancellation: cancellation) { report(.training($0)) })
                report(.scoringSample)
                let elapsed = ContinuousClock.now - start
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                return .trained(id: job.id, audit: audit.rescored(with: trained), ruleset: ruleset, seconds: seconds, people: job.trainingSize,
                                labels: outcome.controlled, positives: outcome.positives)
            }
        } catch is TrainingCancelled {
            return .cancelled(id: job.id)
        } catch is PopulationRunCancelled {
            return .cancelled(id: job.id)
        } catch let failure as ScoreTrainer.Failure {
            return .failed(id: job.id, message: failure.message(job.lang))
        } catch let error as ModelFileError {
            return .failed(id: job.id, message: error.render(job.lang))
        } catch let error as XGBoostError {
            return .failed(id: job.id, message: Strings.trainLibrary.format(job.lang, "\(error)"))
        } catch {
            return .failed(id: job.id, message: String(describing: error))
        }
    }

    /// Learns the job's score again from a fraud-world history of `trainingSize` people (seed: the
    /// sample's plus one, so the sample is not learnt from); the ruleset holding the new model, the
    /// model, and the training's outcome (its label counts).
    static func retrain(_ job: ModelTrainingJob, monitor: TrainingMonitor) throws -> (Ruleset, TrainedModel, ScoreTrainer.Outcome) {
        guard job.scoreIndex < job.ruleset.scores.count, let score = job.ruleset.scores[job.scoreIndex].model else {
            throw ScoreTrainer.Failure(LocalizedMessage(Strings.trainNoTrainedScore, job.ruleset.scores.indices.contains(job.scoreIndex)
                ? job.ruleset.scores[job.scoreIndex].id : "?", ""))
        }
        let population = SyntheticPopulation(size: job.trainingSize, seed: ModelAudit.seed + 1, days: ModelAudit.days, history: job.history)
        let world = try FraudWorldLabels(population: population, monitor: monitor)
        // The bundled recipe's trees, depth and learning rate (the screen says which).
        let recipe = TrainingRecipe(ruleset: job.ruleset.id, score: job.ruleset.scores[job.scoreIndex].id, output: score.reference,
                                    size: job.trainingSize, seed: ModelAudit.seed + 1, days: ModelAudit.days, history: job.history.rawValue,
                                    trees: ModelTrainingJob.trees, depth: ModelTrainingJob.depth, eta: ModelTrainingJob.eta,
                                    threads: ModelTrainingJob.threads)
        let outcome = try ScoreTrainer.train(ruleset: job.ruleset, score: job.ruleset.scores[job.scoreIndex].id, population: population,
                                             labels: world.source, labelSourceName: job.history.rawValue, recipe: recipe,
                                             modelFileName: (score.reference as NSString).lastPathComponent, withCard: false, monitor: monitor)
        let trained = try TrainedModel.read(text: String(decoding: outcome.model, as: UTF8.self), file: score.reference)
        var ruleset = job.ruleset
        ruleset.scores[job.scoreIndex].model?.trained = trained
        return (ruleset, trained, outcome)
    }
}
