import Foundation

/// How a model's margin (the raw sum) becomes its score.
public enum ModelObjective: String, Sendable, Hashable {
    /// Binary classification: the score is the probability `1 / (1 + e^-margin)`.
    case binaryLogistic = "binary:logistic"
    /// Regression on squared error: the score is the margin itself.
    case squaredError = "reg:squarederror"

    /// The score for a margin.
    @inline(__always)
    public func score(margin: Double) -> Double {
        switch self {
        case .binaryLogistic: 1 / (1 + Foundation.exp(-margin))
        case .squaredError: margin
        }
    }

    /// The margin for a score in the objective's own space (XGBoost's `base_score` is stored this way).
    public func margin(score: Double) -> Double {
        switch self {
        case .binaryLogistic: -Foundation.log(1 / score - 1)
        case .squaredError: score
        }
    }
}
