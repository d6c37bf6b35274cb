import Foundation

/// A logistic scorecard: an intercept and one weight per named feature (the CAF's kind of score).
///
/// The margin is `intercept + Σ weight × value`; the score is its logistic, a probability. Each
/// feature's contribution is `weight × value` and the bias is the intercept, so they add up to the
/// margin. A missing value (NaN) contributes nothing.
public struct LogisticScorecard: Sendable, Hashable {
    /// One weighted feature.
    public struct Feature: Sendable, Hashable {
        public var name: String
        public var weight: Double
        /// A readable name for reports, when the file gives one.
        public var label: String?
        /// Where the feature's value comes from (a file, a field, a published document), when the file says.
        public var source: String?
        /// Whether the weight itself is published (`documented`) or a `reconstruction`, when the file says.
        public var status: WeightStatus?

        public init(name: String, weight: Double, label: String? = nil, source: String? = nil, status: WeightStatus? = nil) {
            self.name = name
            self.weight = weight
            self.label = label
            self.source = source
            self.status = status
        }
    }

    /// Whether a weight is published or reconstructed: the « documenté / reconstitution » mark a user sees.
    public enum WeightStatus: String, Sendable, Hashable, CaseIterable {
        case documented
        case reconstruction
    }

    /// The scorecard's name, when the file gives one.
    public var name: String?
    public var intercept: Double
    public var features: [Feature]

    public init(name: String? = nil, intercept: Double, features: [Feature]) {
        self.name = name
        self.intercept = intercept
        self.features = features
    }

    public var featureNames: [String] { features.map(\.name) }

    /// The same scorecard with some weights replaced (feature index → weight): a weight moved in the lab.
    public func replacingWeights(_ weights: [Int: Double]) -> LogisticScorecard {
        var copy = self
        for (index, weight) in weights where copy.features.indices.contains(index) { copy.features[index].weight = weight }
        return copy
    }

    /// The margin (log-odds) of one row, one value per feature.
    public func margin(_ row: [Float]) -> Double {
        precondition(row.count >= features.count, "a row needs one value per feature")
        var sum = intercept
        for (index, feature) in features.enumerated() where !row[index].isNaN {
            sum += feature.weight * Double(row[index])
        }
        return sum
    }

    /// The score of one row with each feature's contribution.
    public func explain(_ row: [Float]) -> ModelScore {
        precondition(row.count >= features.count, "a row needs one value per feature")
        let contributions = features.enumerated().map { index, feature in
            row[index].isNaN ? 0 : feature.weight * Double(row[index])
        }
        let margin = intercept + contributions.reduce(0, +)
        return ModelScore(score: 1 / (1 + exp(-margin)), margin: margin, contributions: contributions, bias: intercept)
    }
}
