/// A trained score read from a file: a tree ensemble (XGBoost JSON) or a logistic scorecard (YAML).
public enum TrainedModel: Sendable {
    case treeEnsemble(TreeEnsemble)
    case scorecard(LogisticScorecard)

    /// Reads a model file: `.yaml`/`.yml` as a scorecard, anything else as XGBoost JSON.
    public static func read(path: String, displayName: String? = nil) throws(ModelFileError) -> TrainedModel {
        let lower = path.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
            return .scorecard(try ScorecardReader.read(path: path, displayName: displayName))
        }
        return .treeEnsemble(try XGBoostModelReader.read(path: path, displayName: displayName))
    }

    /// Reads a model from its text; `file` names it in errors and its extension picks the kind, as in ``read(path:displayName:)``.
    public static func read(text: String, file: String) throws(ModelFileError) -> TrainedModel {
        let lower = file.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
            return .scorecard(try ScorecardReader.read(text: text, file: file))
        }
        return .treeEnsemble(try XGBoostModelReader.read(bytes: Array(text.utf8), file: file))
    }

    /// The features a row must give, in order.
    public var featureNames: [String] {
        switch self {
        case .treeEnsemble(let model): model.featureNames
        case .scorecard(let card): card.featureNames
        }
    }

    /// `tree-ensemble` or `logistic-scorecard`.
    public var kindName: String {
        switch self {
        case .treeEnsemble: "tree-ensemble"
        case .scorecard: "logistic-scorecard"
        }
    }

    /// The score of one row (NaN is missing).
    public func score(_ row: [Float]) -> Double {
        switch self {
        case .treeEnsemble(let model): model.score(row)
        case .scorecard(let card): 1 / (1 + _exp(-card.margin(row)))
        }
    }

    /// The score of one row with its per-feature contributions and bias.
    public func explain(_ row: [Float]) -> ModelScore {
        switch self {
        case .treeEnsemble(let model): model.explain(row)
        case .scorecard(let card): card.explain(row)
        }
    }
}
