import JRECore

/// Where a training run is: the stage it is in and how far through it.
public enum TrainingStage: Sendable, Equatable {
    /// Drawing the synthetic people and their fraud world (who was controlled, what it found): a share from 0 to 1.
    case drawingHistory(Double)
    /// Evaluating the controlled people's features through the engine: a share from 0 to 1.
    case evaluatingFeatures(Double)
    /// Boosting: `tree` trees of `trees` grown.
    case learning(tree: Int, trees: Int)
    /// The model card's figures over everyone (only when a card is asked for): a share from 0 to 1.
    case card(Double)
}

/// What a training run reports to, and what can stop it: the progress callback is called from the
/// training thread or the population's workers (a few times a second at most per stage, and after
/// every boosting round); once `cancellation` is raised the run stops at the next block or round
/// and throws ``TrainingCancelled``.
public struct TrainingMonitor: Sendable {
    public var progress: @Sendable (TrainingStage) -> Void
    public var cancellation: PopulationCancellation?

    public init(cancellation: PopulationCancellation? = nil, progress: @escaping @Sendable (TrainingStage) -> Void = { _ in }) {
        self.progress = progress
        self.cancellation = cancellation
    }

    var isCancelled: Bool { cancellation?.isCancelled == true }

    /// Throws ``TrainingCancelled`` once the run was asked to stop.
    func check() throws(TrainingCancelled) {
        if isCancelled { throw TrainingCancelled() }
    }
}

/// Thrown by a training run stopped through its ``TrainingMonitor``'s cancellation.
public struct TrainingCancelled: Error, Sendable {}
