/// The learning objective of a trained tree ensemble.
public enum TrainingObjective: String, Sendable {
    /// Binary classification; predictions are probabilities, margins are log-odds.
    case binaryLogistic = "binary:logistic"
    /// Regression on squared error; prediction and margin are the same number.
    case squaredError = "reg:squarederror"
}

/// What to train: how many trees, how deep, how fast, with which seed and thread count.
public struct TrainingParameters: Sendable {
    public var trees: Int
    public var depth: Int
    public var eta: Double
    public var seed: Int
    public var threads: Int
    public var objective: TrainingObjective
    /// Categorical features with fewer categories than this get one-hot splits (XGBoost's `max_cat_to_onehot`).
    public var maxCategoriesOneHot: Int
    /// Histogram bins per feature (XGBoost's `max_bin`, 256 by default there). 64 here: the split
    /// search is about a third cheaper (`docs/performance.md`) and the features of a score — counts,
    /// days, flags, a few categories — rarely have more distinct values that matter.
    public var maxBins: Int

    public init(
        trees: Int = 100, depth: Int = 6, eta: Double = 0.3, seed: Int = 0, threads: Int = 1,
        objective: TrainingObjective = .binaryLogistic, maxCategoriesOneHot: Int = 4, maxBins: Int = 64
    ) {
        self.trees = trees
        self.depth = depth
        self.eta = eta
        self.seed = seed
        self.threads = threads
        self.objective = objective
        self.maxCategoriesOneHot = maxCategoriesOneHot
        self.maxBins = maxBins
    }

    /// The booster parameters as libxgboost names them.
    var boosterParameters: [(String, String)] {
        [
            ("objective", objective.rawValue),
            ("tree_method", "hist"),
            ("max_depth", String(depth)),
            ("eta", String(eta)),
            ("seed", String(seed)),
            ("nthread", String(threads)),
            ("max_cat_to_onehot", String(maxCategoriesOneHot)),
            ("max_bin", String(maxBins)),
            ("verbosity", "0"),
        ]
    }
}
