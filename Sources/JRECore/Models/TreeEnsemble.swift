/// A boosted ensemble of decision trees (XGBoost's `gbtree`), held in flat arrays for fast inference.
///
/// Every node of every tree lives at one index of the `Nodes` arrays; child indices are absolute.
/// A numeric split sends `x < threshold` left; a categorical split sends the codes in its set right;
/// a missing value (NaN) goes where the node's default direction says.
public struct TreeEnsemble: Sendable {
    /// The per-node arrays of all trees.
    public struct Nodes: Sendable {
        /// Left and right child (absolute index), or -1 for a leaf.
        public var left: [Int32] = []
        public var right: [Int32] = []
        /// The feature a split tests.
        public var feature: [Int32] = []
        /// The split threshold of an internal node, or the value of a leaf.
        public var value: [Float] = []
        /// Where a missing value goes: 1 left, 0 right.
        public var defaultLeft: [UInt8] = []
        /// The training cover (sum of hessians), used by TreeSHAP.
        public var cover: [Double] = []
        /// For a categorical split, the first word of its category bit set in `categoryWords`; -1 otherwise.
        public var categoryStart: [Int32] = []
        /// How many 64-bit words the node's category bit set has.
        public var categoryWordCount: [Int32] = []
        /// The category bit sets of all categorical splits.
        public var categoryWords: [UInt64] = []

        public var count: Int { left.count }
    }

    /// The feature names, in column order (XGBoost's `f0`, `f1`… when the file names none).
    public var featureNames: [String]
    /// Which features the model treats as categorical.
    public var categoricalFeatures: Set<Int>
    public var objective: ModelObjective
    /// `base_score` as stored, in the objective's space (a probability for `binary:logistic`).
    public var baseScore: Double
    /// The margin every prediction starts from: `base_score` in margin space.
    public var baseMargin: Double
    public let nodes: Nodes
    /// The same nodes behind raw pointers, for the inference loops.
    let flat: FlatNodes
    /// The root node of each tree.
    public let roots: [Int32]
    /// The depth of each tree (a single leaf has depth 0).
    public let depths: [Int]
    /// The expected value of each tree over its training cover (TreeSHAP's per-tree bias).
    public let expectedValues: [Double]
    /// The XGBoost version that wrote the file, when it says.
    public var writerVersion: [Int]

    init(
        featureNames: [String], categoricalFeatures: Set<Int>, objective: ModelObjective, baseScore: Double,
        baseMargin: Double, nodes: Nodes, roots: [Int32], depths: [Int], expectedValues: [Double], writerVersion: [Int]
    ) {
        self.featureNames = featureNames
        self.categoricalFeatures = categoricalFeatures
        self.objective = objective
        self.baseScore = baseScore
        self.baseMargin = baseMargin
        self.nodes = nodes
        self.flat = FlatNodes(nodes, roots: roots, featureCount: featureNames.count)
        self.roots = roots
        self.depths = depths
        self.expectedValues = expectedValues
        self.writerVersion = writerVersion
    }

    public var featureCount: Int { featureNames.count }
    public var treeCount: Int { roots.count }
    public var maxDepth: Int { depths.max() ?? 0 }

    /// The expected margin over the training cover: the bias column of the contributions.
    public var bias: Double { baseMargin + expectedValues.reduce(0, +) }
}
